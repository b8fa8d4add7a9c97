import { raw, type EntityManager, type FilterQuery, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { ComplianceArea, CorrectiveActionStatus, FindingStatus, Severity } from '../__generated__/resolvers-types';
import { computeCompliance, OVERDUE_EXEMPT_STATUSES, type Compliance, type ScoredFinding } from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { Inspection } from '../entities/inspection.entity';
import { calendarDay, count, dayStart } from './sql-values';

/**
 * Compliance of many facilities in three aggregate statements, whatever their number: findings
 * counted by (facility, inspection day, severity, status, area), last inspection day, and open
 * corrective actions counted by (facility, status, due day). The score itself is the domain's
 * formula over those counts (it needs each finding's age, so it is not a plain SQL sum).
 */
export async function facilityCompliance(
  em: EntityManager,
  inspections: () => FilterQuery<Inspection>,
  facilityIds: string[],
  now: Date,
): Promise<Map<string, Compliance>> {
  const sql = em as SqlEntityManager;
  const ofFacilities = (): QBFilterQuery<Inspection> => ({
    $and: [{ facilityId: { $in: facilityIds } }, inspections()],
  });

  const findingGroups = (await sql
    .createQueryBuilder(Finding, 'f')
    .select(['i.facility_id', 'i.ended_on', 'f.severity', 'f.status', 'f.area', raw('count(*) as n')])
    .join('f.inspection', 'i')
    .where({ inspection: ofFacilities() })
    .groupBy(['i.facility_id', 'i.ended_on', 'f.severity', 'f.status', 'f.area'])
    .execute('all', false)) as {
    facility_id: string;
    ended_on: unknown;
    severity: Severity;
    status: FindingStatus;
    area: ComplianceArea;
    n: unknown;
  }[];

  const lastInspections = (await sql
    .createQueryBuilder(Inspection, 'i')
    .select(['i.facility_id', raw('max(i.ended_on) as last_ended_on')])
    .where(ofFacilities())
    .groupBy('i.facility_id')
    .execute('all', false)) as { facility_id: string; last_ended_on: unknown }[];

  const actionGroups = (await sql
    .createQueryBuilder(CorrectiveAction, 'c')
    .select(['i.facility_id', 'c.status', 'c.due_on', raw('count(*) as n')])
    .join('c.inspection', 'i')
    .where({ inspection: ofFacilities(), status: { $nin: [...OVERDUE_EXEMPT_STATUSES] } })
    .groupBy(['i.facility_id', 'c.status', 'c.due_on'])
    .execute('all', false)) as { facility_id: string; status: CorrectiveActionStatus; due_on: unknown; n: unknown }[];

  const findings = new Map<string, ScoredFinding[]>();
  for (const group of findingGroups) {
    const list = findings.get(group.facility_id) ?? [];
    const finding = {
      severity: group.severity,
      status: group.status,
      area: group.area,
      inspectedOn: dayStart(calendarDay(group.ended_on)),
    };
    for (let i = 0; i < count(group.n); i++) list.push(finding);
    findings.set(group.facility_id, list);
  }
  const actions = new Map<string, { dueOn: Date; status: CorrectiveActionStatus }[]>();
  for (const group of actionGroups) {
    const list = actions.get(group.facility_id) ?? [];
    const action = { dueOn: dayStart(calendarDay(group.due_on)), status: group.status };
    for (let i = 0; i < count(group.n); i++) list.push(action);
    actions.set(group.facility_id, list);
  }
  const lastInspected = new Map(
    lastInspections.map((row) => [row.facility_id, dayStart(calendarDay(row.last_ended_on))]),
  );

  return new Map(
    facilityIds.map((id) => [
      id,
      computeCompliance(
        {
          findings: findings.get(id) ?? [],
          correctiveActions: actions.get(id) ?? [],
          lastInspectedOn: lastInspected.get(id) ?? null,
        },
        now,
      ),
    ]),
  );
}
