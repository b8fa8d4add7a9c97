import type { ReportAccessRequestResolvers } from '../__generated__/resolvers-types';

export const ReportAccessRequest: ReportAccessRequestResolvers = {
  facility: (request) => ({ id: request.facilityId }),
  inspection: (request, _args, { loaders }) =>
    request.inspection ? loaders.inspection.load(request.inspection.id) : null,
  requestedBy: (request) => ({ id: request.requestedById }),
  decidedBy: (request) => (request.decidedById ? { id: request.decidedById } : null),
  note: (request) => request.decisionNote,
  grants: (request, _args, { loaders }) => loaders.grantsOfRequest.load(request.id),
};
