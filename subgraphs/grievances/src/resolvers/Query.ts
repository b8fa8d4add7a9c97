import { notFound } from '../../../../runtime/errors';
import { listGrievances } from '../queries/grievances';
import { findByCodeAndSecret, NO_MATCH_MESSAGE } from '../queries/tracking';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { grievanceStats } from './GrievanceSummary';

export const Query: QueryResolvers = {
  grievances: (_parent, args, { em, principal, clock }) => listGrievances(em, principal, args, clock.now()),

  grievance: (_parent, { id }, { loaders }) => loaders.grievance.load(id),

  grievanceStatus: async (_parent, { trackingCode, secret }, context) => {
    const grievance = await findByCodeAndSecret(context, trackingCode, secret);
    if (!grievance) throw notFound(NO_MATCH_MESSAGE);
    return { grievance };
  },

  grievanceStats,
};
