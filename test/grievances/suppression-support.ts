import type { EntityManager } from '@mikro-orm/core';
import { expect } from 'vitest';
import {
  COMPLIANCE_AREAS,
  FILER_KINDS,
  GRIEVANCE_STATUSES,
  OPEN_STATUSES,
  lastDayOf,
  monthsBetween,
  parseGrievanceSubmission,
} from '../../subgraphs/grievances/src/domain';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { openCase } from '../../subgraphs/grievances/src/mutations/intake';
import { graphql } from '../__generated__';
import type {
  ComplianceArea,
  FilerKind,
  GrievanceStatsDimension,
  GrievanceStatsFilter,
  GrievanceStatus,
  SuppressionFacilitySummariesQuery,
} from '../__generated__/graphql';
import { dataOf, type TestStack } from '../support/stack';
import { submission } from './fixtures';

/**
 * The differencing attack on grievance aggregates, as a test can run it: ask the API every
 * combination of groupings and filters of a family, note each published count with the cases it
 * counts (known here from the database, as the rule's worst case assumes an attacker may guess),
 * and look for two counts, one counting a subset of the other's cases, whose difference is 1–4.
 * Counts of the countries a regulator may see in full are taken out first: it may know those.
 */

/** Eight requests in one: the gateway limits requests a minute, and the family has many. */
export const STATS = graphql(`
  query SuppressionStats(
    $g0: [GrievanceStatsDimension!]!
    $f0: GrievanceStatsFilter
    $g1: [GrievanceStatsDimension!]!
    $f1: GrievanceStatsFilter
    $g2: [GrievanceStatsDimension!]!
    $f2: GrievanceStatsFilter
    $g3: [GrievanceStatsDimension!]!
    $f3: GrievanceStatsFilter
    $g4: [GrievanceStatsDimension!]!
    $f4: GrievanceStatsFilter
    $g5: [GrievanceStatsDimension!]!
    $f5: GrievanceStatsFilter
    $g6: [GrievanceStatsDimension!]!
    $f6: GrievanceStatsFilter
    $g7: [GrievanceStatsDimension!]!
    $f7: GrievanceStatsFilter
  ) {
    r0: grievanceStats(groupBy: $g0, filter: $f0) {
      ...SuppressionStatsRow
    }
    r1: grievanceStats(groupBy: $g1, filter: $f1) {
      ...SuppressionStatsRow
    }
    r2: grievanceStats(groupBy: $g2, filter: $f2) {
      ...SuppressionStatsRow
    }
    r3: grievanceStats(groupBy: $g3, filter: $f3) {
      ...SuppressionStatsRow
    }
    r4: grievanceStats(groupBy: $g4, filter: $f4) {
      ...SuppressionStatsRow
    }
    r5: grievanceStats(groupBy: $g5, filter: $f5) {
      ...SuppressionStatsRow
    }
    r6: grievanceStats(groupBy: $g6, filter: $f6) {
      ...SuppressionStatsRow
    }
    r7: grievanceStats(groupBy: $g7, filter: $f7) {
      ...SuppressionStatsRow
    }
  }
  fragment SuppressionStatsRow on GrievanceStatsRow {
    country {
      code
    }
    area
    status
    filedBy
    month
    cases
    open
    overdue
    suppressed
  }
`);

export const SUMMARIES = graphql(`
  query SuppressionFacilitySummaries($after: String, $countries: [String!]) {
    facilities(first: 100, after: $after, filter: { country: $countries }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          grievanceSummary {
            open
            overdue
            resolved
            suppressed
            byArea {
              area
              open
              suppressed
            }
          }
        }
      }
    }
  }
`);

/** A set of cases, as bits over the universe's case list. */
export class CaseSet {
  constructor(readonly words: Uint32Array) {}

  static of(size: number, member: (index: number) => boolean): CaseSet {
    const words = new Uint32Array(Math.ceil(size / 32) || 1);
    for (let index = 0; index < size; index++) if (member(index)) words[index >>> 5] |= 1 << (index & 31);
    return new CaseSet(words);
  }

  and(other: CaseSet): CaseSet {
    return new CaseSet(this.words.map((word, index) => word & other.words[index]));
  }

  within(other: CaseSet): boolean {
    return this.words.every((word, index) => (word & ~other.words[index]) === 0);
  }

  get size(): number {
    let count = 0;
    for (let word of this.words) for (; word; word &= word - 1) count++;
    return count;
  }

  get key(): string {
    return this.words.join(',');
  }
}

interface CaseFact {
  facilityId: string | null;
  country: string;
  areas: readonly string[];
  status: GrievanceStatus;
  filedBy: FilerKind;
  month: string;
  overdue: boolean;
}

/** Every case in the grievances database, and the sets of cases each filter value selects. */
export class Universe {
  private readonly memo = new Map<string, CaseSet>();
  readonly countries: string[];
  readonly months: string[];

  private constructor(private readonly cases: CaseFact[]) {
    this.countries = [...new Set(cases.map((fact) => fact.country))].sort();
    const filed = cases.map((fact) => fact.month).sort();
    this.months = filed.length ? monthsBetween(filed[0], filed.at(-1)!) : [];
  }

  static async read(stack: TestStack): Promise<Universe> {
    const now = stack.clock.now();
    const rows = await stack.em('grievances').find(Grievance, {}, { orderBy: { id: 'asc' } });
    return new Universe(
      rows.map((row) => ({
        facilityId: row.facilityId,
        country: row.facilityCountry,
        areas: row.areas,
        status: row.status,
        filedBy: row.filedBy,
        month: row.filedMonth,
        overdue: OPEN_STATUSES.includes(row.status) && row.nextDueAt !== null && row.nextDueAt < now,
      })),
    );
  }

  get facilities(): string[] {
    return [...new Set(this.cases.flatMap((fact) => (fact.facilityId ? [fact.facilityId] : [])))];
  }

  /** The cases meeting `member`, computed once per `name`. */
  where(name: string, member: (fact: CaseFact) => boolean): CaseSet {
    let set = this.memo.get(name);
    if (!set) this.memo.set(name, (set = CaseSet.of(this.cases.length, (index) => member(this.cases[index]))));
    return set;
  }

  get all(): CaseSet {
    return this.where('all', () => true);
  }

  /** The cases of a stats row: its own values, else the filter's, else all. */
  statsRow(row: StatsRowKey, filter: GrievanceStatsFilter): CaseSet {
    const one = <Value>(value: Value | null | undefined) => (value ? [value] : null);
    const countries = one(row.country?.code) ?? (filter.country?.length ? filter.country : null);
    const areas = one(row.area) ?? (filter.area?.length ? filter.area : null);
    const statuses = one(row.status) ?? (filter.status?.length ? filter.status : null);
    const filers = one(row.filedBy) ?? (filter.filedBy?.length ? filter.filedBy : null);
    const from = row.month ?? filter.from?.slice(0, 7) ?? null;
    const to = row.month ?? filter.to?.slice(0, 7) ?? null;
    return [
      countries && this.where(`country ${countries}`, (fact) => countries.includes(fact.country)),
      areas && this.where(`area ${areas}`, (fact) => areas.some((area) => fact.areas.includes(area))),
      statuses && this.where(`status ${statuses}`, (fact) => statuses.includes(fact.status)),
      filers && this.where(`filer ${filers}`, (fact) => filers.includes(fact.filedBy)),
      from && this.where(`from ${from}`, (fact) => fact.month >= from),
      to && this.where(`to ${to}`, (fact) => fact.month <= to),
    ].reduce<CaseSet>((set, part) => (part ? set.and(part) : set), this.all);
  }

  get open(): CaseSet {
    return this.where('open', (fact) => OPEN_STATUSES.includes(fact.status));
  }

  get overdue(): CaseSet {
    return this.where('overdue', (fact) => fact.overdue);
  }

  get resolved(): CaseSet {
    return this.where('resolved', (fact) => fact.status === 'RESOLVED');
  }

  facility(id: string): CaseSet {
    return this.where(`facility ${id}`, (fact) => fact.facilityId === id);
  }

  area(area: string): CaseSet {
    return this.where(`area ${area}`, (fact) => fact.areas.includes(area));
  }

  inCountries(countries: readonly string[]): CaseSet {
    return this.where(`country ${countries}`, (fact) => countries.includes(fact.country));
  }

  /**
   * The finest cells: cases alike in facility (or country), area set, status, filer kind, month
   * of filing and overdue flag, with their indexes in the case list.
   */
  cells(): Map<string, number[]> {
    const cells = new Map<string, number[]>();
    this.cases.forEach((fact, index) => {
      const key = JSON.stringify([
        fact.facilityId ?? `(${fact.country})`,
        [...fact.areas].sort(),
        fact.status,
        fact.filedBy,
        fact.month,
        fact.overdue,
      ]);
      cells.set(key, [...(cells.get(key) ?? []), index]);
    });
    return cells;
  }
}

type StatsRow = StatsRowKey & Record<'cases' | 'open' | 'overdue', number | null | undefined>;
type StatsRowKey = {
  country?: { code: string } | null;
  area?: ComplianceArea | null;
  status?: GrievanceStatus | null;
  filedBy?: FilerKind | null;
  month?: string | null;
};

/** A published count and the cases it counts. */
export interface Published {
  label: () => string;
  value: number | null;
  cases: CaseSet;
}

export type StatsRequest = { groupBy: GrievanceStatsDimension[]; filter: GrievanceStatsFilter };

const DIMENSIONS: GrievanceStatsDimension[] = ['COUNTRY', 'AREA', 'STATUS', 'FILED_BY', 'MONTH'];
const subsets = <Value>(values: readonly Value[]): Value[][] =>
  values.reduce<Value[][]>((all, value) => [...all, ...all.map((subset) => [...subset, value])], [[]]);
const pairs = <Value>(values: readonly Value[]): Value[][] =>
  values.flatMap((first, index) => values.slice(index + 1).map((second) => [first, second]));

/**
 * The requests an attacker would combine: every grouping (with every single country, or none);
 * every period of whole months, each way of narrowing it; every pair of values of each filter.
 * With the facility summaries, every published count's cases are a union of filter values of
 * every dimension, nested or overlapping in every way these requests allow.
 */
export function requestFamily(universe: Universe): StatsRequest[] {
  const { countries, months } = universe;
  const period = { from: `${months[0]}-01`, to: lastDayOf(months.at(-1)!) };
  const requests: StatsRequest[] = [];
  // Every grouping, over all countries or one by one (a single country's rows are those of the
  // same grouping by country too), over the whole period and (without months) all time.
  for (const groupBy of subsets(DIMENSIONS)) {
    if (groupBy.includes('COUNTRY'))
      for (const country of countries) requests.push({ groupBy, filter: { ...period, country: [country] } });
    else requests.push({ groupBy, filter: period });
    if (!groupBy.includes('MONTH') && !groupBy.includes('COUNTRY')) requests.push({ groupBy, filter: {} });
  }
  months.forEach((first, start) =>
    months.slice(start).forEach((last) => {
      const span = { from: `${first}-01`, to: lastDayOf(last) };
      for (const groupBy of [[], ['COUNTRY'], ['AREA'], ['STATUS'], ['FILED_BY']] as GrievanceStatsDimension[][])
        requests.push({ groupBy, filter: groupBy.includes('COUNTRY') ? { ...span, country: countries } : span });
    }),
  );
  const multiple: GrievanceStatsFilter[] = [
    ...pairs(countries).map((country) => ({ country })),
    ...pairs(COMPLIANCE_AREAS).map((area) => ({ area })),
    ...pairs(GRIEVANCE_STATUSES).map((status) => ({ status })),
    ...pairs(FILER_KINDS).map((filedBy) => ({ filedBy })),
  ];
  for (const filter of multiple)
    for (const groupBy of [[], ['MONTH'], ['COUNTRY']] as GrievanceStatsDimension[][])
      requests.push({
        groupBy,
        filter: {
          ...period,
          ...filter,
          ...(groupBy.includes('COUNTRY') && !filter.country ? { country: countries } : {}),
        },
      });
  return requests;
}

/** How many rows a request must answer: every combination of the grouped values, cases or not. */
function expectedRows({ groupBy, filter }: StatsRequest): number {
  const sizes: Record<GrievanceStatsDimension, () => number> = {
    COUNTRY: () => filter.country?.length ?? Number.NaN,
    AREA: () => filter.area?.length ?? COMPLIANCE_AREAS.length,
    STATUS: () => filter.status?.length ?? GRIEVANCE_STATUSES.length,
    FILED_BY: () => filter.filedBy?.length ?? FILER_KINDS.length,
    MONTH: () => monthsBetween(filter.from!.slice(0, 7), filter.to!.slice(0, 7)).length,
    RETALIATION: () => (filter.retaliation == null ? 2 : 1),
  };
  return groupBy.reduce((rows, dimension) => rows * sizes[dimension](), 1);
}

const BATCH = 8;

/** The rows of each request, eight requests a call (a short batch repeats its last request). */
async function answers(stack: TestStack, token: string | undefined, requests: readonly StatsRequest[]) {
  const rows: StatsRow[][] = [];
  for (let start = 0; start < requests.length; start += BATCH) {
    const batch = Array.from({ length: BATCH }, (_, index) => requests[Math.min(start + index, requests.length - 1)]);
    const variables = {
      g0: batch[0].groupBy,
      f0: batch[0].filter,
      g1: batch[1].groupBy,
      f1: batch[1].filter,
      g2: batch[2].groupBy,
      f2: batch[2].filter,
      g3: batch[3].groupBy,
      f3: batch[3].filter,
      g4: batch[4].groupBy,
      f4: batch[4].filter,
      g5: batch[5].groupBy,
      f5: batch[5].filter,
      g6: batch[6].groupBy,
      f6: batch[6].filter,
      g7: batch[7].groupBy,
      f7: batch[7].filter,
    };
    const data = dataOf(await stack.query(STATS, variables, { token }));
    const answered = [data.r0, data.r1, data.r2, data.r3, data.r4, data.r5, data.r6, data.r7].map((answer) => answer!);
    rows.push(...answered.slice(0, Math.min(BATCH, requests.length - start)));
  }
  return rows;
}

/** Every count the requests publish to the caller; each request answers every row of its grouping. */
export async function publishedStats(
  stack: TestStack,
  token: string | undefined,
  universe: Universe,
  requests: readonly StatsRequest[],
): Promise<Published[]> {
  const answered = await answers(stack, token, requests);
  const published: Published[] = [];
  for (const [index, request] of requests.entries()) {
    const rows = answered[index];
    expect(rows.length, `rows of ${JSON.stringify(request)}`).toBe(expectedRows(request));
    for (const row of rows) {
      const cases = universe.statsRow(row, request.filter);
      const label = (count: string) => () =>
        `${count} of grievanceStats(${JSON.stringify(request)}) row ${JSON.stringify([row.country?.code, row.area, row.status, row.filedBy, row.month])}`;
      published.push(
        { label: label('cases'), value: row.cases ?? null, cases },
        { label: label('open'), value: row.open ?? null, cases: cases.and(universe.open) },
        { label: label('overdue'), value: row.overdue ?? null, cases: cases.and(universe.overdue) },
      );
    }
  }
  return published;
}

/** Every count of every facility summary of the universe's countries. */
export async function publishedSummaries(
  stack: TestStack,
  token: string | undefined,
  universe: Universe,
): Promise<Published[]> {
  const published: Published[] = [];
  let after: string | null | undefined = null;
  do {
    const page: SuppressionFacilitySummariesQuery['facilities'] = dataOf(
      await stack.query(SUMMARIES, { after, countries: universe.countries }, { token }),
    ).facilities!;
    for (const { node } of page.edges) {
      const summary = node.grievanceSummary;
      if (!summary) throw new Error(`no grievance summary for ${node.id}`);
      const facility = universe.facility(node.id);
      const label = (count: string) => () => `${count} of the grievance summary of ${node.id}`;
      published.push(
        { label: label('open'), value: summary.open ?? null, cases: facility.and(universe.open) },
        { label: label('overdue'), value: summary.overdue ?? null, cases: facility.and(universe.overdue) },
        { label: label('resolved'), value: summary.resolved ?? null, cases: facility.and(universe.resolved) },
        ...summary.byArea.map((row) => ({
          label: label(`open in ${row.area}`),
          value: row.open ?? null,
          cases: facility.and(universe.open).and(universe.area(row.area)),
        })),
      );
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return published;
}

/** Counts as a rule that withholds each count under 5 on its own would publish them. */
export const naivelySuppressed = (published: readonly Published[]): Published[] =>
  published.map((count) => ({ ...count, value: count.cases.size >= 5 ? count.cases.size : null }));

export interface Recovery {
  minuend: string;
  subtrahend: string;
  difference: number;
}

/**
 * Pairs of published counts, the second counting a subset of the first's cases (the empty set
 * included: a count itself), whose difference is 1–4 once the cases of `known` — the countries the
 * caller may see in full — are taken out of both. A withheld count reads as 0.
 */
export function recoveries(published: readonly Published[], known: CaseSet | null, limit = 20): Recovery[] {
  const hidden = (count: Published) => (count.value ?? 0) - (known ? count.cases.and(known).size : 0);
  const byValue = new Map<number, Map<string, Published>>();
  const note = (count: Published, value: number) => {
    if (!byValue.has(value)) byValue.set(value, new Map());
    byValue.get(value)!.set(count.cases.key, count);
  };
  note({ label: () => 'nothing', value: 0, cases: CaseSet.of(0, () => false) }, 0);
  const found: Recovery[] = [];
  for (const count of published) {
    // Less than the caller may count itself would be a wrong count, not a withheld one.
    if (hidden(count) < 0)
      found.push({ minuend: count.label(), subtrahend: 'its own cases', difference: hidden(count) });
    note(count, hidden(count));
  }
  for (const [value, counts] of byValue)
    for (let difference = 1; difference <= 4; difference++)
      for (const part of byValue.get(value - difference)?.values() ?? [])
        for (const whole of counts.values()) {
          if (found.length >= limit) return found;
          if (part.cases.within(whole.cases))
            found.push({ minuend: whole.label(), subtrahend: part.label(), difference });
        }
  return found;
}

/** The attributes that make up a cell, as a generated data set chooses them. */
export interface CellSpec {
  /** A registry facility id, or a facility named by a worker (not linked to the registry). */
  place: string | { name: string; country: string };
  areas: ComplianceArea[];
  status: GrievanceStatus;
  filedBy: FilerKind;
  month: string;
  overdue: boolean;
}

export const cellKey = (cell: CellSpec) =>
  JSON.stringify([cell.place, [...cell.areas].sort(), cell.status, cell.filedBy, cell.month, cell.overdue]);

const DAY = 86_400_000;

/**
 * Writes `count` cases of one cell straight into the grievances database, with the intake's own
 * code, then puts them in the cell's status and deadline state as of `now`. Returns their ids.
 */
export function insertCases(em: EntityManager, cell: CellSpec, count: number, now: Date, next: () => number): string[] {
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const n = next();
    const parsed = parseGrievanceSubmission({
      ...submission({ facility: typeof cell.place === 'string' ? { id: cell.place } : cell.place, areas: cell.areas }),
      filedBy: cell.filedBy,
      brandIds: [],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const day = 1 + (n % (cell.month === now.toISOString().slice(0, 7) ? now.getUTCDate() - 1 : 28));
    const grievance = openCase(em, parsed.value, {
      id: `grv_cells_${n}`,
      trackingCode: `GRV-C${String(n).padStart(4, '0')}-0000`,
      filedAt: new Date(`${cell.month}-${String(day).padStart(2, '0')}T08:00:00Z`),
      actor: { role: 'PUBLIC', organizationId: null },
      filerSubject: null,
      secretHash: null,
    });
    grievance.status = cell.status;
    const open = OPEN_STATUSES.includes(cell.status);
    grievance.nextDueAt = !open ? null : new Date(now.getTime() + (cell.overdue ? -3 : 20) * DAY);
    ids.push(grievance.id);
  }
  return ids;
}
