import type { FilterQuery } from '@mikro-orm/core';
import { earliestTodayOnEarth, OVERDUE_EXEMPT_STATUSES, toCalendarDay } from '../domain';
import type { CorrectiveAction } from '../entities/corrective-action.entity';
import type { Inspection } from '../entities/inspection.entity';
import type { CorrectiveActionFilter, InspectionFilter } from '../__generated__/resolvers-types';

export function inspectionConditions(filter: InspectionFilter | null | undefined): FilterQuery<Inspection>[] {
  const conditions: FilterQuery<Inspection>[] = [];
  if (filter?.facility) conditions.push({ facilityId: filter.facility.trim().toUpperCase() });
  if (filter?.countries?.length)
    conditions.push({ facilityCountry: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter?.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
  if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
  if (filter?.conductedBy) conditions.push({ conductedById: filter.conductedBy });
  if (filter?.from) conditions.push({ endedOn: { $gte: filter.from } });
  if (filter?.to) conditions.push({ endedOn: { $lte: filter.to } });
  return conditions;
}

/**
 * Overdue as a query condition, the SQL twin of the domain's `isOverdue`: the due day ended
 * everywhere on earth and the facility has not reported the work done.
 */
export function overdueCondition(overdue: boolean, now: Date): FilterQuery<CorrectiveAction> {
  const firstDayNotPassed = toCalendarDay(earliestTodayOnEarth(now));
  const exempt = [...OVERDUE_EXEMPT_STATUSES];
  return overdue
    ? { dueOn: { $lt: firstDayNotPassed }, status: { $nin: exempt } }
    : { $or: [{ dueOn: { $gte: firstDayNotPassed } }, { status: { $in: exempt } }] };
}

export function correctiveActionConditions(
  filter: CorrectiveActionFilter | null | undefined,
  now: Date,
): FilterQuery<CorrectiveAction>[] {
  const conditions: FilterQuery<CorrectiveAction>[] = [];
  if (filter?.overdue != null) conditions.push(overdueCondition(filter.overdue, now));
  if (filter?.facility) conditions.push({ inspection: { facilityId: filter.facility.trim().toUpperCase() } });
  if (filter?.status?.length) conditions.push({ status: { $in: filter.status } });
  return conditions;
}
