import type { FilterQuery } from '@mikro-orm/core';
import { OPEN_STATUSES } from '../domain';
import type { Grievance } from '../entities/grievance.entity';
import type { GrievanceFilter, GrievanceStatsFilter } from '../__generated__/resolvers-types';

const upper = (codes: readonly string[]) => codes.map((code) => code.trim().toUpperCase());

/** Open with an unmet deadline before `now`: the same test as domain isOverdue, on the stored next due date. */
export const overdueCondition = (now: Date): FilterQuery<Grievance> => ({
  status: { $in: [...OPEN_STATUSES] },
  nextDueAt: { $lt: now },
});

const notOverdueCondition = (now: Date): FilterQuery<Grievance> => ({
  $or: [{ status: { $nin: [...OPEN_STATUSES] } }, { nextDueAt: null }, { nextDueAt: { $gte: now } }],
});

const retaliationCondition = (retaliation: boolean): FilterQuery<Grievance> =>
  retaliation ? { retaliationOf: { $ne: null } } : { retaliationOf: null };

export function grievanceConditions(filter: GrievanceFilter | null | undefined, now: Date): FilterQuery<Grievance>[] {
  const conditions: FilterQuery<Grievance>[] = [];
  if (filter?.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter?.facility?.length) conditions.push({ facilityId: { $in: upper(filter.facility) } });
  if (filter?.country?.length) conditions.push({ facilityCountry: { $in: upper(filter.country) } });
  if (filter?.filedBy?.length) conditions.push({ filedBy: { $in: filter.filedBy } });
  if (filter?.retaliation != null) conditions.push(retaliationCondition(filter.retaliation));
  // A subquery, not a join: a case with two of the areas stays one row (the paged window queries count rows).
  if (filter?.area?.length) conditions.push({ areaRows: { $some: { area: { $in: filter.area } } } });
  if (filter?.overdue === true) conditions.push(overdueCondition(now));
  if (filter?.overdue === false) conditions.push(notOverdueCondition(now));
  return conditions;
}

/** Statistics filters, except areas: those depend on whether the statistics group by area. */
export function statsConditions(filter: GrievanceStatsFilter | null | undefined): FilterQuery<Grievance> {
  const conditions: FilterQuery<Grievance>[] = [];
  if (filter?.country?.length) conditions.push({ facilityCountry: { $in: upper(filter.country) } });
  if (filter?.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter?.filedBy?.length) conditions.push({ filedBy: { $in: filter.filedBy } });
  if (filter?.retaliation != null) conditions.push(retaliationCondition(filter.retaliation));
  if (filter?.from) conditions.push({ filedAt: { $gte: new Date(`${filter.from}T00:00:00.000Z`) } });
  if (filter?.to) conditions.push({ filedAt: { $lte: new Date(`${filter.to}T23:59:59.999Z`) } });
  return conditions.length ? { $and: conditions } : {};
}
