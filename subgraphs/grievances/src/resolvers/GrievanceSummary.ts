import { COMPLIANCE_AREAS, cell, nestedCells } from '../domain';
import type { Context } from '../context';
import type { StatsRow } from '../queries/aggregates';
import type {
  ComplianceArea,
  FilerKind,
  GrievanceStatsRow,
  GrievanceStatus,
  GrievanceSummaryResolvers,
} from '../__generated__/resolvers-types';

/** A facility's summary: counts come from per-request loaders, one statement for every facility in the response. */
export interface GrievanceSummarySource {
  facilityId: string;
  /** Whether cells under 5 are withheld for this caller. */
  suppress: boolean;
}

/** open ⊇ overdue are nested; resolved stands alone (no total is shown to subtract it from). */
async function cellsOf({ facilityId, suppress }: GrievanceSummarySource, loaders: Context['loaders']) {
  const counts = await loaders.facilityCounts.load(facilityId);
  const [open, overdue] = nestedCells([counts.open, counts.overdue], suppress);
  return { open, overdue, resolved: cell(counts.resolved, suppress) };
}

export const GrievanceSummary: GrievanceSummaryResolvers = {
  open: async (source, _args, { loaders }) => (await cellsOf(source, loaders)).open.value,
  overdue: async (source, _args, { loaders }) => (await cellsOf(source, loaders)).overdue.value,
  resolved: async (source, _args, { loaders }) => (await cellsOf(source, loaders)).resolved.value,
  suppressed: async (source, _args, { loaders }) =>
    Object.values(await cellsOf(source, loaders)).some((counted) => counted.suppressed),
  // Every area is listed, so that an area's presence does not reveal a withheld count.
  byArea: async ({ facilityId, suppress }, _args, { loaders }) => {
    const open = await loaders.facilityOpenByArea.load(facilityId);
    return COMPLIANCE_AREAS.map((area) => {
      const counted = cell(open.get(area) ?? 0, suppress);
      return { area, open: counted.value, suppressed: counted.suppressed };
    });
  },
};

export function statsRow(row: StatsRow, suppress: boolean): GrievanceStatsRow {
  const [cases, open, overdue] = nestedCells([row.cases, row.open, row.overdue], suppress);
  return {
    country: row.country ? { code: row.country } : null,
    area: row.area as ComplianceArea | null,
    status: row.status as GrievanceStatus | null,
    filedBy: row.filed_by as FilerKind | null,
    month: row.month,
    cases: cases.value,
    open: open.value,
    overdue: overdue.value,
    suppressed: cases.suppressed || open.suppressed || overdue.suppressed,
  };
}
