import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { regulatorCountries, type Principal } from '../../../runtime/principal';
import { InspectionParty, type PartyRole } from './entities/inspection-party.entity';
import type { Inspection } from './entities/inspection.entity';

/**
 * Which inspections a caller may see, as a query condition (never a filter after loading).
 * Findings, corrective actions, compliance scores and statistics are all read through it, so a
 * caller is scored and counted on exactly what it may see.
 *
 * - Everyone: published inspections with PUBLIC disclosure.
 * - BRAND: also published inspections SHARED_WITH_BUYERS that name it as a buyer.
 * - SUPPLIER: every inspection of the facilities it owned when inspected — except an unannounced
 *   visit not yet submitted, which must not be tipped off.
 * - AUDITOR: the inspections its firm conducted or joined.
 * - REGULATOR: everything about facilities in its jurisdiction, and what it conducted or joined;
 *   abroad, the inspections of countries whose IN_FORCE agreements share INSPECTION_FINDINGS with
 *   its country (the gateway puts those countries in the signed principal). Writing and evidence
 *   stay with the home jurisdiction (`standingOn`).
 * - ADMIN, UNION, CIVIL_SOCIETY: the public view.
 */
export function visibleInspections(principal: Principal, em: EntityManager): FilterQuery<Inspection> {
  const published: FilterQuery<Inspection> = { disclosure: 'PUBLIC', publishedAt: { $ne: null } };
  const organization = principal.organizationId;
  // A SQL subquery in place of an id list: `id in (select inspection_id from inspection_party …)`.
  const partyOf = (role: PartyRole) =>
    (em as SqlEntityManager)
      .createQueryBuilder(InspectionParty, 'visible_party')
      .select('visible_party.inspection')
      .where({ organizationId: organization, role })
      .getKnexQuery() as unknown as string[];
  const admitted: FilterQuery<Inspection>[] = [published];
  switch (principal.role) {
    case 'BRAND':
      if (organization)
        admitted.push({ disclosure: 'SHARED_WITH_BUYERS', publishedAt: { $ne: null }, id: { $in: partyOf('BUYER') } });
      break;
    case 'SUPPLIER':
      if (organization)
        admitted.push({
          facilityOwnerId: organization,
          $or: [{ announced: true }, { status: { $nin: ['SCHEDULED', 'IN_PROGRESS'] } }],
        });
      break;
    case 'AUDITOR':
      if (organization) admitted.push({ conductedById: organization }, { id: { $in: partyOf('JOINT_INSPECTOR') } });
      break;
    case 'REGULATOR':
      if (principal.country)
        admitted.push({ facilityCountry: { $in: regulatorCountries(principal, 'INSPECTION_FINDINGS') } });
      if (organization) admitted.push({ conductedById: organization }, { id: { $in: partyOf('JOINT_INSPECTOR') } });
      break;
    default:
      break;
  }
  return admitted.length === 1 ? admitted[0] : { $or: admitted };
}

/** Inspections whose findings and plans are final enough to count towards compliance and statistics. */
export const COMPLETED_INSPECTION_STATUSES = ['SUBMITTED', 'PUBLISHED', 'DISPUTED'] as const;

export interface InspectionStanding {
  conductor: boolean;
  jointInspector: boolean;
  facilityOwner: boolean;
  jurisdiction: boolean;
}

/** What the caller is to one inspection it can see; decides who may write what. */
export function standingOn(
  principal: Principal,
  inspection: Inspection,
  jointInspectorIds: readonly string[],
): InspectionStanding {
  const organization = principal.organizationId;
  const conducting = principal.role === 'AUDITOR' || principal.role === 'REGULATOR';
  return {
    conductor: conducting && organization !== null && inspection.conductedById === organization,
    jointInspector: conducting && organization !== null && jointInspectorIds.includes(organization),
    facilityOwner:
      principal.role === 'SUPPLIER' && organization !== null && inspection.facilityOwnerId === organization,
    jurisdiction:
      principal.role === 'REGULATOR' && principal.country !== null && inspection.facilityCountry === principal.country,
  };
}
