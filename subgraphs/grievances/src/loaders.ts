import { auditedReadLoader } from '../../../runtime/audit';
import type { ServiceContext } from '../../../runtime/context';
import { createLoader, entityLoader } from '../../../runtime/loader';
import { pagedLoader } from '../../../runtime/paged-children';
import type { ComplianceArea } from './domain';
import { GrievanceEvent } from './entities/grievance-event.entity';
import { Grievance } from './entities/grievance.entity';
import { Remediation } from './entities/remediation.entity';
import {
  countsByFacility,
  NO_FACILITY_CASES,
  openByFacilityAndArea,
  type FacilityCounts,
  type Tally,
} from './queries/aggregates';
import { dialogueLoader } from './queries/dialogue';
import { grievanceConditions } from './queries/filters';
import { visibleGrievances, visibleGrievancesOfFacility } from './visibility';
import type { FacilityGrievanceFilter } from './__generated__/resolvers-types';

const group = <Row>(rows: Row[], keyOf: (row: Row) => string) => {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
};

/** Per-request DataLoaders: one statement per kind of lookup per tick, whatever the list length. */
export function createLoaders(context: Pick<ServiceContext, 'em' | 'principal' | 'clock'>) {
  const { em, principal, clock } = context;

  /**
   * Facility.grievances: one paged loader per visibility (facilities the caller owns, others) and
   * filter, so every facility asking for the same page shape shares its two statements.
   */
  const facilityPages = new Map<string, ReturnType<typeof pagedLoader<Grievance>>>();
  const grievancesOfFacility = (
    facilityId: string,
    owned: boolean,
    filter: FacilityGrievanceFilter | null | undefined,
    page: { first?: number | null; after?: string | null },
  ) => {
    const shape = `${owned ? 'owned' : 'other'}|${JSON.stringify(filter ?? {})}`;
    let load = facilityPages.get(shape);
    if (!load) {
      load = pagedLoader<Grievance>(em, () => ({
        entity: Grievance,
        parentProperty: 'facilityId',
        parentColumn: 'facility_id',
        orderBy: 'child.filed_at desc, child.id asc',
        where: { $and: [visibleGrievancesOfFacility(principal, owned), ...grievanceConditions(filter, clock.now())] },
      }));
      facilityPages.set(shape, load);
    }
    return load(facilityId, page);
  };

  return {
    grievancesOfFacility,

    /** Grievances by id, only those the caller may see (also the `_entities` path). */
    grievance: entityLoader(em, Grievance, { condition: () => visibleGrievances(principal) }),

    /** The confidential columns, loaded only when a permitted reader asks for them. */
    confidential: createLoader<string, { complainantIdentity: string | null; contact: string | null }>(async (ids) => {
      const rows = await em.find(
        Grievance,
        { id: { $in: [...ids] } },
        { populate: ['complainantIdentity', 'contact'] },
      );
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => ({
        complainantIdentity: found.get(id)?.complainantIdentity ?? null,
        contact: found.get(id)?.contact ?? null,
      }));
    }),

    /**
     * Timelines; key `<id>|internal` includes internal events, `<id>|public` only public ones.
     * The split is a query condition, decided per grievance by the caller's rights over it.
     */
    timeline: createLoader<string, GrievanceEvent[]>(async (keys) => {
      const internal = keys.filter((key) => key.endsWith('|internal')).map((key) => key.split('|')[0]);
      const publicOnly = keys.filter((key) => key.endsWith('|public')).map((key) => key.split('|')[0]);
      const events = await em.find(
        GrievanceEvent,
        { $or: [{ grievance: { $in: internal } }, { grievance: { $in: publicOnly }, public: true }] },
        { orderBy: { grievance: 'asc', sequence: 'asc' } },
      );
      const byGrievance = group(events, (event) => event.grievance.id);
      return keys.map((key) => byGrievance.get(key.split('|')[0]) ?? []);
    }),

    /** Questions to a worker who filed without an account and the worker's answers, per case. */
    dialogue: dialogueLoader(em),

    /** The retaliation cases filed against each case, among those the caller may see, oldest first. */
    retaliationCases: createLoader<string, Grievance[]>(async (ids) => {
      const cases = await em.find(
        Grievance,
        { $and: [{ retaliationOf: { $in: [...ids] } }, visibleGrievances(principal)] },
        { orderBy: { filedAt: 'asc', id: 'asc' } },
      );
      const byCase = group(cases, (grievance) => grievance.retaliationOf!);
      return ids.map((id) => byCase.get(id) ?? []);
    }),

    remediation: createLoader<string, Remediation | null>(async (ids) => {
      const rows = await em.find(Remediation, { grievance: { $in: [...ids] } });
      const found = new Map(rows.map((row) => [row.grievance.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),

    facilityCounts: createLoader<string, FacilityCounts>(async (facilityIds) => {
      const counts = await countsByFacility(em, facilityIds, clock.now());
      return facilityIds.map((id) => counts.get(id) ?? NO_FACILITY_CASES);
    }),

    facilityOpenByArea: createLoader<string, Map<ComplianceArea, Tally>>(async (facilityIds) => {
      const counts = await openByFacilityAndArea(em, facilityIds, clock.now());
      return facilityIds.map((id) => counts.get(id) ?? new Map());
    }),

    /**
     * Audited reads of confidential fields, and of cases abroad under a sharing clause: every read
     * of a round is written in one flush, before the value is released.
     */
    auditedRead: auditedReadLoader(context),
  };
}

export type GrievancesLoaders = ReturnType<typeof createLoaders>;
