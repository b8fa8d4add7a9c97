import type { EntityManager } from '@mikro-orm/core';
import { forbidden } from '../../../../runtime/errors';
import { notFoundRefusal, Refusal } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import { checkPlacement, sideOf, type PlacedLink } from '../domain/supply-chain-links';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { Facility } from '../entities/facility.entity';
import { CURRENT_LINK_STATUSES, SupplyChainLink, type SupplyChainSide } from '../entities/supply-chain-link.entity';
import { visibleLinks } from '../visibility';

/** What the supply-chain link mutations read inside their transaction. */

/** A link the caller acts on, its facility, and the side the caller speaks for. */
export interface LinkInHand {
  link: SupplyChainLink;
  facility: Facility;
  side: SupplyChainSide;
}

/**
 * The link `id` for the caller to act on: NOT_FOUND when the caller may not see it (a proposal
 * between two other organisations, an undisclosed link), FORBIDDEN when it sees the link but
 * speaks for neither side.
 */
export async function linkToActOn(tx: EntityManager, principal: Principal, id: string, operation: string) {
  const link = await tx.findOne(SupplyChainLink, { $and: [{ id }, visibleLinks(principal)] });
  if (!link) throw notFoundRefusal('supply-chain link', id, ['id']);
  const facility = await tx.findOneOrFail(Facility, link.facility.id);
  const side = sideOf(principal, { brandId: link.buyer.id, facilityOwnerId: facility.owner?.id ?? null });
  if (!side) throw forbidden(`${operation} is for the brand of the link, the supplier owning the facility, or ADMIN`);
  return { link, facility, side } satisfies LinkInHand;
}

/** A facility of the registry by id (a merged id names its survivor), or NOT_FOUND at `field`. */
export async function facilityNamed(tx: EntityManager, id: string, field: string[]): Promise<Facility> {
  const facility = await tx.findOne(Facility, id);
  if (facility) return facility;
  const alias = await tx.findOne(FacilityAlias, { id }, { populate: ['facility'] });
  if (alias) return alias.facility.getEntity();
  throw new Refusal('NOT_FOUND', `No facility ${id}`, field);
}

/** The brand's ACTIVE links by facility, for placing a link in its tiers (one statement). */
export async function activeChainOf(tx: EntityManager, brandId: string): Promise<Map<string, PlacedLink>> {
  const links = await tx.find(
    SupplyChainLink,
    { buyer: brandId, status: 'ACTIVE' },
    { fields: ['facility', 'tier', 'suppliesFacility'] },
  );
  return new Map(
    links.map((link) => [link.facility.id, { tier: link.tier, suppliesFacilityId: link.suppliesFacility?.id ?? null }]),
  );
}

/**
 * Refuses placing `facilityId` at `tier` under `suppliesFacilityId` in the brand's active chain
 * (the facility supplied not one tier closer, or a cycle), as a userError at `path`.
 */
export async function requirePlacement(
  tx: EntityManager,
  brandId: string,
  facilityId: string,
  tier: number,
  suppliesFacilityId: string | null,
  path: string[],
): Promise<void> {
  if (tier === 1) return;
  const refusal = checkPlacement(facilityId, tier, suppliesFacilityId, await activeChainOf(tx, brandId));
  if (refusal) throw new Refusal(refusal.code, refusal.message, [...path, refusal.field]);
}

/** The brand's current (PROPOSED or ACTIVE) link to a facility, if any. */
export const currentLink = (tx: EntityManager, brandId: string, facilityId: string) =>
  tx.findOne(SupplyChainLink, { buyer: brandId, facility: facilityId, status: { $in: CURRENT_LINK_STATUSES } });

/** How many of the brand's current links name `facilityId` as the facility they supply. */
export const suppliersOf = (tx: EntityManager, brandId: string, facilityId: string) =>
  tx.count(SupplyChainLink, { buyer: brandId, suppliesFacility: facilityId, status: { $in: CURRENT_LINK_STATUSES } });
