import type { ReportAccessGrantResolvers } from '../__generated__/resolvers-types';

export const ReportAccessGrant: ReportAccessGrantResolvers = {
  // Through the caller's visibility: a buyer whose grant was revoked no longer reads the report.
  inspection: (grant, _args, { loaders }) => loaders.inspection.load(grant.inspection.id),
  buyer: (grant) => ({ id: grant.buyerId }),
  grantedBy: (grant) => ({ id: grant.grantedById }),
  active: (grant) => grant.revokedAt === null,
  request: (grant, _args, { loaders }) => (grant.requestId ? loaders.reportAccessRequest.load(grant.requestId) : null),
};
