import { notFound } from '../../../../runtime/errors';
import { regulatorCountries } from '../../../../runtime/principal';
import { grievanceStatistics } from '../queries/aggregates';
import { statsConditions } from '../queries/filters';
import { listGrievances } from '../queries/grievances';
import { findByCodeAndSecret, NO_MATCH_MESSAGE } from '../queries/tracking';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { statsRow } from './GrievanceSummary';

export const Query: QueryResolvers = {
  grievances: (_parent, args, { em, principal, clock }) => listGrievances(em, principal, args, clock.now()),

  grievance: (_parent, { id }, { loaders }) => loaders.grievance.load(id),

  grievanceStatus: async (_parent, { trackingCode, secret }, context) => {
    const grievance = await findByCodeAndSecret(context, trackingCode, secret);
    if (!grievance) throw notFound(NO_MATCH_MESSAGE);
    return { grievance };
  },

  grievanceStats: async (_parent, { groupBy, filter }, { em, principal, clock }) => {
    const rows = await grievanceStatistics(
      em,
      groupBy,
      statsConditions(filter),
      filter?.area ?? undefined,
      clock.now(),
    );
    // A regulator sees every count for the countries whose cases it may see; everyone else gets cells under 5 withheld.
    const fullView = new Set(regulatorCountries(principal, 'GRIEVANCE_CASES'));
    const onlyFullView =
      !!filter?.country?.length && filter.country.every((code) => fullView.has(code.trim().toUpperCase()));
    return rows.map((row) => statsRow(row, !(onlyFullView || (row.country && fullView.has(row.country)))));
  },
};
