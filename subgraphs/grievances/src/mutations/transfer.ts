import type { EntityManager } from '@mikro-orm/core';
import { Refusal } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import type { Grievance } from '../entities/grievance.entity';
import type {
  MutationAcceptGrievanceTransferArgs,
  MutationDeclineGrievanceTransferArgs,
  MutationWithdrawGrievanceTransferArgs,
} from '../__generated__/resolvers-types';
import { isJurisdictionRegulator } from '../visibility';
import {
  actOnCase,
  caseInJurisdiction,
  caseNotFound,
  changePayload,
  checkedNote,
  visibleCase,
  type CaseChange,
} from './act-on-case';
import { actorOf, addEvent, type EventDetails } from './case-file';
import { applyLink, clearTransfer, describeFacility, joinNote, transferAudit } from './jurisdiction-change';

/**
 * Answers to a transfer request (linkGrievanceToFacility to a facility in another country): the
 * receiving country's regulator accepts or declines it; the requesting side withdraws it. Each
 * answer is a timeline event and an audit entry in both countries.
 */

/** A regulator answers for its own country; with no transfer pending there is nothing to answer (CONFLICT). */
const mayAnswer = (principal: Principal, grievance: Grievance) =>
  principal.role === 'REGULATOR' && (!grievance.transferCountry || principal.country === grievance.transferCountry);

const ANSWER_FORBIDDEN = 'Only the regulator of the country the case would move to may accept or decline its transfer';

function requirePending(grievance: Grievance): { facilityId: string; country: string; ownerId: string | null } {
  if (!grievance.transferCountry || !grievance.transferFacilityId)
    throw new Refusal('CONFLICT', 'No transfer of this case is pending', ['id']);
  return {
    facilityId: grievance.transferFacilityId,
    country: grievance.transferCountry,
    ownerId: grievance.transferOwnerId,
  };
}

/**
 * Ends the request (accepted, declined or withdrawn): one event, and an audit entry in the case's
 * country and in `otherCountry`, the other one the request concerned.
 */
function closeRequest(
  context: Context,
  tx: EntityManager,
  grievance: Grievance,
  event: Pick<EventDetails, 'kind' | 'note'>,
  operation: string,
  otherCountry: string,
): CaseChange {
  clearTransfer(grievance);
  addEvent(tx, grievance, { ...event, at: context.clock.now(), actor: actorOf(context.principal) });
  return { audited: transferAudit(grievance, otherCountry, operation) };
}

/** The receiving regulator takes the case into its jurisdiction. */
export async function acceptGrievanceTransfer(context: Context, args: MutationAcceptGrievanceTransferArgs) {
  const note = checkedNote(args.note, 'The transfer was not accepted');
  const outcome = await actOnCase(
    context,
    {
      operation: 'acceptGrievanceTransfer',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: mayAnswer,
      forbiddenMessage: ANSWER_FORBIDDEN,
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      const target = requirePending(grievance);
      const from = grievance.facilityCountry;
      const previous = describeFacility(grievance);
      const handover = applyLink(grievance, target, context.principal);
      return closeRequest(
        context,
        tx,
        grievance,
        {
          kind: 'TRANSFER_ACCEPTED',
          note: joinNote(
            `Transferred from ${previous} to facility ${target.facilityId} (${target.country}).`,
            handover,
            note,
          ),
        },
        'acceptGrievanceTransfer',
        from,
      );
    },
  );
  return changePayload(context, outcome, args.id);
}

/** The receiving regulator declines: the case stays in its jurisdiction. */
export async function declineGrievanceTransfer(context: Context, args: MutationDeclineGrievanceTransferArgs) {
  const reason = checkedNote(args.reason, 'The transfer was not declined', 'reason');
  const outcome = await actOnCase(
    context,
    {
      operation: 'declineGrievanceTransfer',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: mayAnswer,
      forbiddenMessage: ANSWER_FORBIDDEN,
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      const target = requirePending(grievance);
      return closeRequest(
        context,
        tx,
        grievance,
        {
          kind: 'TRANSFER_DECLINED',
          note: joinNote(
            `The regulator of ${target.country} declined the transfer to facility ${target.facilityId}.`,
            reason,
          ),
        },
        'declineGrievanceTransfer',
        target.country,
      );
    },
  );
  return changePayload(context, outcome, args.id);
}

/** The requesting side — the jurisdiction's regulator, or ADMIN — withdraws its request. */
export async function withdrawGrievanceTransfer(context: Context, args: MutationWithdrawGrievanceTransferArgs) {
  const reason = checkedNote(args.reason, 'The transfer request was not withdrawn', 'reason');
  const outcome = await actOnCase(
    context,
    {
      operation: 'withdrawGrievanceTransfer',
      find: caseInJurisdiction(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: (principal, grievance) => principal.role === 'ADMIN' || isJurisdictionRegulator(principal, grievance),
      forbiddenMessage: 'Only the regulator of the case’s jurisdiction (or an administrator) may withdraw its transfer',
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      const target = requirePending(grievance);
      return closeRequest(
        context,
        tx,
        grievance,
        {
          kind: 'TRANSFER_WITHDRAWN',
          note: joinNote(
            `The request to transfer the case to facility ${target.facilityId} (${target.country}) was withdrawn.`,
            reason,
          ),
        },
        'withdrawGrievanceTransfer',
        target.country,
      );
    },
  );
  return changePayload(context, outcome, args.id);
}
