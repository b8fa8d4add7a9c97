/**
 * Calendar-date helpers. Inspection and due dates are calendar days (GraphQL `Date`), held as
 * `Date` values at 00:00 UTC. The facility's time zone is not known here, so "today" is bounded
 * by the extreme offsets on earth: a date that is already today somewhere (UTC+14) is not "in
 * the future", and a date that is still today somewhere (UTC−12) has not "passed".
 */

export const DAY_MS = 86_400_000;
/** Line Islands, Kiribati: the first place where a calendar day begins. */
export const LATEST_UTC_OFFSET_HOURS = 14;
/** Baker Island: the last place where a calendar day ends. */
export const EARLIEST_UTC_OFFSET_HOURS = -12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of the UTC calendar day containing `instant`. */
export function toCalendarDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** 00:00 UTC of the calendar day containing `instant`. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

/**
 * Reads a `YYYY-MM-DD` string (a real calendar day: 2025-02-30 is refused) or a valid `Date`
 * (its UTC day is taken), and returns 00:00 UTC of that day; null for anything else.
 */
export function parseCalendarDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : startOfUtcDay(value);
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a round trip exposes that.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The latest calendar day that is "today" somewhere on earth at `now`. */
export function latestTodayOnEarth(now: Date): Date {
  return startOfUtcDay(new Date(now.getTime() + LATEST_UTC_OFFSET_HOURS * 3_600_000));
}

/** The earliest calendar day that is still "today" somewhere on earth at `now`. */
export function earliestTodayOnEarth(now: Date): Date {
  return startOfUtcDay(new Date(now.getTime() + EARLIEST_UTC_OFFSET_HOURS * 3_600_000));
}

/** Whole days elapsed from `from` to `to` (rounded down; negative when `from` is later). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
