import type { Confidence, ContributionMatch } from '../__generated__/resolvers-types';
import type { Principal } from '../../../../runtime/principal';

/**
 * Who learns which organisation contributed to a facility. A brand's list is its supply chain, so
 * naming the brand behind a value or a contribution reveals a sourcing relationship: the brand is
 * named only to callers who may see that relationship as a supply-chain link (`visibleLinks`, the
 * rule of `Facility.buyers`). A supplier that owns the facility is named to everyone (ownership is
 * public); a supplier that lists a facility it does not own says whom it works with, and is named
 * like a brand without a visible link: to itself and admins only.
 *
 * Named to the caller when any holds:
 * - the caller is ADMIN, or belongs to the contributing organisation;
 * - the contributor owns the facility;
 * - the caller sees a supply-chain link from the contributor to the facility, other than one a
 *   regulator sees only under a sharing clause abroad (such reads are audited where links are read;
 *   here the contributor stays "a brand" instead).
 * Everyone else learns only the contributor's kind (BRAND, SUPPLIER).
 */
export interface ContributorFacts {
  organizationId: string;
  /** The facility's current owner. */
  facilityOwnerId: string | null;
  facilityCountry: string;
  /** Links into the facility the caller may see: their buyer and whether they are disclosed. */
  visibleLinks: readonly { buyerId: string; publiclyDisclosed: boolean }[];
}

export function contributorNamed(principal: Principal, facts: ContributorFacts): boolean {
  if (principal.role === 'ADMIN') return true;
  if (principal.organizationId && principal.organizationId === facts.organizationId) return true;
  if (facts.facilityOwnerId === facts.organizationId) return true;
  const abroadUnderSharing =
    principal.role === 'REGULATOR' && !!principal.country && principal.country !== facts.facilityCountry;
  return facts.visibleLinks.some(
    (link) => link.buyerId === facts.organizationId && (link.publiclyDisclosed || !abroadUnderSharing),
  );
}

/** How a list row came to stand for its facility, from what the import row stores. */
export function contributionMatch(row: { outcome: string; resolution: string | null }): ContributionMatch {
  if (row.resolution === 'CONFIRMED') return 'CONFIRMED';
  if (row.resolution === 'REJECTED') return 'CREATED_ON_REJECTION';
  return row.outcome === 'NEW' ? 'CREATED' : 'MATCHED';
}

/**
 * How sure the registry is that the row is the facility: a row that registered it, or whose match
 * its uploader confirmed, is the contributor's own statement (REPORTED); a match the matcher found is
 * INFERRED (also when it repeats an earlier upload's outcome, which may itself have been inferred).
 */
export function matchConfidence(match: ContributionMatch): Confidence {
  return match === 'MATCHED' ? 'INFERRED' : 'REPORTED';
}
