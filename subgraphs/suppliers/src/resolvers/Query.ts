import { paginate } from '../../../../runtime/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { facilityIdArgument } from '../queries/facility-ids';
import { findFacilities } from '../queries/facilities';
import { findVisibleImport } from '../queries/list-imports';
import { findOrganizations } from '../queries/organizations';

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
    paginate({ first, after }, (page) => findOrganizations(em, filter, page)),

  facility: (_parent, { id }, { loaders, clock }) => loaders.facility.load(facilityIdArgument(id, 'id', clock.now())),

  facilities: (_parent, { first, after, filter }, { em, principal }) =>
    paginate({ first, after }, (page) => findFacilities(em, principal, filter, page)),

  facilityListImport: (_parent, { id }, { em, principal }) => findVisibleImport(em, principal, id),
};
