import type { EntityManager } from '@mikro-orm/core';
import { SeededRandom } from '../../demo/random';
import { generateFacilityId } from '../../vocabulary/facility-id';
import type { OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { addOrganization as addRegistryOrganization } from '../support/registry';
import { SupplyChainLink } from '../../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import {
  registerFacilities,
  type FacilityRegistration,
} from '../../subgraphs/suppliers/src/facility-list-import/register-facilities';

/** Registry rows written straight into the suppliers tables, for end-to-end tests through the gateway. */

const random = new SeededRandom(20_260_302);
export const facilityId = (country: string) =>
  generateFacilityId(country, new Date('2024-05-01T00:00:00Z'), () => random.next());

export const addOrganization = (em: EntityManager, id: string, kind: OrganizationKind, countryCode = 'DE') =>
  void addRegistryOrganization(em, id, kind, countryCode);
export type FacilitySpec = Partial<FacilityRegistration> & { name: string; address: string; countryCode: string };

/** Registers facilities (flushing `em` first), with a fresh id where none is given; returns their ids. */
export async function addFacilities(em: EntityManager, specs: FacilitySpec[]): Promise<string[]> {
  const registrations = specs.map((spec) => ({
    id: facilityId(spec.countryCode),
    createdAt: new Date('2024-05-01T00:00:00Z'),
    ...spec,
  }));
  await registerFacilities(em, registrations);
  return registrations.map((registration) => registration.id);
}

let links = 0;
export function addLink(
  em: EntityManager,
  buyerId: string,
  facilityId: string,
  options: { tier?: number; publiclyDisclosed?: boolean } = {},
) {
  em.create(SupplyChainLink, {
    id: `scl-test-${++links}`,
    buyer: buyerId,
    facility: facilityId,
    tier: options.tier ?? 1,
    since: '2024-01-01',
    until: null,
    products: [],
    publiclyDisclosed: options.publiclyDisclosed ?? true,
  });
}
