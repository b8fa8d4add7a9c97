import { randomUUID } from 'node:crypto';
import { Refusal, notFoundRefusal, runMutation } from '../../../../runtime/mutation';
import { registryFacility } from '../../../../runtime/registry-facts';
import type { DecideReportAccessRequestInput, RequestReportAccessInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { closedRequestReason, parseDecisionNote, parseRequestMessage } from '../domain';
import { Inspection } from '../entities/inspection.entity';
import { ReportAccessRequest } from '../entities/report-access-request.entity';
import { COMPLETED_INSPECTION_STATUSES } from '../visibility';
import { acceptedInput } from './input';
import { grantAudited, grantEvent, grantReport, isCompletedReport, type GrantChange } from './report-access-grants';
import { actingOrganization, visibleInspection, type Tx } from './targets';

type Decided = { requestId: string; country: string; grants: GrantChange[] };

const requestAudited = ({ requestId, country }: { requestId: string; country: string }) => ({
  target: `ReportAccessRequest:${requestId}`,
  country,
});

/**
 * A brand asks the facility's owner, as the registry names it now, to read the facility's reports:
 * all of them, or one it may read already (so that it keeps reading it whatever the conductor
 * decides). A report the brand may not see is NOT_FOUND, exactly like one that does not exist: a
 * request never reveals that a report exists.
 */
export async function requestReportAccess(context: Context, input: RequestReportAccessInput, idempotencyKey: string) {
  const brand = actingOrganization(context, ['BRAND'], 'requestReportAccess');
  const summary = 'Access was not requested';
  const message = acceptedInput(summary, parseRequestMessage(input.message));
  const facility = registryFacility(context.principal, input.facilityId, summary, ['input', 'facilityId']);
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'requestReportAccess',
    idempotency: { key: idempotencyKey, input: { ...input, message } },
    write: async (tx) => {
      if (!facility.ownerId)
        throw new Refusal('BAD_USER_INPUT', `The registry names no owner of ${facility.facilityId} to ask`, [
          'input',
          'facilityId',
        ]);
      let inspection: Inspection | null = null;
      if (input.inspectionId) {
        const field = ['input', 'inspectionId'];
        inspection = await visibleInspection(context, tx, input.inspectionId, field);
        if (inspection.facilityId !== facility.facilityId)
          throw notFoundRefusal('inspection', input.inspectionId, field);
      }
      const pending = await tx.count(ReportAccessRequest, {
        requestedById: brand,
        facilityId: facility.facilityId,
        inspection: inspection ? inspection.id : null,
        status: 'PENDING',
      });
      if (pending)
        throw new Refusal('CONFLICT', 'You already asked for this and the owner has not answered yet', ['input']);
      const request = tx.create(ReportAccessRequest, {
        id: `rar_${randomUUID()}`,
        facilityId: facility.facilityId,
        facilityCountry: facility.country,
        facilityOwnerId: facility.ownerId,
        inspection,
        requestedById: brand,
        message,
        status: 'PENDING',
        requestedAt: now,
        version: 1,
      });
      return { requestId: request.id, country: facility.country };
    },
    audited: requestAudited,
  });
}

/** The pending request addressed to the caller's organisation (else NOT_FOUND, or CONFLICT once closed). */
async function pendingRequest(context: Context, tx: Tx, id: string, field: string[], party: 'owner' | 'brand') {
  const organization = context.principal.organizationId!;
  const request = await tx.findOne(ReportAccessRequest, {
    id,
    ...(party === 'owner' ? { facilityOwnerId: organization } : { requestedById: organization }),
  });
  if (!request) throw notFoundRefusal('report access request', id, field);
  const closed = closedRequestReason(request.status);
  if (closed) throw new Refusal('CONFLICT', closed, field);
  return request;
}

/**
 * The reports a GRANTED request opens: the one it names, or every completed report of the facility
 * at this moment (not later ones: the brand asks again, or the owner grants them). Only reports of
 * the decider's ownership: a report made when another organisation owned the facility is not its to give.
 */
async function reportsAskedFor(tx: Tx, request: ReportAccessRequest, owner: string): Promise<Inspection[]> {
  if (request.inspection) {
    const inspection = await tx.findOne(Inspection, { id: request.inspection.id, facilityOwnerId: owner });
    if (!inspection || !isCompletedReport(inspection))
      throw new Refusal('CONFLICT', 'The report asked for is not yours to share', ['input', 'requestId']);
    return [inspection];
  }
  return tx.find(
    Inspection,
    { facilityId: request.facilityId, facilityOwnerId: owner, status: { $in: [...COMPLETED_INSPECTION_STATUSES] } },
    { orderBy: { endedOn: 'asc', id: 'asc' } },
  );
}

/** The owner answers a pending request; GRANTED lets the brand read what it asked for. */
export async function decideReportAccessRequest(context: Context, input: DecideReportAccessRequestInput) {
  const owner = actingOrganization(context, ['SUPPLIER'], 'decideReportAccessRequest');
  const note = acceptedInput('The request was not decided', parseDecisionNote(input.note));
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'decideReportAccessRequest',
    write: async (tx): Promise<Decided> => {
      const request = await pendingRequest(context, tx, input.requestId, ['input', 'requestId'], 'owner');
      const grants: GrantChange[] = [];
      if (input.decision === 'GRANTED')
        for (const inspection of await reportsAskedFor(tx, request, owner)) {
          const granted = await grantReport(tx, inspection, request.requestedById, owner, now, request.id);
          if (granted) grants.push(granted);
        }
      Object.assign(request, { status: input.decision, decidedAt: now, decidedById: owner, decisionNote: note });
      return { requestId: request.id, country: request.facilityCountry, grants };
    },
    audited: (decided) => [requestAudited(decided), ...decided.grants.map(grantAudited)],
    events: (decided) => decided.grants.map(grantEvent),
  });
}

/** The brand takes back a request the owner has not answered. */
export async function withdrawReportAccessRequest(context: Context, id: string) {
  actingOrganization(context, ['BRAND'], 'withdrawReportAccessRequest');
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'withdrawReportAccessRequest',
    write: async (tx) => {
      const request = await pendingRequest(context, tx, id, ['id'], 'brand');
      Object.assign(request, { status: 'WITHDRAWN', decidedAt: now });
      return { requestId: request.id, country: request.facilityCountry };
    },
    audited: requestAudited,
  });
}
