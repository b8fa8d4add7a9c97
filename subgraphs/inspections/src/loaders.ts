import { auditedReadLoader } from '../../../runtime/audit';
import { childrenLoader, createLoader, entityLoader } from '../../../runtime/loader';
import type DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../../runtime/clock';
import { PUBLIC_PRINCIPAL, type Principal } from '../../../runtime/principal';
import { CorrectiveAction } from './entities/corrective-action.entity';
import { Finding } from './entities/finding.entity';
import { InspectionParty } from './entities/inspection-party.entity';
import { InspectionSignature } from './entities/inspection-signature.entity';
import { Inspection } from './entities/inspection.entity';
import { facilityCompliance, type ScoredCompliance } from './queries/compliance';
import { enforcementActionLoaders } from './queries/enforcement-actions';
import { reportAccessLoaders } from './queries/report-access';
import { pagedLoader } from '../../../runtime/paged-children';
import { COMPLETED_INSPECTION_STATUSES, visibleInspections } from './visibility';

/**
 * Corrective actions are read with their finding and inspection joined in: both are visible when
 * the action is (it is reached through them or through the visibility condition), and resolvers
 * then need no second lookup.
 */
export const WITH_PARENTS = ['finding', 'inspection'] as const;

/** A parent already in this request's identity map, else a batched, visibility-checked lookup. */
export function loadedOrFetch<Entity>(
  ref: LoadableRef<Entity>,
  loader: DataLoader<string, Entity | null>,
): Promise<Entity | null> | Entity {
  return ref.isInitialized() ? ref.getEntity() : loader.load(ref.id);
}

/** The parts of a MikroORM `Ref` this needs. */
interface LoadableRef<Entity> {
  id: string;
  isInitialized(): boolean;
  getEntity(): Entity;
}

export function createLoaders(em: EntityManager, principal: Principal, clock: Clock) {
  const visible = () => visibleInspections(principal, em);
  const completedAndVisible = (): FilterQuery<Inspection> => ({
    $and: [visible(), { status: { $in: [...COMPLETED_INSPECTION_STATUSES] } }],
  });

  return {
    // By id, only what the caller may see: an invisible row is indistinguishable from a missing one.
    inspection: entityLoader(em, Inspection, { condition: visible }),
    finding: entityLoader(em, Finding, { condition: () => ({ inspection: visible() }), populate: ['inspection'] }),
    correctiveAction: entityLoader(em, CorrectiveAction, {
      condition: () => ({ inspection: visible() }),
      populate: WITH_PARENTS,
    }),

    inspectionsOfFacility: pagedLoader<Inspection>(em, () => ({
      entity: Inspection,
      parentProperty: 'facilityId',
      parentColumn: 'facility_id',
      orderBy: 'child.ended_on desc, child.id desc',
      where: visible(),
    })),
    latestInspectionOfFacility: pagedLoader<Inspection>(em, () => ({
      entity: Inspection,
      parentProperty: 'facilityId',
      parentColumn: 'facility_id',
      orderBy: 'child.ended_on desc, child.id desc',
      where: completedAndVisible(),
    })),
    /** Findings are only reached through an inspection the caller already passed visibility for. */
    findingsOfInspection: pagedLoader<Finding>(em, () => ({
      entity: Finding,
      parentProperty: 'inspection',
      parentColumn: 'inspection_id',
      orderBy: 'child.position asc, child.id asc',
      where: {},
    })),
    correctiveActionsOfInspection: childrenLoader(
      (ids) =>
        em.find(
          CorrectiveAction,
          { inspection: { $in: ids } },
          { populate: WITH_PARENTS, orderBy: { dueOn: 'asc', id: 'asc' } },
        ),
      (action) => action.inspection.id,
    ),
    correctiveActionsOfFinding: childrenLoader(
      (ids) =>
        em.find(
          CorrectiveAction,
          { finding: { $in: ids } },
          { populate: WITH_PARENTS, orderBy: { dueOn: 'asc', id: 'asc' } },
        ),
      (action) => action.finding.id,
    ),
    partiesOfInspection: childrenLoader(
      (ids) => em.find(InspectionParty, { inspection: { $in: ids } }, { orderBy: { organizationId: 'asc' } }),
      (party) => party.inspection.id,
    ),
    signaturesOfInspection: childrenLoader(
      (ids) =>
        em.find(
          InspectionSignature,
          { inspection: { $in: ids } },
          { orderBy: { signedAt: 'asc', organizationId: 'asc' } },
        ),
      (signature) => signature.inspection.id,
    ),
    /** Reads of evidence, and of data abroad under a sharing clause: one flush per round, before release. */
    auditedRead: auditedReadLoader({ em, principal, clock }),
    compliance: createLoader<string, ScoredCompliance>(async (facilityIds) => {
      const byFacility = await facilityCompliance(em, completedAndVisible, [...facilityIds], clock.now());
      return facilityIds.map((id) => byFacility.get(id)!);
    }),
    /** Over what the public may read: the same answer whoever asks. */
    publicCompliance: createLoader<string, ScoredCompliance>(async (facilityIds) => {
      const completedAndPublic = (): FilterQuery<Inspection> => ({
        $and: [visibleInspections(PUBLIC_PRINCIPAL, em), { status: { $in: [...COMPLETED_INSPECTION_STATUSES] } }],
      });
      const byFacility = await facilityCompliance(em, completedAndPublic, [...facilityIds], clock.now());
      return facilityIds.map((id) => byFacility.get(id)!);
    }),
    ...reportAccessLoaders(em, principal),
    ...enforcementActionLoaders(em, principal),
  };
}

export type InspectionsLoaders = ReturnType<typeof createLoaders>;
