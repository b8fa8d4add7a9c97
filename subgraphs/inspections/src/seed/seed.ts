import type { EntityManager } from '@mikro-orm/core';
import { demoWorld, type DemoFacility } from '../../../../demo/world';
import { organizationsOfKind } from '../../../../demo/organizations';
import { SeededRandom } from '../../../../demo/random';
import type {
  CorrectiveActionStatus,
  Disclosure,
  InspectionKind,
  InspectionStatus,
} from '../__generated__/resolvers-types';
import { findingStatusAfterCorrectiveActions } from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { InspectionSignature } from '../entities/inspection-signature.entity';
import { Inspection } from '../entities/inspection.entity';
import { AUDIT_SCHEMES, schemeCode, type AuditScheme } from '../../../../vocabulary/audit-schemes';
import { seedEnforcementActions } from './enforcement-action-seed';
import { seedReportAccess } from './report-access-seed';
import { AREA_WEIGHTS, CORRECTIVE_ACTIONS, DISPUTE_REASONS, FINDING_TEMPLATES, OWNERS } from './seed-content';

/**
 * The cooperation agreements joint inspections are conducted under (same ids in the agreements
 * subgraph): each IN_FORCE, with a joint-inspection provision, binding the host country and the
 * partner's. The host country's inspectorate leads; the partner's cosigns.
 */
export const JOINT_INSPECTION_AGREEMENTS: Record<string, { agreementId: string; partnerCountry: string }> = {
  BD: { agreementId: 'agr-bd-nl-inspection-mou', partnerCountry: 'NL' },
  VN: { agreementId: 'agr-vn-de-inspection', partnerCountry: 'DE' },
};
export const SEED_INSPECTIONS = 340;
/** The demo world's "today" for scheduling: inspections end before it, scheduled ones start after. */
const SEED_CUTOFF = '2026-11-15';

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
function weighted<Value>(random: SeededRandom, options: [Value, number][]): Value {
  let roll = random.next() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) if ((roll -= weight) < 0) return value;
  return options[options.length - 1][0];
}

/** Writes demo inspections over the demo world's facilities into an empty database. */
export async function seedInspections(em: EntityManager): Promise<void> {
  if ((await em.count(Inspection)) > 0) return;
  const random = new SeededRandom(20_260_606);
  const world = demoWorld();
  const regulatorOf = new Map(organizationsOfKind('REGULATOR').map((org) => [org.country, org.id]));
  const auditFirms = organizationsOfKind('AUDIT_FIRM').map((org) => org.id);
  const buyersOf = new Map<string, string[]>();
  for (const link of world.supplyChainLinks)
    buyersOf.set(link.facilityId, [...(buyersOf.get(link.facilityId) ?? []), link.buyerId]);
  const lastConductor = new Map<string, string>();

  await em.transactional(async (tx) => {
    for (let index = 1; index <= SEED_INSPECTIONS; index++) {
      const facility = random.pick(world.facilities);
      const id = `ins-${String(index).padStart(4, '0')}`;
      const { kind, conductedById, jointInspectorId, agreementId } = chooseConductor(
        random,
        facility,
        regulatorOf,
        auditFirms,
        lastConductor,
      );
      lastConductor.set(facility.id, conductedById);
      const scheduled = random.chance(0.03);
      const endedOn = scheduled
        ? random.dateBetween('2026-11-25', '2026-12-31')
        : random.dateBetween('2022-01-10', SEED_CUTOFF);
      const startedOn = addDays(endedOn, -random.integer(0, 3));
      const status: InspectionStatus = scheduled
        ? 'SCHEDULED'
        : random.chance(0.02)
          ? 'IN_PROGRESS'
          : random.chance(0.62)
            ? 'PUBLISHED'
            : 'SUBMITTED';
      const completed = status === 'PUBLISHED' || status === 'SUBMITTED';
      const byInspectorate = kind === 'LABOUR_INSPECTORATE' || kind === 'JOINT_INSPECTION';
      const disclosure: Disclosure = byInspectorate
        ? random.chance(0.55)
          ? 'PUBLIC'
          : 'PRIVATE'
        : weighted(random, [
            ['SHARED_WITH_BUYERS', 60],
            ['PUBLIC', 15],
            ['PRIVATE', 25],
          ]);
      const inspection = tx.create(Inspection, {
        id,
        facilityId: facility.id,
        facilityCountry: facility.country,
        facilitySector: facility.sector,
        facilityOwnerId: facility.ownerId,
        kind,
        conductedById,
        agreementId,
        startedOn,
        endedOn,
        endedMonth: endedOn.slice(0, 7),
        announced: kind === 'SOCIAL_AUDIT' ? random.chance(0.7) : random.chance(0.3),
        workersInterviewed: random.integer(8, 60),
        status,
        disclosure,
        summary: completed ? `${kind.replace(/_/g, ' ').toLowerCase()} of ${facility.name}` : null,
        submittedAt: completed ? at(addDays(endedOn, 2)) : null,
        publishedAt: status === 'PUBLISHED' ? at(addDays(endedOn, 16)) : null,
        createdAt: at(startedOn, 8),
        updatedAt: at(completed ? addDays(endedOn, 2) : startedOn, 8),
      });
      const parties = [
        ...(disclosure === 'SHARED_WITH_BUYERS'
          ? (buyersOf.get(facility.id) ?? []).map((organizationId) => ({ organizationId, role: 'BUYER' as const }))
          : []),
        ...(jointInspectorId ? [{ organizationId: jointInspectorId, role: 'JOINT_INSPECTOR' as const }] : []),
      ];
      parties.forEach((party, n) =>
        tx.create(InspectionParty, { id: `pty-${id.slice(4)}-${n + 1}`, inspection, ...party }),
      );
      // A filed joint inspection is signed by its lead when filed and by its partner two days later.
      if (jointInspectorId && completed)
        [conductedById, jointInspectorId].forEach((organizationId, n) =>
          tx.create(InspectionSignature, {
            id: `sig-${id.slice(4)}-${n + 1}`,
            inspection,
            organizationId,
            signedAt: at(addDays(endedOn, 2 + 2 * n)),
          }),
        );
      if (completed) seedFindings(tx, random, inspection, index);
    }
    await seedReportAccess(tx, buyersOf);
    await seedEnforcementActions(tx);
  });
}

function chooseConductor(
  random: SeededRandom,
  facility: DemoFacility,
  regulatorOf: Map<string, string>,
  auditFirms: string[],
  lastConductor: Map<string, string>,
) {
  const regulator = regulatorOf.get(facility.country);
  const joint = JOINT_INSPECTION_AGREEMENTS[facility.country];
  if (regulator && joint && random.chance(0.3)) {
    return {
      kind: 'JOINT_INSPECTION' as InspectionKind,
      conductedById: regulator,
      jointInspectorId: regulatorOf.get(joint.partnerCountry)!,
      agreementId: joint.agreementId,
    };
  }
  if (regulator && random.chance(0.35))
    return {
      kind: 'LABOUR_INSPECTORATE' as InspectionKind,
      conductedById: regulator,
      jointInspectorId: null,
      agreementId: null,
    };
  const previous = lastConductor.get(facility.id);
  if (previous && auditFirms.includes(previous) && random.chance(0.4)) {
    return { kind: 'FOLLOW_UP' as InspectionKind, conductedById: previous, jointInspectorId: null, agreementId: null };
  }
  return {
    kind: 'SOCIAL_AUDIT' as InspectionKind,
    conductedById: random.pick(auditFirms),
    jointInspectorId: null,
    agreementId: null,
  };
}

/**
 * Social audits file their findings under an audit scheme, a third of them each (Better Work,
 * SMETA, amfori BSCI), so the demo compares findings across schemes by topic; inspectorates cite
 * conventions only. Chosen without the random stream, so the rest of the demo world is unchanged.
 */
function schemeCodeOf(inspection: Inspection, index: number, codes: Record<AuditScheme, string>) {
  if (inspection.kind !== 'SOCIAL_AUDIT') return { auditScheme: null, auditSchemeCode: null, topic: null };
  const auditScheme = AUDIT_SCHEMES[index % AUDIT_SCHEMES.length];
  const code = schemeCode(auditScheme, codes[auditScheme])!;
  return { auditScheme, auditSchemeCode: code.code, topic: code.topic };
}

function seedFindings(tx: EntityManager, random: SeededRandom, inspection: Inspection, index: number) {
  const count = weighted(random, [
    [0, 8],
    [1, 12],
    [2, 18],
    [3, 20],
    [4, 16],
    [5, 12],
    [7, 9],
    [10, 5],
  ]);
  let disputed = false;
  for (let position = 0; position < count; position++) {
    const area = weighted(random, AREA_WEIGHTS);
    const template = FINDING_TEMPLATES[area];
    // The severity follows what was found: its compliance point's usual range.
    const { compliancePoint, description, severities, conventions, codes } = random.pick(template.points);
    const severity = weighted(random, severities);
    const findingId = `fnd-${String(index).padStart(4, '0')}-${String(position + 1).padStart(2, '0')}`;
    const finding = tx.create(Finding, {
      id: findingId,
      inspection,
      position,
      area,
      conventions,
      ...schemeCodeOf(inspection, index, codes),
      compliancePoint,
      severity,
      description,
      evidence: random.chance(0.6)
        ? `Interview notes ${findingId}; photographs P${random.integer(100, 999)}–P${random.integer(1000, 1999)}`
        : null,
      workersAffected: random.chance(0.8) ? random.integer(1, 400) : null,
      status: 'OPEN',
    });
    const statuses: CorrectiveActionStatus[] = [];
    if (severity !== 'OBSERVATION' && random.chance(0.75)) {
      const dueOn = addDays(
        inspection.endedOn,
        weighted(random, [
          [30, 3],
          [60, 4],
          [90, 3],
        ]),
      );
      const past = dueOn < SEED_CUTOFF;
      const status = past
        ? weighted<CorrectiveActionStatus>(random, [
            ['VERIFIED', 45],
            ['COMPLETED', 15],
            ['IN_PROGRESS', 15],
            ['PLANNED', 10],
            ['REJECTED', 5],
          ])
        : weighted<CorrectiveActionStatus>(random, [
            ['PLANNED', 50],
            ['IN_PROGRESS', 35],
            ['COMPLETED', 15],
          ]);
      const [action, rootCause] = CORRECTIVE_ACTIONS[area];
      const decided = status === 'VERIFIED' || status === 'REJECTED';
      tx.create(CorrectiveAction, {
        id: `cap-${findingId.slice(4)}`,
        finding,
        inspection,
        action,
        rootCause,
        owner: random.pick(OWNERS),
        dueOn,
        status,
        version: 1,
        verifiedById: decided ? inspection.conductedById : null,
        verifiedAt: decided ? at(addDays(dueOn, 10)) : null,
        verificationNote: status === 'REJECTED' ? 'Follow-up visit found the measure incomplete.' : null,
        createdAt: at(addDays(inspection.endedOn, 7)),
        updatedAt: at(addDays(inspection.endedOn, 20)),
      });
      statuses.push(status);
    }
    finding.status = findingStatusAfterCorrectiveActions('OPEN', statuses);
    if (!disputed && finding.status !== 'VERIFIED' && random.chance(0.04)) {
      Object.assign(finding, {
        status: 'DISPUTED',
        disputeReason: random.pick(DISPUTE_REASONS),
        disputedAt: at(addDays(inspection.endedOn, 5)),
        disputedById: inspection.facilityOwnerId,
      });
      inspection.status = 'DISPUTED';
      disputed = true;
    }
  }
}
