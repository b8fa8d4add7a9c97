import type { EntityManager, FilterQuery, Ref } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { sharingClauseOf, type CrossBorderRead, type CrossBorderReads } from '../../../runtime/audit';
import { regulatorCountries, type Principal } from '../../../runtime/principal';
import type { Context } from './context';
import type { CorrectiveAction } from './entities/corrective-action.entity';
import type { EnforcementAction } from './entities/enforcement-action.entity';
import type { Finding } from './entities/finding.entity';
import { InspectionParty, type PartyRole } from './entities/inspection-party.entity';
import type { Inspection } from './entities/inspection.entity';
import { ReportAccessGrant } from './entities/report-access-grant.entity';

/**
 * Which inspections a caller may see, as a query condition (never a filter after loading).
 * Findings, corrective actions, compliance scores and statistics are all read through it, so a
 * caller is scored and counted on exactly what it may see.
 *
 * - Everyone: published inspections with PUBLIC disclosure.
 * - BRAND: also published inspections SHARED_WITH_BUYERS that name it as a buyer, and any
 *   completed report the facility's owner granted it (an active ReportAccessGrant), whatever its
 *   disclosure: the owner decides who reads its reports, the conductor's list stands beside it.
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
  // `id in (select inspection_id from report_access_grant where buyer_id = ? and revoked_at is null)`.
  const grantedTo = () =>
    (em as SqlEntityManager)
      .createQueryBuilder(ReportAccessGrant, 'visible_grant')
      .select('visible_grant.inspection')
      .where({ buyerId: organization, revokedAt: null })
      .getKnexQuery() as unknown as string[];
  const admitted: FilterQuery<Inspection>[] = [published];
  switch (principal.role) {
    case 'BRAND':
      if (organization)
        admitted.push(
          { disclosure: 'SHARED_WITH_BUYERS', publishedAt: { $ne: null }, id: { $in: partyOf('BUYER') } },
          { status: { $in: [...COMPLETED_INSPECTION_STATUSES] }, id: { $in: grantedTo() } },
        );
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

/**
 * Whether a regulator sees this inspection abroad only through a sharing clause: it is about a
 * facility outside the regulator's jurisdiction, not published for everyone, and the regulator
 * neither conducted nor joined it. Every read of such an inspection, its findings and its plan is
 * audited with the clause (`crossBorderReads`).
 */
export function seenOnlyUnderSharing(
  principal: Principal,
  inspection: Inspection,
  jointInspectorIds: readonly string[],
): boolean {
  if (principal.role !== 'REGULATOR' || !principal.country || inspection.facilityCountry === principal.country)
    return false;
  if (inspection.disclosure === 'PUBLIC' && inspection.publishedAt !== null) return false;
  const organization = principal.organizationId;
  return !(organization && (inspection.conductedById === organization || jointInspectorIds.includes(organization)));
}

const INSPECTION_FINDINGS = 'INSPECTION_FINDINGS';

/** The read of one object of `inspection` when the caller sees it only under a sharing clause. */
async function readUnderSharing(
  inspection: Inspection | null,
  context: Context,
  target: string,
  detail: string | null,
): Promise<CrossBorderRead | null> {
  // Home data and countries sharing nothing need no party lookup.
  if (!inspection || !sharingClauseOf(context.principal, INSPECTION_FINDINGS, inspection.facilityCountry)) return null;
  const joint = (await context.loaders.partiesOfInspection.load(inspection.id))
    .filter((party) => party.role === 'JOINT_INSPECTOR')
    .map((party) => party.organizationId);
  return seenOnlyUnderSharing(context.principal, inspection, joint)
    ? { target, country: inspection.facilityCountry, detail }
    : null;
}

const inspectionOf = (ref: Ref<Inspection>, context: Context) =>
  ref.isInitialized() ? ref.getEntity() : context.loaders.inspection.load(ref.id);

/** A foreign regulator's reads of inspections, findings and corrective actions under INSPECTION_FINDINGS. */
export const crossBorderReads: CrossBorderReads<Context> = {
  auditedRead: (context) => context.loaders.auditedRead,
  types: {
    Inspection: {
      category: INSPECTION_FINDINGS,
      read: (inspection: Inspection, context) =>
        readUnderSharing(inspection, context, `Inspection:${inspection.id}`, null),
    },
    Finding: {
      category: INSPECTION_FINDINGS,
      read: async (finding: Finding, context) =>
        readUnderSharing(
          await inspectionOf(finding.inspection, context),
          context,
          `Finding:${finding.id}`,
          `Inspection:${finding.inspection.id}`,
        ),
    },
    CorrectiveAction: {
      category: INSPECTION_FINDINGS,
      read: async (action: CorrectiveAction, context) =>
        readUnderSharing(
          await inspectionOf(action.inspection, context),
          context,
          `CorrectiveAction:${action.id}`,
          `Inspection:${action.inspection.id}`,
        ),
    },
    // Published actions are everyone's; an unpublished one abroad is read under ENFORCEMENT_ACTIONS.
    EnforcementAction: {
      category: 'ENFORCEMENT_ACTIONS',
      read: (action: EnforcementAction) =>
        action.published
          ? null
          : { target: `EnforcementAction:${action.id}`, country: action.facilityCountry, detail: null },
    },
  },
};
