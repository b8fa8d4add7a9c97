import type { FilterQuery } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import { Facility } from '../entities/facility.entity';
import { Organization } from '../entities/organization.entity';
import type { QueryResolvers, FacilityFilter, OrganizationFilter } from '../__generated__/resolvers-types';
import { searchText } from '../visibility';

const likePattern = (term: string) => `%${searchText(term).replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function facilityConditions(filter: FacilityFilter | null | undefined): FilterQuery<Facility> {
  const conditions: FilterQuery<Facility>[] = [];
  if (filter?.country?.length) conditions.push({ countryCode: { $in: filter.country.map((code) => code.toUpperCase()) } });
  if (filter?.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter?.search?.trim()) conditions.push({ searchText: { $like: likePattern(filter.search) } });
  return conditions.length ? { $and: conditions } : {};
}

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

  facility: (_parent, { id }, { loaders }) => loaders.facility.load(id.trim().toUpperCase()),

  facilities: (_parent, { first, after, filter }, { em }) => {
    const conditions = facilityConditions(filter);
    // A buyer filter is public information only where the brand disclosed the link.
    const where = filter?.buyer ? { $and: [conditions, { links: { buyer: filter.buyer, publiclyDisclosed: true } }] } : conditions;
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Facility, where as FilterQuery<Facility>, { limit, offset, orderBy: { name: 'asc', id: 'asc' } }),
    );
  },
};
