import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { OPEN_STATUSES, type ComplianceArea } from '../domain';
import { Grievance, GrievanceArea } from '../entities/grievance.entity';
import type { GrievanceStatsDimension } from '../__generated__/resolvers-types';

/**
 * Case counts computed in SQL, one statement per batch whatever the number of facilities or
 * rows. Status names come from our own constant list, so they are inlined; times are parameters.
 */
const OPEN_LIST = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
const isOpen = (alias: string) => `${alias}.status in (${OPEN_LIST})`;

/** Counted as overdue: open, and the earliest unmet deadline is before `now` (exactly at it is on time). */
function overdueCount(em: EntityManager, alias: string, now: Date, as: string) {
  return raw(`sum(case when ${isOpen(alias)} and ${alias}.next_due_at < ? then 1 else 0 end) as ${as}`, [
    em.getPlatform().processDateProperty(now),
  ]);
}

export type FacilityCounts = { open: number; overdue: number; resolved: number };

export async function countsByFacility(
  em: EntityManager,
  facilityIds: readonly string[],
  now: Date,
): Promise<Map<string, FacilityCounts>> {
  const rows = (await (em as SqlEntityManager)
    .createQueryBuilder(Grievance, 'g')
    .select([
      'g.facility_id',
      raw(`sum(case when ${isOpen('g')} then 1 else 0 end) as open_count`),
      overdueCount(em, 'g', now, 'overdue_count'),
      raw(`sum(case when g.status = 'RESOLVED' then 1 else 0 end) as resolved_count`),
    ])
    .where({ facilityId: { $in: [...facilityIds] } })
    .groupBy('g.facility_id')
    .execute('all', false)) as Record<string, unknown>[];
  return new Map(
    rows.map((row) => [
      String(row.facility_id),
      { open: Number(row.open_count), overdue: Number(row.overdue_count), resolved: Number(row.resolved_count) },
    ]),
  );
}

export async function openByFacilityAndArea(
  em: EntityManager,
  facilityIds: readonly string[],
): Promise<Map<string, Map<ComplianceArea, number>>> {
  const rows = (await (em as SqlEntityManager)
    .createQueryBuilder(GrievanceArea, 'a')
    .select(['g.facility_id', 'a.area', raw('count(*) as open_count')])
    .join('a.grievance', 'g')
    .where({ grievance: { facilityId: { $in: [...facilityIds] }, status: { $in: [...OPEN_STATUSES] } } })
    .groupBy(['g.facility_id', 'a.area'])
    .execute('all', false)) as Record<string, unknown>[];
  const result = new Map<string, Map<ComplianceArea, number>>();
  for (const row of rows) {
    const facility = String(row.facility_id);
    if (!result.has(facility)) result.set(facility, new Map());
    result.get(facility)!.set(row.area as ComplianceArea, Number(row.open_count));
  }
  return result;
}

const COLUMNS: Record<GrievanceStatsDimension, [column: string, key: string]> = {
  COUNTRY: ['g.facility_country', 'country'],
  AREA: ['a.area', 'area'],
  STATUS: ['g.status', 'status'],
  FILED_BY: ['g.filed_by', 'filed_by'],
  MONTH: ['g.filed_month', 'month'],
};

export type StatsRow = Record<'country' | 'area' | 'status' | 'filed_by' | 'month', string | null> & {
  cases: number;
  open: number;
  overdue: number;
};

/** Cases, open and overdue cases per combination of the dimensions, over the grievances matching `where`. */
export async function grievanceStatistics(
  em: EntityManager,
  groupBy: readonly GrievanceStatsDimension[],
  where: FilterQuery<Grievance>,
  areas: readonly ComplianceArea[] | undefined,
  now: Date,
): Promise<StatsRow[]> {
  const dimensions = [...new Set(groupBy)];
  const byArea = dimensions.includes('AREA');
  const query = (em as SqlEntityManager).createQueryBuilder(Grievance, 'g').select([
    ...dimensions.map((dimension) => raw(`${COLUMNS[dimension][0]} as ${COLUMNS[dimension][1]}`)),
    // With the area join a case appears once per area; counting within a group stays exact
    // because a case has each area at most once.
    raw('count(*) as cases'),
    raw(`sum(case when ${isOpen('g')} then 1 else 0 end) as open_count`),
    overdueCount(em, 'g', now, 'overdue_count'),
  ]);
  query.where(where as never);
  if (byArea) query.join('g.areaRows' as never, 'a');
  if (byArea && areas?.length) query.andWhere({ 'a.area': { $in: [...areas] } } as never);
  // Without grouping by area, an area filter must not multiply cases: it becomes a sub-query.
  if (!byArea && areas?.length) query.andWhere({ id: { $in: areaSubquery(em, areas) } } as never);
  if (dimensions.length) query.groupBy(dimensions.map((dimension) => COLUMNS[dimension][0]));
  const rows = (await query.execute('all', false)) as Record<string, unknown>[];
  const keyOf = (row: Record<string, unknown>) =>
    dimensions.map((dimension) => String(row[COLUMNS[dimension][1]] ?? '')).join('\u0000');
  rows.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return rows.map((row) => ({
    country: (row.country as string) ?? null,
    area: (row.area as string) ?? null,
    status: (row.status as string) ?? null,
    filed_by: (row.filed_by as string) ?? null,
    month: (row.month as string) ?? null,
    cases: Number(row.cases),
    open: Number(row.open_count ?? 0),
    overdue: Number(row.overdue_count ?? 0),
  }));
}

function areaSubquery(em: EntityManager, areas: readonly ComplianceArea[]) {
  return (em as SqlEntityManager)
    .createQueryBuilder(GrievanceArea, 's')
    .select('s.grievance_id')
    .where({ area: { $in: [...areas] } })
    .getKnexQuery();
}
