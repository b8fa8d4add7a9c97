import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../../runtime/principal';
import { Facility } from './entities/facility.entity';
import { Organization } from './entities/organization.entity';
import { SupplyChainLink } from './entities/supply-chain-link.entity';
import { visibleLinks } from './visibility';

/** Batches lookups by id: one query per type per tick, whatever the list length. */
function byId<Entity extends { id: string }>(em: EntityManager, entity: new () => Entity) {
  return new DataLoader<string, Entity | null>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as Entity[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(em: EntityManager, principal: Principal) {
  return {
    organization: byId(em, Organization),
    facility: byId(em, Facility),
    /** The supply-chain links into each facility that the caller may see. */
    buyersOfFacility: new DataLoader<string, SupplyChainLink[]>(async (facilityIds) => {
      const links = await em.find(
        SupplyChainLink,
        { $and: [{ facility: { $in: [...facilityIds] } }, visibleLinks(principal)] },
        { orderBy: { tier: 'asc', id: 'asc' } },
      );
      return facilityIds.map((id) => links.filter((link) => link.facility.id === id));
    }),
  };
}

export type SuppliersLoaders = ReturnType<typeof createLoaders>;
