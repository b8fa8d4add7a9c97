import { Refusal } from '../../../../runtime/mutation';
import type { Context } from '../context';
import type { Grievance } from '../entities/grievance.entity';
import { Remediation } from '../entities/remediation.entity';
import type { MutationTransitionGrievanceArgs } from '../__generated__/resolvers-types';
import { canHandle, isJurisdictionRegulator } from '../visibility';
import { actOnCase, caseNotFound, changePayload, checkedNote, requireMove, visibleCase } from './act-on-case';
import { actorOf, applyMove } from './case-file';

export const HANDLER_ONLY = 'Only the organisation handling this case or the regulator of its jurisdiction may do this';

/** An inspector who acts on a case routed to its jurisdiction's regulator takes it on for its inspectorate. */
function claimForRegulator(context: Context, grievance: Grievance): void {
  if (
    grievance.handlerKind === 'REGULATOR' &&
    !grievance.handlerOrganizationId &&
    isJurisdictionRegulator(context.principal, grievance)
  ) {
    grievance.handlerOrganizationId = context.principal.organizationId;
  }
}

/** Moves a case to its next status: the handler or the jurisdiction's regulator. */
export async function transitionGrievance(context: Context, args: MutationTransitionGrievanceArgs) {
  const note = checkedNote(args.note, 'The case was not moved');
  const outcome = await actOnCase(
    context,
    {
      operation: 'transitionGrievance',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: canHandle,
      forbiddenMessage: HANDLER_ONLY,
      expectedVersion: args.expectedVersion,
    },
    async (tx, grievance) => {
      if (args.to === 'ESCALATED')
        throw new Refusal('BAD_USER_INPUT', 'Use escalateGrievance to escalate a case: it names who takes it over', [
          'to',
        ]);
      if (args.to === 'WITHDRAWN') {
        throw new Refusal(
          'BAD_USER_INPUT',
          'Only the complainant or the filing organisation withdraws a case, with withdrawGrievance',
          ['to'],
        );
      }
      requireMove(grievance, args.to, ['to']);
      if (args.to === 'RESOLVED' && (await tx.count(Remediation, { grievance: grievance.id })) === 0) {
        throw new Refusal('CONFLICT', 'Record the remediation (recordRemediation) before resolving the case', ['to']);
      }
      claimForRegulator(context, grievance);
      applyMove(tx, grievance, args.to, {
        at: context.clock.now(),
        actor: actorOf(context.principal),
        note,
        notePublic: args.public ?? false,
      });
    },
  );
  return changePayload(context, outcome, args.id);
}
