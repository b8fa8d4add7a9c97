/**
 * Small-cell suppression: aggregates over grievances withhold cells with fewer than 5 cases. A
 * count of 1–4 at a named facility can point at the few workers who complained, and a zero next
 * to a shown count lets a reader subtract; so every count below the threshold, including 0, is
 * withheld. A withheld count is null and the cell says it was suppressed, so a client can tell
 * "withheld" from "none".
 */
export const SMALL_CELL_THRESHOLD = 5;

export type Cell = { value: number | null; suppressed: boolean };

export function cell(count: number, suppress: boolean): Cell {
  if (suppress && count < SMALL_CELL_THRESHOLD) return { value: null, suppressed: true };
  return { value: count, suppressed: false };
}

/**
 * Counts nested in each other (cases ⊇ open ⊇ overdue): a shown count next to a shown part of it
 * reveals their difference, so a part is also withheld when that difference is 1–4.
 */
export function nestedCells(counts: readonly number[], suppress: boolean): Cell[] {
  const cells: Cell[] = [];
  let shownParent: number | null = null;
  for (const count of counts) {
    const difference: number = shownParent == null ? 0 : shownParent - count;
    const revealing: boolean = suppress && difference > 0 && difference < SMALL_CELL_THRESHOLD;
    const shown: Cell = revealing ? { value: null, suppressed: true } : cell(count, suppress);
    cells.push(shown);
    if (shown.value != null) shownParent = shown.value;
  }
  return cells;
}
