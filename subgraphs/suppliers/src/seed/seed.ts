import type { EntityManager } from '@mikro-orm/core';
import { demoWorld } from '../../../../demo/world';
import { Organization } from '../entities/organization.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import { registerFacilities } from '../facility-list-import/register-facilities';

/** Writes the demo registry into an empty database; a database that has organisations is left alone. */
export async function seedSuppliers(em: EntityManager): Promise<void> {
  if ((await em.count(Organization)) > 0) return;
  const world = demoWorld();
  await em.transactional(async (tx) => {
    for (const demo of world.organizations) {
      tx.create(Organization, {
        id: demo.id,
        name: demo.name,
        kind: demo.kind,
        countryCode: demo.country,
        verified: demo.kind !== 'CIVIL_SOCIETY',
        website: demo.website,
        createdAt: new Date('2025-01-01T00:00:00Z'),
      });
    }
    await registerFacilities(
      tx,
      world.facilities.map((demo) => ({
        id: demo.id,
        name: demo.name,
        address: demo.address,
        countryCode: demo.country,
        latitude: demo.latitude,
        longitude: demo.longitude,
        sectors: [demo.sector],
        productTypes: demo.productTypes,
        workerCountMin: demo.workerCountMin,
        workerCountMax: demo.workerCountMax,
        femaleWorkerShare: demo.femaleWorkerShare,
        migrantWorkerShare: demo.migrantWorkerShare,
        ownerId: demo.ownerId,
        status: demo.status,
        movedToId: demo.movedToId,
        createdAt: new Date(`${demo.createdOn}T00:00:00Z`),
      })),
      (registration) => ({ kind: 'SEED', recordedAt: registration.createdAt }),
    );
    for (const demo of world.supplyChainLinks) {
      tx.create(SupplyChainLink, {
        id: demo.id,
        buyer: demo.buyerId,
        facility: demo.facilityId,
        tier: demo.tier,
        suppliesFacility: demo.suppliesFacilityId,
        since: demo.since,
        until: demo.until,
        products: demo.products,
        publiclyDisclosed: demo.publiclyDisclosed,
      });
    }
  });
}
