import type { EntityManager } from '@mikro-orm/core';
import { validateFacilityId } from '../../vocabulary/facility-id';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { Organization, type OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { SupplyChainLink } from '../../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import type { TestStack } from './stack';

/** An organisation row in the registry (suppliers subgraph), for tests that start from one. */
export function addOrganization(
  em: EntityManager,
  id: string,
  kind: OrganizationKind,
  country: string,
  name = `Org ${id}`,
) {
  return em.create(Organization, {
    id,
    name,
    kind,
    countryCode: country,
    verified: true,
    website: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });
}

/** A facility row in the registry, owned by `ownerId`, with disclosed tier-1 links from `buyerIds`. */
export function addFacility(em: EntityManager, id: string, ownerId: string | null, buyerIds: string[] = []) {
  em.create(Facility, {
    id,
    name: `Facility ${id}`,
    address: '1 Test Road',
    countryCode: id.slice(0, 2),
    searchText: `facility ${id.toLowerCase()}`,
    sectors: ['Apparel'],
    productTypes: [],
    owner: ownerId,
    status: 'ACTIVE',
    movedToId: null,
    createdAt: new Date('2021-03-01T00:00:00Z'),
  });
  for (const buyerId of buyerIds) {
    em.create(SupplyChainLink, {
      id: `scl-${buyerId}-${id}`,
      buyer: buyerId,
      facility: id,
      tier: 1,
      since: '2024-01-01',
      until: null,
      products: [],
      publiclyDisclosed: true,
    });
  }
}

/** Registrations per stack and facility id; concurrent callers wait for the same one. */
const registrations = new WeakMap<TestStack, Map<string, Promise<void>>>();

async function register(stack: TestStack, id: string): Promise<void> {
  const em = stack.em('suppliers');
  if (await em.findOne(Facility, { id })) return;
  addFacility(em, id, null);
  await em.flush();
}

/**
 * Puts facilities into the registry (the suppliers subgraph) unless they are there already: the
 * gateway refuses inspections and grievances about facilities the registry does not know.
 * Malformed ids are left out, so tests of the id checks still reach the subgraph's validation.
 */
export async function ensureRegistered(stack: TestStack, ...ids: unknown[]): Promise<void> {
  const started = registrations.get(stack) ?? new Map<string, Promise<void>>();
  registrations.set(stack, started);
  const valid = ids
    .filter((id): id is string => typeof id === 'string' && validateFacilityId(id.toUpperCase()).ok)
    .map((id) => id.toUpperCase());
  await Promise.all(
    valid.map((id) => {
      if (!started.has(id)) started.set(id, register(stack, id));
      return started.get(id)!;
    }),
  );
}
