import { randomUUID } from 'node:crypto';
import { Refusal, rejectInvalid } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { isTerminalStatus } from '../domain';
import { MAX_UNANSWERED_QUESTIONS, questionIssues } from '../domain/dialogue';
import { questionText } from '../domain/question-templates';
import { CaseMessage } from '../entities/case-message.entity';
import type { Grievance } from '../entities/grievance.entity';
import type { MutationAskComplainantArgs } from '../__generated__/resolvers-types';
import { unansweredQuestions } from '../queries/dialogue';
import { isHandler, mayWriteHandlerSummary } from '../visibility';
import { actOnCase, caseNotFound, changePayload, visibleCase } from './act-on-case';
import { actorOf, addEvent } from './case-file';

const EMPLOYER_MAY_NOT_ASK =
  'The facility’s owner may not question the worker, even while it handles the case: a dialogue with the employer the grievance is about would put the worker’s anonymity at risk. The regulator of the case’s jurisdiction may ask';
const HANDLER_ONLY =
  'Only the organisation handling this case (not the facility’s owner) or the regulator of its jurisdiction may ask the complainant a question';

/**
 * Those who ask are those who handle the case and may read the complainant's words — the same as
 * who writes the handler's summary: the handler (never a facility owner) or the jurisdiction's
 * regulator. The answers are the complainant's words too.
 */
const mayAsk = mayWriteHandlerSummary;

const refusalFor = (principal: Principal) => (grievance: Grievance) =>
  principal.role === 'SUPPLIER' && isHandler(principal, grievance) ? EMPLOYER_MAY_NOT_ASK : HANDLER_ONLY;

/**
 * A question to the worker who filed the case without an account, who reads it with the tracking
 * code and secret: written by the handler, or a template shown in the case's language. The
 * timeline says only that a question was asked — the facility's owner and brands read it too.
 */
export async function askComplainant(context: Context, args: MutationAskComplainantArgs) {
  rejectInvalid('The question was not asked', questionIssues(args));
  const outcome = await actOnCase(
    context,
    {
      operation: 'askComplainant',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: mayAsk,
      forbiddenMessage: refusalFor(context.principal),
      expectedVersion: args.expectedVersion,
    },
    async (tx, grievance) => {
      // Without a tracking secret nobody could read the question: an organisation filed the case.
      if (!grievance.secretHash)
        throw new Refusal(
          'BAD_USER_INPUT',
          'Only a worker who filed without an account is asked here; ask the organisation that filed this case directly',
          ['id'],
        );
      if (isTerminalStatus(grievance.status))
        throw new Refusal('CONFLICT', `The case is closed (${grievance.status}): no more questions can be asked`, [
          'id',
        ]);
      if ((await unansweredQuestions(tx, grievance.id)) >= MAX_UNANSWERED_QUESTIONS)
        throw new Refusal(
          'CONFLICT',
          `The complainant has ${MAX_UNANSWERED_QUESTIONS} questions still to answer; wait for answers before asking more`,
          ['id'],
        );
      const at = context.clock.now();
      const actor = actorOf(context.principal);
      const event = addEvent(tx, grievance, { kind: 'QUESTION_ASKED', at, actor, public: true });
      tx.create(CaseMessage, {
        id: randomUUID(),
        grievance,
        sequence: event.sequence,
        at,
        direction: 'TO_COMPLAINANT',
        text: args.template ? questionText(args.template, grievance.language) : args.question!.trim(),
        template: args.template ?? null,
        inReplyToId: null,
        authorRole: actor.role,
        authorOrganizationId: actor.organizationId,
      });
    },
  );
  return changePayload(context, outcome, args.id);
}
