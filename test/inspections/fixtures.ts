import type { EntityManager } from '@mikro-orm/core';
import { SeededRandom } from '../../demo/random';
import { generateFacilityId } from '../../vocabulary/facility-id';
import type {
  ComplianceArea,
  CorrectiveActionStatus,
  Disclosure,
  FindingStatus,
  InspectionKind,
  InspectionStatus,
  Severity,
} from '../../subgraphs/inspections/src/__generated__/resolvers-types';
import { CorrectiveAction } from '../../subgraphs/inspections/src/entities/corrective-action.entity';
import { Finding } from '../../subgraphs/inspections/src/entities/finding.entity';
import { InspectionParty } from '../../subgraphs/inspections/src/entities/inspection-party.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import type { OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { addFacility, addOrganization as addRegistryOrganization } from '../support/registry';

/** Test data written straight into the subgraphs' tables, for tests that are not about submitting it. */

const ids = new SeededRandom(424242);
export const newFacilityId = (country: string) =>
  generateFacilityId(country, new Date('2021-03-01T00:00:00Z'), () => ids.next());

export interface FindingSpec {
  area?: ComplianceArea;
  severity?: Severity;
  status?: FindingStatus;
  evidence?: string | null;
  actions?: { dueOn: string; status: CorrectiveActionStatus }[];
}

export interface InspectionSpec {
  id: string;
  facilityId: string;
  sector?: string | null;
  ownerId?: string | null;
  conductedById?: string;
  kind?: InspectionKind;
  endedOn?: string;
  status?: InspectionStatus;
  disclosure?: Disclosure;
  published?: boolean;
  announced?: boolean;
  buyers?: string[];
  jointInspectors?: string[];
  findings?: FindingSpec[];
}

export function addInspection(em: EntityManager, spec: InspectionSpec): Inspection {
  const endedOn = spec.endedOn ?? '2026-03-10';
  const at = new Date(`${endedOn}T12:00:00Z`);
  const status = spec.status ?? 'PUBLISHED';
  const inspection = em.create(Inspection, {
    id: spec.id,
    facilityId: spec.facilityId,
    facilityCountry: spec.facilityId.slice(0, 2),
    facilitySector: spec.sector ?? null,
    facilityOwnerId: spec.ownerId ?? null,
    kind: spec.kind ?? 'SOCIAL_AUDIT',
    conductedById: spec.conductedById ?? 'org-test-audits',
    agreementId: null,
    startedOn: endedOn,
    endedOn,
    endedMonth: endedOn.slice(0, 7),
    announced: spec.announced ?? true,
    workersInterviewed: 10,
    status,
    disclosure: spec.disclosure ?? 'PUBLIC',
    summary: null,
    submittedAt: at,
    publishedAt: (spec.published ?? status === 'PUBLISHED') ? at : null,
    createdAt: at,
    updatedAt: at,
  });
  const parties = [
    ...(spec.buyers ?? []).map((id) => [id, 'BUYER'] as const),
    ...(spec.jointInspectors ?? []).map((id) => [id, 'JOINT_INSPECTOR'] as const),
  ];
  parties.forEach(([organizationId, role], n) =>
    em.create(InspectionParty, { id: `${spec.id}-p${n}`, inspection, organizationId, role }),
  );
  (spec.findings ?? []).forEach((finding, position) => {
    const row = em.create(Finding, {
      id: `${spec.id}-f${position}`,
      inspection,
      position,
      area: finding.area ?? 'OCCUPATIONAL_SAFETY_AND_HEALTH',
      conventions: [],
      compliancePoint: 'Test point',
      severity: finding.severity ?? 'MAJOR',
      description: 'Test finding',
      evidence: finding.evidence ?? null,
      workersAffected: null,
      status: finding.status ?? 'OPEN',
    });
    (finding.actions ?? []).forEach((action, n) =>
      em.create(CorrectiveAction, {
        id: `${row.id}-a${n}`,
        finding: row,
        inspection,
        action: 'Fix it',
        rootCause: 'Cause',
        owner: 'Manager',
        dueOn: action.dueOn,
        status: action.status,
        version: 1,
        createdAt: at,
        updatedAt: at,
      }),
    );
  });
  return inspection;
}

/** Registry rows in the suppliers subgraph, so gateway queries can start from a brand or a facility. */
export const addOrganization = (em: EntityManager, id: string, kind: OrganizationKind, country = 'NL') =>
  addRegistryOrganization(em, id, kind, country, id);
export { addFacility };
