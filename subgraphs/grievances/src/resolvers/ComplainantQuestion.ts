import type { CaseMessage } from '../entities/case-message.entity';
import type { ComplainantQuestionResolvers, GrievanceTrackingResolvers } from '../__generated__/resolvers-types';

/** A question as the complainant reads it, with the answer they gave, if any. */
export interface QuestionView {
  question: CaseMessage;
  answer: CaseMessage | null;
}

/** The questions of a case's dialogue, in their order, each with its answer. */
export function questionsOf(messages: readonly CaseMessage[]): QuestionView[] {
  const answers = new Map(messages.filter((message) => message.inReplyToId).map((m) => [m.inReplyToId, m]));
  return messages
    .filter((message) => message.direction === 'TO_COMPLAINANT')
    .map((question) => ({ question, answer: answers.get(question.id) ?? null }));
}

/** GrievanceTracking.questions: the tracking secret opened the case, so its questions are the reader's own. */
export const trackingQuestions: NonNullable<GrievanceTrackingResolvers['questions']> = async (
  { grievance },
  _args,
  { loaders },
) => questionsOf(await loaders.dialogue.load(grievance.id));

export const ComplainantQuestion: ComplainantQuestionResolvers = {
  id: ({ question }) => question.id,
  askedAt: ({ question }) => question.at,
  text: ({ question }) => question.text,
  answeredAt: ({ answer }) => answer?.at ?? null,
  answer: ({ answer }) => answer?.text ?? null,
};
