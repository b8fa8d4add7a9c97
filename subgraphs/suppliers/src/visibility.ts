import type { FilterQuery } from '@mikro-orm/core';
import type { CrossBorderReads } from '../../../runtime/audit';
import { regulatorCountries, type Principal } from '../../../runtime/principal';
import type { Context } from './context';
import type { SupplyChainLink } from './entities/supply-chain-link.entity';

/**
 * Which supply-chain links a caller may see, as a query condition (never a filter after loading):
 * disclosed links for everyone; a brand its own links; a supplier the links to its facilities;
 * a regulator the links to facilities in its jurisdiction, and abroad where an IN_FORCE agreement
 * shares SUPPLIER_REGISTRY data with its country; admins all of them. Proposals (PROPOSED, and
 * DECLINED ones) are for the two sides and admins only: those rules apply to links that were in
 * force (ACTIVE or ENDED).
 */
export function visibleLinks(principal: Principal): FilterQuery<SupplyChainLink> {
  if (principal.role === 'ADMIN') return {};
  const established = establishedLinksVisibleTo(principal);
  const proposal: FilterQuery<SupplyChainLink> = { status: { $in: ['PROPOSED', 'DECLINED'] } };
  if (!principal.organizationId) return { $and: [{ status: { $in: ['ACTIVE', 'ENDED'] } }, established] };
  return {
    $or: [
      { $and: [{ status: { $in: ['ACTIVE', 'ENDED'] } }, established] },
      {
        $and: [
          proposal,
          { $or: [{ buyer: principal.organizationId }, { facility: { owner: principal.organizationId } }] },
        ],
      },
    ],
  };
}

function establishedLinksVisibleTo(principal: Principal): FilterQuery<SupplyChainLink> {
  if (principal.role === 'REGULATOR') {
    return {
      $or: [
        { publiclyDisclosed: true },
        { facility: { countryCode: { $in: regulatorCountries(principal, 'SUPPLIER_REGISTRY') } } },
      ],
    };
  }
  if (principal.organizationId) {
    return {
      $or: [
        { publiclyDisclosed: true },
        { buyer: principal.organizationId },
        { facility: { owner: principal.organizationId } },
      ],
    };
  }
  return { publiclyDisclosed: true };
}

/**
 * Whether a regulator sees this link only through a sharing clause of SUPPLIER_REGISTRY: it is not
 * publicly disclosed and its facility is outside the regulator's jurisdiction.
 */
export function seenOnlyUnderSharing(principal: Principal, link: SupplyChainLink, facilityCountry: string): boolean {
  return (
    principal.role === 'REGULATOR' &&
    !!principal.country &&
    facilityCountry !== principal.country &&
    !link.publiclyDisclosed
  );
}

/** A foreign regulator's reads of undisclosed supply-chain links under SUPPLIER_REGISTRY. */
export const crossBorderReads: CrossBorderReads<Context> = {
  auditedRead: (context) => context.loaders.auditedRead,
  types: {
    SupplyChainLink: {
      category: 'SUPPLIER_REGISTRY',
      async read(link: SupplyChainLink, context) {
        const facility = await context.loaders.facility.load(link.facility.id);
        return facility && seenOnlyUnderSharing(context.principal, link, facility.countryCode)
          ? { target: `SupplyChainLink:${link.id}`, country: facility.countryCode, detail: `Facility:${facility.id}` }
          : null;
      },
    },
  },
};
