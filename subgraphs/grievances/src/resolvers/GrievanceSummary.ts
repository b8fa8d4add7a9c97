import { regulatorCountries } from '../../../../runtime/principal';
import { rejectInvalid } from '../../../../runtime/mutation';
import {
  COMPLIANCE_AREAS,
  countriesOf,
  facilityCount,
  planStatistics,
  publishedCount,
  viewOf,
  type StatsKey,
  type View,
} from '../domain';
import type { Context } from '../context';
import { NO_CASES, shownStatistics, statsKey, type ShownSums } from '../queries/aggregates';
import { statsConditions } from '../queries/filters';
import type {
  ComplianceArea,
  FilerKind,
  GrievanceStatsRow,
  GrievanceStatus,
  GrievanceSummaryResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';

/**
 * A facility's summary, under small-cell suppression (domain/suppression.ts): each count is the sum
 * of the cells of 5 cases or more it covers, unless the caller is a regulator that may see the cases
 * themselves. Counts come from per-request loaders, one statement for every facility in the response.
 */
export interface GrievanceSummarySource {
  facilityId: string;
  /** Whether the caller is shown only cells of 5 cases or more. */
  suppress: boolean;
}

async function countsOf({ facilityId, suppress }: GrievanceSummarySource, loaders: Context['loaders']) {
  const counts = await loaders.facilityCounts.load(facilityId);
  return {
    open: facilityCount(counts.open, suppress),
    overdue: facilityCount(counts.overdue, suppress),
    resolved: facilityCount(counts.resolved, suppress),
  };
}

export const GrievanceSummary: GrievanceSummaryResolvers = {
  open: async (source, _args, { loaders }) => (await countsOf(source, loaders)).open,
  overdue: async (source, _args, { loaders }) => (await countsOf(source, loaders)).overdue,
  resolved: async (source, _args, { loaders }) => (await countsOf(source, loaders)).resolved,
  suppressed: ({ suppress }) => suppress,
  // Every area is listed, so that an area's presence does not reveal anything.
  byArea: async ({ facilityId, suppress }, _args, { loaders }) => {
    const open = await loaders.facilityOpenByArea.load(facilityId);
    return COMPLIANCE_AREAS.map((area) => ({
      area,
      open: facilityCount(open.get(area) ?? NO_CASES, suppress),
      suppressed: suppress,
    }));
  },
};

/** Query.grievanceStats: every row of the grouping, with the counts the caller is shown. */
export const grievanceStats: NonNullable<QueryResolvers['grievanceStats']> = async (
  _parent,
  { groupBy, filter },
  { em, principal, clock },
) => {
  const now = clock.now();
  const { plan, issues } = planStatistics(groupBy, filter, now);
  rejectInvalid('The statistics were not computed', issues);
  // A regulator sees every cell of the countries whose cases it may see.
  const fullView = new Set(regulatorCountries(principal, 'GRIEVANCE_CASES'));
  const sums = await shownStatistics(em, plan, statsConditions(filter), [...fullView], now);
  return plan.rows.map((row) => statsRow(row, sums.get(statsKey(plan, row)), viewOf(countriesOf(row, plan), fullView)));
};

function statsRow(row: StatsKey, sums: ShownSums | undefined, view: View): GrievanceStatsRow {
  return {
    country: row.COUNTRY ? { code: row.COUNTRY } : null,
    area: (row.AREA as ComplianceArea | undefined) ?? null,
    status: (row.STATUS as GrievanceStatus | undefined) ?? null,
    filedBy: (row.FILED_BY as FilerKind | undefined) ?? null,
    month: row.MONTH ?? null,
    retaliation: row.RETALIATION ? row.RETALIATION === 'true' : null,
    cases: publishedCount(sums?.cases ?? null, view),
    open: publishedCount(sums?.open ?? null, view),
    overdue: publishedCount(sums?.overdue ?? null, view),
    suppressed: view !== 'FULL',
  };
}
