import type { UserErrorCode } from '../../../../runtime/__generated__/conventions';
import type { Principal } from '../../../../runtime/principal';
import type { SupplyChainSide } from '../entities/supply-chain-link.entity';

/**
 * The rules of supply-chain links managed through the API, free of the database: who speaks for
 * which side of a link, who may answer a proposal, and where a link may sit in a brand's tiers.
 */

/** The deepest tier a link may have, and the deepest a tree may be read. */
export const MAX_TIER = 5;

/** The two organisations of a link: the brand buying and the owner of the facility (if the registry knows one). */
export interface LinkParties {
  brandId: string;
  facilityOwnerId: string | null;
}

/**
 * The side the caller speaks for on a link: the brand's members as BRAND, the owning supplier's
 * as SUPPLIER, an administrator as REGISTRY (the registry's steward, as for list imports made
 * for any organisation); anyone else none.
 */
export function sideOf(principal: Principal, parties: LinkParties): SupplyChainSide | null {
  if (principal.role === 'ADMIN') return 'REGISTRY';
  const organization = principal.organizationId;
  if (!organization) return null;
  if (principal.role === 'BRAND' && organization === parties.brandId) return 'BRAND';
  if (principal.role === 'SUPPLIER' && organization === parties.facilityOwnerId) return 'SUPPLIER';
  return null;
}

/**
 * Whether `side` may confirm what `proposer` proposed: the other side, or the registry's steward.
 * A proposal by the steward waits for either organisation.
 */
export const mayConfirm = (side: SupplyChainSide, proposer: SupplyChainSide | null) =>
  side === 'REGISTRY' || side !== proposer;

/** A refusal of the rules, before it becomes a userError. */
export interface PlacementRefusal {
  code: UserErrorCode;
  message: string;
  field: 'tier' | 'suppliesFacilityId';
}

/** What the brand's current supply chain says of one facility: its ACTIVE link's tier and what it supplies. */
export interface PlacedLink {
  tier: number;
  suppliesFacilityId: string | null;
}

/**
 * Checks that `facilityId` may sit at `tier` supplying `suppliesFacilityId` in a brand's supply
 * chain, given the brand's ACTIVE links by facility: the facility supplied must be in it one
 * tier closer to the brand, and following what supplies what from there must never come back
 * to `facilityId` (a cycle). The input's shape (tier range, tier 1 naming none, tier ≥ 2 naming
 * one, a facility supplying itself) is checked before, by `placementIssues`.
 */
export function checkPlacement(
  facilityId: string,
  tier: number,
  suppliesFacilityId: string | null,
  activeByFacility: ReadonlyMap<string, PlacedLink>,
): PlacementRefusal | null {
  if (tier === 1 || !suppliesFacilityId) return null;
  const parent = activeByFacility.get(suppliesFacilityId);
  if (!parent)
    return {
      code: 'BAD_USER_INPUT',
      field: 'suppliesFacilityId',
      message: `${suppliesFacilityId} is not in the brand's active supply chain`,
    };
  if (parent.tier !== tier - 1)
    return {
      code: 'BAD_USER_INPUT',
      field: 'suppliesFacilityId',
      message: `${suppliesFacilityId} is a tier-${parent.tier} supplier; a tier-${tier} facility supplies a tier-${tier - 1} one`,
    };
  const seen = new Set<string>();
  for (let at: string | null = suppliesFacilityId; at; at = activeByFacility.get(at)?.suppliesFacilityId ?? null) {
    if (at === facilityId || seen.has(at))
      return {
        code: 'BAD_USER_INPUT',
        field: 'suppliesFacilityId',
        message: `${suppliesFacilityId} is itself supplied, through the chain, by ${facilityId}: that would be a cycle`,
      };
    seen.add(at);
  }
  return null;
}

/** The problems with a tier and the facility supplied as given, before anything is loaded. */
export function placementIssues(
  facilityId: string,
  tier: number,
  suppliesFacilityId: string | null | undefined,
): { field: 'tier' | 'suppliesFacilityId'; message: string }[] {
  if (!Number.isInteger(tier) || tier < 1 || tier > MAX_TIER)
    return [{ field: 'tier', message: `the tier must be between 1 and ${MAX_TIER}` }];
  if (tier === 1 && suppliesFacilityId)
    return [
      { field: 'suppliesFacilityId', message: 'a tier-1 facility supplies the brand directly: name no facility' },
    ];
  if (tier > 1 && !suppliesFacilityId)
    return [
      {
        field: 'suppliesFacilityId',
        message: `a tier-${tier} facility must name the tier-${tier - 1} facility it supplies`,
      },
    ];
  if (suppliesFacilityId && suppliesFacilityId === facilityId)
    return [{ field: 'suppliesFacilityId', message: 'a facility cannot supply itself' }];
  return [];
}
