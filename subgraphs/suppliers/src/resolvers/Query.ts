import { paginate } from '../../../../runtime/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { facilityIdArgument } from '../queries/facility-ids';
import { auditLinksRevealed, findFacilities } from '../queries/facilities';
import { findVisibleImport } from '../queries/list-imports';
import { findOrganizations } from '../queries/organizations';
import { checkSearchLength } from '../queries/search';

export const Query: QueryResolvers = {
  viewer: (_parent, _args, { principal }) => ({
    role: principal.role,
    subject: principal.subject,
    organizationId: principal.organizationId,
    country: principal.country,
  }),

  auditTrail: () => ({ id: 'audit-trail' }),

  organization: (_parent, { id }, { loaders }) => loaders.organization.load(id),

  organizations: (_parent, { first, after, filter }, { em }) => {
    checkSearchLength(filter?.search);
    return paginate({ first, after }, (page) => findOrganizations(em, filter, page));
  },

  facility: (_parent, { id }, { loaders, clock }) => loaders.facility.load(facilityIdArgument(id, 'id', clock.now())),

  facilities: async (_parent, { first, after, filter }, context) => {
    checkSearchLength(filter?.search);
    const page = await paginate({ first, after }, (request) =>
      findFacilities(context.em, context.principal, filter, request),
    );
    if (filter?.buyer)
      await auditLinksRevealed(
        context,
        filter.buyer,
        page.edges.map((edge) => edge.node),
      );
    return page;
  },

  facilityListImport: (_parent, { id }, { em, principal }) => findVisibleImport(em, principal, id),
};
