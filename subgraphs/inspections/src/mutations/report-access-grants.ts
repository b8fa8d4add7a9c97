import { randomUUID } from 'node:crypto';
import { forbidden } from '../../../../runtime/errors';
import type { EventDraft } from '../../../../runtime/events';
import { Refusal, runMutation, type AuditedTarget } from '../../../../runtime/mutation';
import type { GrantReportAccessInput, RevokeReportAccessInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseGrantInput } from '../domain';
import { InspectionParty } from '../entities/inspection-party.entity';
import type { Inspection } from '../entities/inspection.entity';
import { ReportAccessGrant } from '../entities/report-access-grant.entity';
import { COMPLETED_INSPECTION_STATUSES, standingOn } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, visibleInspection, type Tx } from './targets';

/** One grant made or revoked: what is audited and told. */
export type GrantChange = {
  grantId: string;
  inspectionId: string;
  facilityId: string;
  country: string;
  buyerId: string;
  change: 'GRANTED' | 'REVOKED';
  decidedBy: string;
};

const changeOf = (
  grantId: string,
  inspection: Inspection,
  buyerId: string,
  change: GrantChange['change'],
  decidedBy: string,
): GrantChange => ({
  grantId,
  inspectionId: inspection.id,
  facilityId: inspection.facilityId,
  country: inspection.facilityCountry,
  buyerId,
  change,
  decidedBy,
});

export const grantAudited = (change: GrantChange): AuditedTarget => ({
  target: `ReportAccessGrant:${change.grantId}`,
  country: change.country,
});

/** REPORT_ACCESS_CHANGED, about the report: the grant's readers (not the report's) receive it. */
export const grantEvent = (change: GrantChange): EventDraft => ({
  type: 'REPORT_ACCESS_CHANGED',
  subject: `Inspection:${change.inspectionId}`,
  country: change.country,
  payload: change,
});

/** Whether the report is finished: there is nothing to read in a visit still planned or under way. */
export const isCompletedReport = (inspection: Inspection) =>
  (COMPLETED_INSPECTION_STATUSES as readonly string[]).includes(inspection.status);

/**
 * Lets `buyerId` read the report: a new grant, or the revoked one reopened (one row per report and
 * buyer). Null when the buyer already holds an active grant: nothing changes and nothing is told.
 */
export async function grantReport(
  tx: Tx,
  inspection: Inspection,
  buyerId: string,
  owner: string,
  now: Date,
  requestId: string | null,
): Promise<GrantChange | null> {
  let grant = await tx.findOne(ReportAccessGrant, { inspection, buyerId });
  if (grant && grant.revokedAt === null) return null;
  if (grant) Object.assign(grant, { grantedById: owner, grantedAt: now, requestId, revokedAt: null });
  else
    grant = tx.create(ReportAccessGrant, {
      id: `rag_${randomUUID()}`,
      inspection,
      buyerId,
      grantedById: owner,
      grantedAt: now,
      requestId,
      revokedAt: null,
      version: 1,
    });
  return changeOf(grant.id, inspection, buyerId, 'GRANTED', owner);
}

/** The report, when the caller's organisation owns the facility (a supplier that cannot see it: NOT_FOUND). */
async function ownedReport(context: Context, tx: Tx, inspectionId: string, may: string) {
  const inspection = await visibleInspection(context, tx, inspectionId, ['input', 'inspectionId']);
  if (!standingOn(context.principal, inspection, []).facilityOwner)
    throw forbidden(`Only the organisation owning the inspected facility may ${may}`);
  return inspection;
}

/** The facility's owner lets a brand read one report, whatever its disclosure (never its evidence). */
export async function grantReportAccess(context: Context, input: GrantReportAccessInput, idempotencyKey: string) {
  const owner = actingOrganization(context, ['SUPPLIER'], 'grantReportAccess');
  const { inspectionId, buyerId } = acceptedInput('Access was not granted', parseGrantInput(input, owner));
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'grantReportAccess',
    idempotency: { key: idempotencyKey, input: { inspectionId, buyerId } },
    write: async (tx) => {
      const inspection = await ownedReport(context, tx, inspectionId, 'grant access to its report');
      if (!isCompletedReport(inspection))
        throw new Refusal('CONFLICT', `An inspection ${inspection.status} has no report to share yet`, [
          'input',
          'inspectionId',
        ]);
      const granted = await grantReport(tx, inspection, buyerId, owner, now, null);
      if (!granted)
        throw new Refusal('CONFLICT', `${buyerId} already reads this report by your grant`, ['input', 'buyerId']);
      return granted;
    },
    audited: grantAudited,
    events: (granted) => [grantEvent(granted)],
  });
}

/** The facility's owner ends a grant it made. The conductor's list of buyers is the conductor's to change. */
export async function revokeReportAccess(context: Context, input: RevokeReportAccessInput) {
  const owner = actingOrganization(context, ['SUPPLIER'], 'revokeReportAccess');
  const { inspectionId, buyerId } = acceptedInput('Access was not revoked', parseGrantInput(input, owner));
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'revokeReportAccess',
    write: async (tx): Promise<GrantChange> => {
      const inspection = await ownedReport(context, tx, inspectionId, 'revoke access to its report');
      const grant = await tx.findOne(ReportAccessGrant, { inspection, buyerId, revokedAt: null });
      if (!grant) {
        const shared = await tx.count(InspectionParty, { inspection, organizationId: buyerId, role: 'BUYER' });
        throw new Refusal(
          'NOT_FOUND',
          shared
            ? `${buyerId} reads this report because the conducting organisation shared it; only that organisation changes its disclosure`
            : `No active grant of yours lets ${buyerId} read this report`,
          ['input', 'buyerId'],
        );
      }
      grant.revokedAt = now;
      return changeOf(grant.id, inspection, buyerId, 'REVOKED', owner);
    },
    audited: grantAudited,
    events: (revoked) => [grantEvent(revoked)],
  });
}
