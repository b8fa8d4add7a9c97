import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { PageRequest } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import { Organization, type OrganizationKind } from '../entities/organization.entity';
import { SupplyChainLink, type SupplyChainLinkStatus } from '../entities/supply-chain-link.entity';
import { visibleLinks } from '../visibility';
import { sectorCondition } from './facilities';

export interface OrganizationCriteria {
  kind?: readonly OrganizationKind[] | null;
  country?: readonly string[] | null;
  search?: string | null;
}

/** One page of `organizations(filter)`, by name. */
export function findOrganizations(
  em: EntityManager,
  filter: OrganizationCriteria | null | undefined,
  { limit, offset }: PageRequest,
) {
  const conditions: FilterQuery<Organization>[] = [];
  if (filter?.kind?.length) conditions.push({ kind: { $in: [...filter.kind] } });
  if (filter?.country?.length)
    conditions.push({ countryCode: { $in: filter.country.map((code) => code.toUpperCase()) } });
  if (filter?.search?.trim()) conditions.push({ name: { $like: `%${filter.search.trim()}%` } });
  return em.findAndCount(Organization, conditions.length ? { $and: conditions } : {}, {
    limit,
    offset,
    orderBy: { name: 'asc', id: 'asc' },
  });
}

export interface SupplyChainCriteria {
  status?: readonly SupplyChainLinkStatus[] | null;
  tier?: number | null;
  country?: readonly string[] | null;
  sector?: readonly string[] | null;
}

/** One page of a buyer's supply chain (its ACTIVE links unless asked), closest tier first, through the links the caller may see. */
export function findSupplyChain(
  em: EntityManager,
  principal: Principal,
  buyerId: string,
  filter: SupplyChainCriteria | null | undefined,
  { limit, offset }: PageRequest,
): Promise<[SupplyChainLink[], number]> {
  const status = filter?.status?.length ? [...filter.status] : ['ACTIVE' as const];
  const conditions: FilterQuery<SupplyChainLink>[] = [
    { buyer: buyerId, status: { $in: status } },
    visibleLinks(principal),
  ];
  if (filter?.tier != null) conditions.push({ tier: filter.tier });
  if (filter?.country?.length)
    conditions.push({ facility: { countryCode: { $in: filter.country.map((code) => code.toUpperCase()) } } });
  if (filter?.sector?.length)
    conditions.push({ facility: sectorCondition(em, filter.sector) } as FilterQuery<SupplyChainLink>);
  return em.findAndCount(SupplyChainLink, { $and: conditions }, { limit, offset, orderBy: { tier: 'asc', id: 'asc' } });
}
