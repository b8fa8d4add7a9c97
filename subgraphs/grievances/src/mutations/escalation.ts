import { Refusal } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { rulesOfCase } from '../domain';
import type { MutationEscalateGrievanceArgs } from '../__generated__/resolvers-types';
import { canHandle, isFilingOrganization, isJurisdictionRegulator } from '../visibility';
import { actOnCase, caseNotFound, changePayload, checkedNote, requireMove, visibleCase } from './act-on-case';
import { escalated } from './case-events';
import { actorOf, addEvent, applyMove } from './case-file';

/**
 * Hands the case over: to the jurisdiction's labour inspectorate, or to the mechanism of the
 * agreement it was filed under. The handler, the regulator and the filing organisation (a union
 * whose case the mechanism does not answer) may escalate.
 */
export async function escalateGrievance(context: Context, args: MutationEscalateGrievanceArgs) {
  const note = checkedNote(args.note, 'The case was not escalated');
  const outcome = await actOnCase(
    context,
    {
      operation: 'escalateGrievance',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: (principal, grievance) => canHandle(principal, grievance) || isFilingOrganization(principal, grievance),
      forbiddenMessage:
        'Only the handler, the regulator of the jurisdiction or the filing organisation may escalate this case',
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      requireMove(grievance, 'ESCALATED', ['to']);
      if (args.to === 'MECHANISM') {
        const secretariat = rulesOfCase(grievance.rules, grievance.facilityCountry).secretariatOrganizationId;
        if (!secretariat)
          throw new Refusal(
            'BAD_USER_INPUT',
            'The case does not run on an agreement mechanism with a secretariat (see Grievance.mechanism)',
            ['to'],
          );
        if (grievance.handlerOrganizationId === secretariat)
          throw new Refusal('CONFLICT', 'The mechanism already handles this case', ['to']);
        grievance.handlerKind = 'MECHANISM';
        grievance.handlerOrganizationId = secretariat;
      } else {
        grievance.handlerKind = 'REGULATOR';
        grievance.handlerOrganizationId = isJurisdictionRegulator(context.principal, grievance)
          ? context.principal.organizationId
          : null;
      }
      const at = context.clock.now();
      const actor = actorOf(context.principal);
      applyMove(tx, grievance, 'ESCALATED', { at, actor, note });
      addEvent(tx, grievance, {
        kind: 'NOTIFIED',
        at,
        actor,
        notifiedOrganizationId: grievance.handlerOrganizationId,
        note: grievance.handlerOrganizationId
          ? 'Escalated case handed over.'
          : `Escalated case handed to the labour inspectorate of ${grievance.facilityCountry}.`,
      });
      return { events: [escalated(grievance, args.to)] };
    },
  );
  return changePayload(context, outcome, args.id);
}
