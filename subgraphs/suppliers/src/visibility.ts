import type { FilterQuery } from '@mikro-orm/core';
import type { Principal } from '../../../runtime/principal';
import type { SupplyChainLink } from './entities/supply-chain-link.entity';

/**
 * Which supply-chain links a caller may see, as a query condition (never a filter after loading):
 * disclosed links for everyone; a brand its own links; a supplier the links to its facilities;
 * regulators and admins all of them.
 */
export function visibleLinks(principal: Principal): FilterQuery<SupplyChainLink> {
  if (principal.role === 'ADMIN' || principal.role === 'REGULATOR') return {};
  if (principal.organizationId) {
    return { $or: [{ publiclyDisclosed: true }, { buyer: principal.organizationId }, { facility: { owner: principal.organizationId } }] };
  }
  return { publiclyDisclosed: true };
}
