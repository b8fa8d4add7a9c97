import { raw, type EntityManager, type FilterQuery, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type {
  ComplianceArea,
  CorrectiveActionStatus,
  FindingStatus,
  InspectionKind,
  Severity,
} from '../__generated__/resolvers-types';
import { computeCompliance, OVERDUE_EXEMPT_STATUSES, type Compliance, type ScoredFinding } from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { Inspection } from '../entities/inspection.entity';
import { calendarDay, count, dayStart } from './sql-values';

/** What a score is computed over (`ComplianceBasis` in the schema). */
export interface ComplianceBasis {
  inspections: number;
  from: string | null;
  to: string | null;
  publicInspections: number;
  byKind: { kind: InspectionKind; inspections: number }[];
}

/** A facility's compliance with the inspections it counts. */
export type ScoredCompliance = Compliance & { basis: ComplianceBasis };

const NO_BASIS: ComplianceBasis = { inspections: 0, from: null, to: null, publicInspections: 0, byKind: [] };

/** Public: published with disclosure PUBLIC (the condition the public's visibility uses). */
const PUBLISHED_PUBLIC = "case when i.disclosure = 'PUBLIC' and i.published_at is not null then 1 else 0 end";

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
): Promise<Map<string, ScoredCompliance>> {
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

  const inspectionGroups = (await sql
    .createQueryBuilder(Inspection, 'i')
    .select([
      'i.facility_id',
      'i.kind',
      raw(`${PUBLISHED_PUBLIC} as public_report`),
      raw('count(*) as n'),
      raw('min(i.ended_on) as first_ended_on'),
      raw('max(i.ended_on) as last_ended_on'),
    ])
    .where(ofFacilities())
    .groupBy(['i.facility_id', 'i.kind', raw(PUBLISHED_PUBLIC)])
    .execute('all', false)) as {
    facility_id: string;
    kind: InspectionKind;
    public_report: unknown;
    n: unknown;
    first_ended_on: unknown;
    last_ended_on: unknown;
  }[];

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
  const bases = new Map<string, ComplianceBasis>();
  for (const group of inspectionGroups) {
    const basis = bases.get(group.facility_id) ?? { ...NO_BASIS, byKind: [] };
    const inspections = count(group.n);
    const [first, last] = [calendarDay(group.first_ended_on), calendarDay(group.last_ended_on)];
    basis.inspections += inspections;
    if (count(group.public_report) === 1) basis.publicInspections += inspections;
    basis.from = basis.from === null || first < basis.from ? first : basis.from;
    basis.to = basis.to === null || last > basis.to ? last : basis.to;
    const kind = basis.byKind.find((entry) => entry.kind === group.kind);
    if (kind) kind.inspections += inspections;
    else basis.byKind.push({ kind: group.kind, inspections });
    bases.set(group.facility_id, basis);
  }
  for (const basis of bases.values()) basis.byKind.sort((a, b) => (a.kind < b.kind ? -1 : 1));

  return new Map(
    facilityIds.map((id) => {
      const basis = bases.get(id) ?? NO_BASIS;
      const compliance = computeCompliance(
        {
          findings: findings.get(id) ?? [],
          correctiveActions: actions.get(id) ?? [],
          lastInspectedOn: basis.to === null ? null : dayStart(basis.to),
        },
        now,
      );
      return [id, { ...compliance, basis }];
    }),
  );
}
