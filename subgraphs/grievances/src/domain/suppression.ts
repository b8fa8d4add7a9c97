/**
 * Small-cell suppression of grievance counts.
 *
 * A count of 1–4 can point at the few workers who complained. Withholding small counts one by one
 * is not enough: two shown counts whose filters overlap (a status and two statuses, a month and a
 * quarter, a country and one of its facilities) differ by exactly the withheld part, and a row that
 * appears only when it has cases says "1 to 4" by being there. So the rule is decided on the finest
 * cells any aggregate can reach, and nothing else is ever published:
 *
 *   - A cell holds the cases that share all of: the facility (for a case not linked to the registry,
 *     its country), the exact set of areas, the status, the filer kind, the month of filing and
 *     whether the case is overdue. Every filter and grouping of `grievanceStats` and every count of
 *     `Facility.grievanceSummary` covers whole cells.
 *   - A cell of 5 cases or more is shown; a cell under 5 — an empty one included — is withheld. A
 *     regulator is shown every cell of the countries whose cases it may see.
 *   - Every published count is the sum of the shown cells it covers. Withheld cells add nothing, so
 *     a published count minus another it contains is a sum of shown cells (0 or at least 5), and no
 *     combination of published counts says anything about a withheld cell: counts are the same
 *     whatever the withheld cells hold. A count that covers no shown cell is null.
 *   - Rows are every combination of the grouped dimensions' values (the filter's, or all of them),
 *     with cases or without, so a row's presence says nothing either.
 *
 * An empty cell is withheld like any small one rather than shown as 0: were zeros shown, a withheld
 * cell would say "1 to 4 cases", which is itself the disclosure (someone at this facility complained).
 * Periods are whole months, the finest period a cell knows.
 */
import { COUNTRY_LIST, isKnownCountry } from '../../../../vocabulary/countries';
import type { InputIssue } from '../../../../runtime/mutation';
import type { GrievanceStatsDimension, GrievanceStatsFilter } from '../__generated__/resolvers-types';
import { GRIEVANCE_STATUSES, type GrievanceStatus } from './lifecycle';
import { COMPLIANCE_AREAS, FILER_KINDS, type ComplianceArea, type FilerKind } from './validation';

export const SMALL_CELL_THRESHOLD = 5;

/** Each area is one bit of a case's area set, so that the set is one value of its cell. */
export const AREA_BITS: readonly (readonly [ComplianceArea, number])[] = COMPLIANCE_AREAS.map((area, index) => [
  area,
  2 ** index,
]);

/**
 * How much of a count the caller may see exactly: all of it (every country it covers is one whose
 * cases the caller may see), part of it, or none (only shown cells).
 */
export type View = 'FULL' | 'PARTIAL' | 'SUPPRESSED';

/** `countries` are those the count covers, or ALL when it is not narrowed to some. */
export function viewOf(countries: readonly string[] | 'ALL', fullView: ReadonlySet<string>): View {
  if (countries === 'ALL') return fullView.size ? 'PARTIAL' : 'SUPPRESSED';
  const seen = countries.filter((country) => fullView.has(country)).length;
  return seen === 0 ? 'SUPPRESSED' : seen === countries.length ? 'FULL' : 'PARTIAL';
}

/**
 * The published count, from the sum of the shown cells it covers (null when it covers none). Where
 * the caller sees some cells in full, their empty cells are shown too, so the count is at least 0.
 */
export function publishedCount(shownSum: number | null, view: View): number | null {
  return view === 'SUPPRESSED' ? shownSum : (shownSum ?? 0);
}

/** A count of the facility summary: every case for a caller who may see them, else the shown cells only. */
export function facilityCount(counts: { all: number; shown: number | null }, suppress: boolean): number | null {
  return suppress ? counts.shown : counts.all;
}

/** More rows than a dashboard can show means the grouping is too fine for the filter. */
export const MAX_STATS_ROWS = 20_000;

/** Grouped by month without a `from`, the rows are this many months up to `to` (or the current month). */
export const DEFAULT_STATS_MONTHS = 24;

export type StatsKey = Partial<Record<GrievanceStatsDimension, string>>;

/** What a `grievanceStats` request asks for, validated: the rows it answers and the cases it counts. */
export interface StatsPlan {
  /** The grouped dimensions, each once, in the order asked. */
  dimensions: GrievanceStatsDimension[];
  /** One row per combination of the grouped dimensions' values, in order. */
  rows: StatsKey[];
  /** Countries counted (upper-case, known); null for all. */
  countries: string[] | null;
  areas: ComplianceArea[] | null;
  statuses: GrievanceStatus[] | null;
  filers: FilerKind[] | null;
  /** First and last month of filing counted (YYYY-MM); null for no bound. */
  fromMonth: string | null;
  toMonth: string | null;
}

export function planStatistics(
  groupBy: readonly GrievanceStatsDimension[],
  filter: GrievanceStatsFilter | null | undefined,
  now: Date,
): { plan: StatsPlan; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const dimensions = [...new Set(groupBy)];
  const countries = listed(filter?.country?.map((code) => code.trim().toUpperCase()));
  countries?.forEach((code, index) => {
    if (!isKnownCountry(code))
      issues.push({ path: ['filter', 'country', String(index)], message: `${code} is not a country code` });
  });
  const inOrder = <Value extends string>(all: readonly Value[], chosen: readonly Value[] | null | undefined) =>
    chosen?.length ? all.filter((value) => chosen.includes(value)) : null;
  const areas = inOrder(COMPLIANCE_AREAS, filter?.area);
  const statuses = inOrder(GRIEVANCE_STATUSES, filter?.status);
  const filers = inOrder(FILER_KINDS, filter?.filedBy);

  const fromMonth = filter?.from ? wholeMonthStart(filter.from, issues) : null;
  const toMonth = filter?.to ? wholeMonthEnd(filter.to, issues) : null;
  if (fromMonth && toMonth && fromMonth > toMonth)
    issues.push({ path: ['filter', 'from'], message: 'from is after to' });
  // Grouped by month, the rows are the period's months: it needs both ends.
  const byMonth = dimensions.includes('MONTH');
  const lastMonth = toMonth ?? (byMonth ? now.toISOString().slice(0, 7) : null);
  const firstMonth = fromMonth ?? (byMonth && lastMonth ? addMonths(lastMonth, 1 - DEFAULT_STATS_MONTHS) : null);

  const axes: Record<GrievanceStatsDimension, readonly string[]> = {
    COUNTRY: countries ?? ALL_COUNTRIES,
    AREA: areas ?? COMPLIANCE_AREAS,
    STATUS: statuses ?? GRIEVANCE_STATUSES,
    FILED_BY: filers ?? FILER_KINDS,
    MONTH: firstMonth && lastMonth ? monthsBetween(firstMonth, lastMonth) : [],
    RETALIATION: filter?.retaliation == null ? ['false', 'true'] : [String(filter.retaliation)],
  };
  const rowCount = dimensions.reduce((count, dimension) => count * axes[dimension].length, 1);
  if (rowCount > MAX_STATS_ROWS)
    issues.push({
      path: ['groupBy'],
      message: `this grouping gives ${rowCount} rows, more than ${MAX_STATS_ROWS}; narrow the filter (countries, areas, statuses, filers, from/to) or group by fewer dimensions`,
    });
  let rows: StatsKey[] = [{}];
  if (!issues.length)
    for (const dimension of dimensions)
      rows = rows.flatMap((row) => axes[dimension].map((value) => ({ ...row, [dimension]: value })));
  return {
    plan: { dimensions, rows, countries, areas, statuses, filers, fromMonth: firstMonth, toMonth: lastMonth },
    issues,
  };
}

/** The countries a row covers: its own, else the filter's, else all. */
export function countriesOf(row: StatsKey, plan: Pick<StatsPlan, 'countries'>): readonly string[] | 'ALL' {
  return row.COUNTRY ? [row.COUNTRY] : (plan.countries ?? 'ALL');
}

const ALL_COUNTRIES: readonly string[] = COUNTRY_LIST.countries.map((country) => country.code).sort();

const listed = (values: readonly string[] | null | undefined) => (values?.length ? [...new Set(values)] : null);

/** `from` must open a month: a period is made of whole months, as cells are. */
function wholeMonthStart(day: string, issues: InputIssue[]): string | null {
  if (day.endsWith('-01')) return day.slice(0, 7);
  issues.push({
    path: ['filter', 'from'],
    message: 'counts cover whole months: from must be the first day of a month',
  });
  return null;
}

function wholeMonthEnd(day: string, issues: InputIssue[]): string | null {
  const month = day.slice(0, 7);
  if (day === lastDayOf(month)) return month;
  issues.push({ path: ['filter', 'to'], message: 'counts cover whole months: to must be the last day of a month' });
  return null;
}

/** YYYY-MM-DD of the last day of a YYYY-MM month. */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + count, 1)).toISOString().slice(0, 7);
}

/** Every month from `from` to `to`, both included (none when `from` is later). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length <= MAX_STATS_ROWS; month = addMonths(month, 1))
    months.push(month);
  return months;
}
