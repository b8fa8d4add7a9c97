import { createLoader } from '../../../runtime/loader';
import type DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../../runtime/clock';
import type { Principal } from '../../../runtime/principal';
import type { Compliance } from './domain';
import { CorrectiveAction } from './entities/corrective-action.entity';
import { Finding } from './entities/finding.entity';
import { InspectionParty } from './entities/inspection-party.entity';
import { Inspection } from './entities/inspection.entity';
import { facilityCompliance } from './queries/compliance';
import { pagedLoader } from '../../../runtime/paged-children';
import { COMPLETED_INSPECTION_STATUSES, visibleInspections } from './visibility';

/** Children of many parents in one query, grouped by parent. */
function childrenLoader<Child>(find: (parentIds: string[]) => Promise<Child[]>, parentOf: (child: Child) => string) {
  return createLoader<string, Child[]>(async (parentIds) => {
    const children = await find([...parentIds]);
    return parentIds.map((id) => children.filter((child) => parentOf(child) === id));
  });
}

/**
 * Corrective actions are read with their finding and inspection joined in: both are visible when
 * the action is (it is reached through them or through the visibility condition), and resolvers
 * then need no second lookup.
 */
export const WITH_PARENTS = ['finding', 'inspection'] as const;

/** A parent already in this request's identity map, else a batched, visibility-checked lookup. */
export function loadedOrFetch<Entity>(ref: LoadableRef<Entity>, loader: DataLoader<string, Entity | null>): Promise<Entity | null> | Entity {
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
  const completedAndVisible = (): FilterQuery<Inspection> => ({ $and: [visible(), { status: { $in: [...COMPLETED_INSPECTION_STATUSES] } }] });

  /** By id, only what the caller may see: an invisible row is indistinguishable from a missing one. */
  function visibleById<Entity extends { id: string }>(entity: new () => Entity, condition: () => FilterQuery<Entity>, populate: string[] = []) {
    return createLoader<string, Entity | null>(async (ids) => {
      const rows = (await em.find(entity, { $and: [{ id: { $in: [...ids] } }, condition()] } as FilterQuery<Entity>, { populate: populate as never })) as Entity[];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  return {
    inspection: visibleById(Inspection, visible),
    finding: visibleById(Finding, () => ({ inspection: visible() }), ['inspection']),
    correctiveAction: visibleById(CorrectiveAction, () => ({ inspection: visible() }), [...WITH_PARENTS]),

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
      (ids) => em.find(CorrectiveAction, { inspection: { $in: ids } }, { populate: WITH_PARENTS, orderBy: { dueOn: 'asc', id: 'asc' } }),
      (action) => action.inspection.id,
    ),
    correctiveActionsOfFinding: childrenLoader(
      (ids) => em.find(CorrectiveAction, { finding: { $in: ids } }, { populate: WITH_PARENTS, orderBy: { dueOn: 'asc', id: 'asc' } }),
      (action) => action.finding.id,
    ),
    partiesOfInspection: childrenLoader(
      (ids) => em.find(InspectionParty, { inspection: { $in: ids } }, { orderBy: { organizationId: 'asc' } }),
      (party) => party.inspection.id,
    ),
    compliance: createLoader<string, Compliance>(async (facilityIds) => {
      const byFacility = await facilityCompliance(em, completedAndVisible, [...facilityIds], clock.now());
      return facilityIds.map((id) => byFacility.get(id)!);
    }),
  };
}

export type InspectionsLoaders = ReturnType<typeof createLoaders>;
