import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { childrenLoader, entityLoader } from '../../../../runtime/loader';
import { paginate } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import type { ReportAccessRequestFilter } from '../__generated__/resolvers-types';
import { InspectionParty } from '../entities/inspection-party.entity';
import { ReportAccessGrant } from '../entities/report-access-grant.entity';
import { ReportAccessRequest } from '../entities/report-access-request.entity';

/** A condition no row meets: the caller sees none. */
const NONE = { id: { $in: [] as string[] } };

/**
 * Who sees a grant, as a query condition: its buyer, the organisation owning the facility, and the
 * report's insiders — those who read `Inspection.sharedWith` (the conductor, joint inspectors, the
 * regulator of the facility's country). A grant says which brand sources from the facility, so it
 * is kept from everyone else, the report's other readers included.
 */
export function visibleGrants(principal: Principal, em: EntityManager): FilterQuery<ReportAccessGrant> {
  const organization = principal.organizationId;
  const jointlyInspected = () =>
    (em as SqlEntityManager)
      .createQueryBuilder(InspectionParty, 'grant_party')
      .select('grant_party.inspection')
      .where({ organizationId: organization, role: 'JOINT_INSPECTOR' })
      .getKnexQuery() as unknown as string[];
  const admitted: FilterQuery<ReportAccessGrant>[] = [];
  switch (principal.role) {
    case 'BRAND':
      if (organization) admitted.push({ buyerId: organization });
      break;
    case 'SUPPLIER':
      if (organization) admitted.push({ grantedById: organization }, { inspection: { facilityOwnerId: organization } });
      break;
    case 'REGULATOR':
      if (principal.country) admitted.push({ inspection: { facilityCountry: principal.country } });
    // falls through: a regulator that conducted or joined a report is its insider too
    case 'AUDITOR':
      if (organization)
        admitted.push({ inspection: { conductedById: organization } }, { inspection: { $in: jointlyInspected() } });
      break;
    default:
      break;
  }
  if (!admitted.length) return NONE;
  return admitted.length === 1 ? admitted[0] : { $or: admitted };
}

/**
 * Who sees a request: the brand that made it and the owner it was addressed to. Its message and
 * the owner's note are between the two of them.
 */
export function visibleRequests(principal: Principal): FilterQuery<ReportAccessRequest> {
  const organization = principal.organizationId;
  if (!organization) return NONE;
  if (principal.role === 'BRAND') return { requestedById: organization };
  if (principal.role === 'SUPPLIER') return { facilityOwnerId: organization };
  return NONE;
}

/** The requests the caller sees, most recent first. */
export function reportAccessRequests(
  em: EntityManager,
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: ReportAccessRequestFilter | null },
) {
  const conditions: FilterQuery<ReportAccessRequest>[] = [visibleRequests(principal)];
  if (args.filter?.status?.length) conditions.push({ status: { $in: args.filter.status } });
  if (args.filter?.facility) conditions.push({ facilityId: args.filter.facility.trim().toUpperCase() });
  return paginate(args, ({ limit, offset }) =>
    em.findAndCount(
      ReportAccessRequest,
      { $and: conditions },
      { limit, offset, orderBy: { requestedAt: 'desc', id: 'desc' } },
    ),
  );
}

/** Grants in the order of their reports: most recent first, as a facility's inspections. */
const GRANT_ORDER = { inspection: { endedOn: 'desc', id: 'desc' } } as const;

/** The per-request loaders of grants and requests (`loaders.ts` spreads them in). */
export function reportAccessLoaders(em: EntityManager, principal: Principal) {
  return {
    reportAccessGrant: entityLoader(em, ReportAccessGrant, { condition: () => visibleGrants(principal, em) }),
    reportAccessRequest: entityLoader(em, ReportAccessRequest, { condition: () => visibleRequests(principal) }),
    /** Reached through a report whose `accessGrants` the field rule already admitted. */
    activeGrantsOfInspection: childrenLoader(
      (ids) => em.find(ReportAccessGrant, { inspection: { $in: ids }, revokedAt: null }, { orderBy: GRANT_ORDER }),
      (grant) => grant.inspection.id,
    ),
    /** Reached through a request the caller sees: its grants are the ones made for the request's brand. */
    grantsOfRequest: childrenLoader(
      (ids) => em.find(ReportAccessGrant, { requestId: { $in: ids } }, { orderBy: GRANT_ORDER }),
      (grant) => grant.requestId!,
    ),
  };
}
