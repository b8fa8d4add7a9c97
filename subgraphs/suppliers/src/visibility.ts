import type { FilterQuery } from '@mikro-orm/core';
import { regulatorCountries, type Principal } from '../../../runtime/principal';
import type { SupplyChainLink } from './entities/supply-chain-link.entity';

/**
 * Which supply-chain links a caller may see, as a query condition (never a filter after loading):
 * disclosed links for everyone; a brand its own links; a supplier the links to its facilities;
 * a regulator the links to facilities in its jurisdiction, and abroad where an IN_FORCE agreement
 * shares SUPPLIER_REGISTRY data with its country; admins all of them.
 */
export function visibleLinks(principal: Principal): FilterQuery<SupplyChainLink> {
  if (principal.role === 'ADMIN') return {};
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
