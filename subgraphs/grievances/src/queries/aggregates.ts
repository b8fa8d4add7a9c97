import { raw, type EntityManager, type FilterQuery, type QBFilterQuery } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import {
  AREA_BITS,
  OPEN_STATUSES,
  SMALL_CELL_THRESHOLD,
  type ComplianceArea,
  type StatsKey,
  type StatsPlan,
} from '../domain';
import { Grievance, GrievanceArea } from '../entities/grievance.entity';
import type { GrievanceStatsDimension } from '../__generated__/resolvers-types';

/**
 * Case counts under small-cell suppression (domain/suppression.ts), in SQL: one statement per
 * batch, whatever the number of facilities or rows. Each statement groups the cases into the finest
 * cells, then adds up, per requested row, only the cells the caller is shown. Status names, areas
 * and the threshold come from our own constants, so they are inlined; times and countries are
 * parameters.
 */
const OPEN_LIST = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
const isOpen = (alias: string) => `${alias}.status in (${OPEN_LIST})`;

const CELL_COLUMNS = [
  'facility_id',
  'country',
  'area_set',
  'status',
  'filed_by',
  'month',
  'retaliation',
  'overdue',
] as const;

/** The areas with their bits, as a table to join a cell's area set with. */
const AREAS_TABLE = AREA_BITS.map(([area, bit]) => `select '${area}' as area, ${bit} as bit`).join(' union all ');

const knexOf = (em: EntityManager) => (em as SqlEntityManager).getKnex();

/**
 * The cells of the grievances matching `where`: one row per facility (or country, for a case not
 * linked to the registry), area set, status, filer kind, month of filing, retaliation and overdue flag, with its
 * number of cases `n`. Every filter selects whole cells, so a cell never depends on the request.
 */
function cells(em: EntityManager, where: FilterQuery<Grievance>, now: Date): Knex.QueryBuilder {
  const sql = em as SqlEntityManager;
  const areaSet = sql
    .createQueryBuilder(GrievanceArea, 's')
    .select(
      raw(`sum(case s.area ${AREA_BITS.map(([area, bit]) => `when '${area}' then ${bit}`).join(' ')} else 0 end)`),
    )
    .getKnexQuery()
    .whereRaw('s.grievance_id = g.id');
  const perCase = sql
    .createQueryBuilder(Grievance, 'g')
    .select([
      raw('g.facility_id as facility_id'),
      raw('g.facility_country as country'),
      raw('g.status as status'),
      raw('g.filed_by as filed_by'),
      raw('g.filed_month as month'),
      raw(`case when g.retaliation_of is null then 'false' else 'true' end as retaliation`),
      // Counted as overdue: open, and the earliest unmet deadline is before `now` (exactly at it is on time).
      raw(`case when ${isOpen('g')} and g.next_due_at < ? then 1 else 0 end as overdue`, [
        em.getPlatform().processDateProperty(now),
      ]),
    ])
    .where(where as QBFilterQuery<Grievance>)
    .getKnexQuery();
  perCase.select(knexOf(em).raw('coalesce((?), 0) as area_set', [areaSet]));
  const columns = CELL_COLUMNS.map((column) => `c.${column}`);
  return knexOf(em).select(columns).count({ n: '*' }).from(perCase.as('c')).groupBy(columns);
}

const joinAreas = (query: Knex.QueryBuilder) =>
  query.joinRaw(`join (${AREAS_TABLE}) a on (cell.area_set & a.bit) <> 0`);
const number = (value: unknown): number | null => (value == null ? null : Number(value));

/** A count over every case, and over the shown cells only (null when none is shown). */
export type Tally = { all: number; shown: number | null };
export const NO_CASES: Tally = { all: 0, shown: null };
export type FacilityCounts = Record<'open' | 'overdue' | 'resolved', Tally>;
export const NO_FACILITY_CASES: FacilityCounts = { open: NO_CASES, overdue: NO_CASES, resolved: NO_CASES };

/** Both tallies of the cells meeting `condition`. */
const tally = (knex: Knex, condition: string, as: string) => [
  knex.raw(`sum(case when ${condition} then cell.n else 0 end) as ${as}_all`),
  knex.raw(`sum(case when ${condition} and cell.n >= ${SMALL_CELL_THRESHOLD} then cell.n end) as ${as}_shown`),
];
const tallyOf = (row: Record<string, unknown>, as: string): Tally => ({
  all: number(row[`${as}_all`]) ?? 0,
  shown: number(row[`${as}_shown`]),
});

/** Open, overdue and resolved cases of each facility: every case, and the shown cells. */
export async function countsByFacility(
  em: EntityManager,
  facilityIds: readonly string[],
  now: Date,
): Promise<Map<string, FacilityCounts>> {
  const knex = knexOf(em);
  const query = knex
    .select([
      'cell.facility_id',
      ...tally(knex, isOpen('cell'), 'open'),
      ...tally(knex, 'cell.overdue = 1', 'overdue'),
      ...tally(knex, `cell.status = 'RESOLVED'`, 'resolved'),
    ])
    .from(cells(em, { facilityId: { $in: [...facilityIds] } }, now).as('cell'))
    .groupBy('cell.facility_id');
  const rows = await (em as SqlEntityManager).execute<Record<string, unknown>[]>(query);
  return new Map(
    rows.map((row) => [
      String(row.facility_id),
      { open: tallyOf(row, 'open'), overdue: tallyOf(row, 'overdue'), resolved: tallyOf(row, 'resolved') },
    ]),
  );
}

/** Open cases of each facility per area (a case with two areas counts in both): every case, and the shown cells. */
export async function openByFacilityAndArea(
  em: EntityManager,
  facilityIds: readonly string[],
  now: Date,
): Promise<Map<string, Map<ComplianceArea, Tally>>> {
  const open = cells(em, { facilityId: { $in: [...facilityIds] }, status: { $in: [...OPEN_STATUSES] } }, now);
  const knex = knexOf(em);
  const query = joinAreas(
    knex.select(['cell.facility_id', 'a.area', ...tally(knex, '1 = 1', 'open')]).from(open.as('cell')),
  ).groupBy(['cell.facility_id', 'a.area']);
  const rows = await (em as SqlEntityManager).execute<Record<string, unknown>[]>(query);
  const result = new Map<string, Map<ComplianceArea, Tally>>();
  for (const row of rows) {
    const facility = String(row.facility_id);
    if (!result.has(facility)) result.set(facility, new Map());
    result.get(facility)!.set(row.area as ComplianceArea, tallyOf(row, 'open'));
  }
  return result;
}

const COLUMNS: Record<GrievanceStatsDimension, [column: string, key: string]> = {
  COUNTRY: ['cell.country', 'country'],
  AREA: ['a.area', 'area'],
  STATUS: ['cell.status', 'status'],
  FILED_BY: ['cell.filed_by', 'filed_by'],
  MONTH: ['cell.month', 'month'],
  RETALIATION: ['cell.retaliation', 'retaliation'],
};

/** Sums of the shown cells of one row; null where the row covers no shown cell. */
export type ShownSums = Record<'cases' | 'open' | 'overdue', number | null>;

/** The key of a row among the rows of `plan`. */
export const statsKey = (plan: Pick<StatsPlan, 'dimensions'>, row: StatsKey) =>
  JSON.stringify(plan.dimensions.map((dimension) => row[dimension] ?? null));

/**
 * Cases, open and overdue cases per combination of the grouped dimensions, over the grievances
 * matching `where` and the plan's period and areas, adding up the cells of 5 cases or more and
 * every cell of the `fullView` countries. Rows without any such cell are absent.
 */
export async function shownStatistics(
  em: EntityManager,
  plan: StatsPlan,
  where: FilterQuery<Grievance>,
  fullView: readonly string[],
  now: Date,
): Promise<Map<string, ShownSums>> {
  const knex = knexOf(em);
  const conditions: FilterQuery<Grievance>[] = [where];
  if (plan.fromMonth) conditions.push({ filedMonth: { $gte: plan.fromMonth } });
  if (plan.toMonth) conditions.push({ filedMonth: { $lte: plan.toMonth } });
  if (plan.areas) conditions.push({ areaRows: { $some: { area: { $in: plan.areas } } } });
  const shown = fullView.length
    ? `(cell.n >= ${SMALL_CELL_THRESHOLD} or cell.country in (${fullView.map(() => '?').join(', ')}))`
    : `cell.n >= ${SMALL_CELL_THRESHOLD}`;
  const sum = (condition: string, as: string) =>
    knex.raw(`sum(case when ${shown} and ${condition} then cell.n end) as ${as}`, [...fullView]);
  const byArea = plan.dimensions.includes('AREA');
  const query = knex
    .select([
      ...plan.dimensions.map((dimension) => knex.raw(`${COLUMNS[dimension][0]} as ${COLUMNS[dimension][1]}`)),
      sum('1 = 1', 'cases'),
      sum(isOpen('cell'), 'open_count'),
      sum('cell.overdue = 1', 'overdue_count'),
    ])
    .from(cells(em, { $and: conditions }, now).as('cell'));
  if (byArea) joinAreas(query);
  if (byArea && plan.areas) query.whereIn('a.area', plan.areas);
  if (plan.dimensions.length) query.groupBy(plan.dimensions.map((dimension) => COLUMNS[dimension][0]));
  const rows = await (em as SqlEntityManager).execute<Record<string, unknown>[]>(query);
  return new Map(
    rows.map((row) => [
      JSON.stringify(plan.dimensions.map((dimension) => row[COLUMNS[dimension][1]] ?? null)),
      { cases: number(row.cases), open: number(row.open_count), overdue: number(row.overdue_count) },
    ]),
  );
}
