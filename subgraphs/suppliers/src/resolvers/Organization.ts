import type { FilterQuery } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { Facility } from '../entities/facility.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import type { OrganizationResolvers } from '../__generated__/resolvers-types';
import { sectorCondition } from '../registry';
import { visibleLinks } from '../visibility';

export const Organization: OrganizationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.organization.load(id),
  country: (organization) => ({ code: organization.countryCode }),
  facilities: (organization, { first, after }, { em }) =>
    paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Facility, { owner: organization.id }, { limit, offset, orderBy: { name: 'asc', id: 'asc' } }),
    ),
  supplyChain: (organization, { first, after, filter }, { em, principal }) => {
    const conditions: FilterQuery<SupplyChainLink>[] = [{ buyer: organization.id }, visibleLinks(principal)];
    if (filter?.tier != null) conditions.push({ tier: filter.tier });
    if (filter?.country?.length) conditions.push({ facility: { countryCode: { $in: filter.country.map((code) => code.toUpperCase()) } } });
    if (filter?.sector?.length) conditions.push({ facility: sectorCondition(em, filter.sector) } as FilterQuery<SupplyChainLink>);
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(SupplyChainLink, { $and: conditions }, { limit, offset, orderBy: { tier: 'asc', id: 'asc' } }),
    );
  },
  facilityListImports: (organization, { first, after }, { em }) =>
    paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(FacilityListImport, { organization: organization.id }, { limit, offset, orderBy: { startedAt: 'desc', id: 'desc' } }),
    ),
};
