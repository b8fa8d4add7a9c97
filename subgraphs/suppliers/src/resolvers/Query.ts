import type { FilterQuery } from '@mikro-orm/core';
import { raw, type SqlEntityManager } from '@mikro-orm/knex';
import { paginate } from '../../../../runtime/pagination';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { Facility } from '../entities/facility.entity';
import { Organization } from '../entities/organization.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import type { OrganizationFilter, QueryResolvers } from '../__generated__/resolvers-types';
import { facilityIdArgument } from '../facility-ids';
import { importsVisibleTo } from '../permissions';
import { facilityConditions } from '../registry';
import { visibleLinks } from '../visibility';

function organizationConditions(filter: OrganizationFilter | null | undefined): FilterQuery<Organization> {
  const conditions: FilterQuery<Organization>[] = [];
  if (filter?.kind?.length) conditions.push({ kind: { $in: filter.kind } });
  if (filter?.country?.length) conditions.push({ countryCode: { $in: filter.country.map((code) => code.toUpperCase()) } });
  if (filter?.search?.trim()) conditions.push({ name: { $like: `%${filter.search.trim()}%` } });
  return conditions.length ? { $and: conditions } : {};
}

export const Query: QueryResolvers = {
  viewer: (_parent, _args, { principal }) => ({
    role: principal.role,
    subject: principal.subject,
    organizationId: principal.organizationId,
    country: principal.country,
  }),

  auditTrail: () => ({ id: 'audit-trail' }),

  organization: (_parent, { id }, { loaders }) => loaders.organization.load(id),

  organizations: (_parent, { first, after, filter }, { em }) =>
    paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Organization, organizationConditions(filter), { limit, offset, orderBy: { name: 'asc', id: 'asc' } }),
    ),

  facility: (_parent, { id }, { loaders, clock }) => loaders.facility.load(facilityIdArgument(id, 'id', clock.now())),

  facilities: (_parent, { first, after, filter }, { em, principal }) => {
    const conditions = facilityConditions(em, filter);
    if (filter?.buyer) {
      // Only the links the caller may see: a brand's undisclosed suppliers stay hidden from others.
      const linked = (em as SqlEntityManager)
        .createQueryBuilder(SupplyChainLink, 'l')
        .select('l.facility')
        .where({ $and: [{ buyer: filter.buyer }, visibleLinks(principal)] });
      conditions.push({ id: { $in: raw(linked) } });
    }
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Facility, conditions.length ? { $and: conditions } : {}, { limit, offset, orderBy: { name: 'asc', id: 'asc' } }),
    );
  },

  facilityListImport: async (_parent, { id }, { em, principal }) => {
    const scope = importsVisibleTo(principal);
    if (!scope) return null;
    return em.findOne(FacilityListImport, { id, ...(scope.organizationId ? { organization: scope.organizationId } : {}) });
  },
};
