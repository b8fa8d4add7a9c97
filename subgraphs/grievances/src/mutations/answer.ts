import { randomUUID } from 'node:crypto';
import { payloadOf, Refusal, rejectInvalid } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { MAX_ANSWER, messageTextIssues } from '../domain/dialogue';
import { CaseMessage } from '../entities/case-message.entity';
import { Grievance } from '../entities/grievance.entity';
import type { MutationAnswerComplainantQuestionArgs } from '../__generated__/resolvers-types';
import { questionOfCase } from '../queries/dialogue';
import { findByCodeAndSecret, NO_MATCH_MESSAGE } from '../queries/tracking';
import { actOnCase } from './act-on-case';
import { actorOf, addEvent } from './case-file';

/**
 * The worker answers a question with the tracking code and secret, checked (and rate-limited)
 * exactly as a status lookup or a withdrawal is. An answer is final: a question is answered once.
 * The timeline says only that an answer came; its text is for those who read the case's text.
 */
export async function answerComplainantQuestion(context: Context, args: MutationAnswerComplainantQuestionArgs) {
  rejectInvalid('The answer was not sent', messageTextIssues(args.answer, 'answer', MAX_ANSWER));
  const text = args.answer.trim();
  // Found before the write: a wrong secret counts against the caller even though nothing is written.
  const target = await findByCodeAndSecret(context, args.trackingCode, args.secret);
  const caseId = target?.id ?? null;
  const outcome = await actOnCase(
    context,
    {
      operation: 'answerComplainantQuestion',
      find: async (tx) => (caseId ? tx.findOne(Grievance, { id: caseId }) : null),
      notFound: new Refusal('NOT_FOUND', NO_MATCH_MESSAGE, ['trackingCode']),
      // Whoever found the case above holds its secret.
      mayAct: () => true,
      forbiddenMessage: '',
    },
    async (tx, grievance) => {
      const { question, answer } = await questionOfCase(tx, grievance.id, args.questionId);
      if (!question)
        throw new Refusal('NOT_FOUND', 'No question with this id was asked about your case', ['questionId']);
      if (answer)
        throw new Refusal('CONFLICT', 'You have already answered this question; an answer cannot be changed', [
          'questionId',
        ]);
      const at = context.clock.now();
      const event = addEvent(tx, grievance, {
        kind: 'ANSWER_RECEIVED',
        at,
        actor: actorOf(context.principal),
        public: true,
      });
      tx.create(CaseMessage, {
        id: randomUUID(),
        grievance,
        sequence: event.sequence,
        at,
        direction: 'FROM_COMPLAINANT',
        text,
        template: null,
        inReplyToId: question.id,
        authorRole: null,
        authorOrganizationId: null,
      });
    },
  );
  // The complainant's view, read afresh (a refused answer shows the case as it stands); none for a wrong secret.
  const grievance = caseId ? await context.em.findOne(Grievance, { id: caseId }) : null;
  const tracking = grievance ? { grievance } : null;
  return payloadOf(outcome, () => ({ tracking }), { tracking });
}
