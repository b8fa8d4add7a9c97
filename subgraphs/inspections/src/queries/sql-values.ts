/**
 * Values read by aggregate queries come back in dialect-specific shapes: SQLite returns dates as
 * the stored text and counts as numbers, PostgreSQL may return dates as Date objects and counts
 * (bigint) as strings. These turn them into one shape.
 */
export function calendarDay(value: unknown): string {
  if (value instanceof Date) {
    // node-postgres reads a `date` as local midnight of that day.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}

export const count = (value: unknown): number => Number(value ?? 0);

/** 00:00 UTC of a YYYY-MM-DD day, as the domain functions take dates. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);
