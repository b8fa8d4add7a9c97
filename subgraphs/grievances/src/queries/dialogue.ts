import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../../../runtime/loader';
import { CaseMessage } from '../entities/case-message.entity';

/**
 * The dialogue of many cases in one query per tick, each case's messages in their order. Only
 * the field rules decide who reads them (Grievance.dialogue), or the tracking secret
 * (GrievanceTracking.questions).
 */
export const dialogueLoader = (em: EntityManager) =>
  childrenLoader<CaseMessage>(
    (grievanceIds) =>
      em.find(CaseMessage, { grievance: { $in: grievanceIds } }, { orderBy: { grievance: 'asc', sequence: 'asc' } }),
    (message) => message.grievance.id,
  );

/** Questions of the case still waiting for an answer (each answer replies to exactly one question). */
export async function unansweredQuestions(tx: EntityManager, grievanceId: string): Promise<number> {
  const [questions, answers] = await Promise.all([
    tx.count(CaseMessage, { grievance: grievanceId, direction: 'TO_COMPLAINANT' }),
    tx.count(CaseMessage, { grievance: grievanceId, direction: 'FROM_COMPLAINANT' }),
  ]);
  return questions - answers;
}

/** A question of this case, and its answer if one came. */
export async function questionOfCase(tx: EntityManager, grievanceId: string, questionId: string) {
  const question = await tx.findOne(CaseMessage, {
    id: questionId,
    grievance: grievanceId,
    direction: 'TO_COMPLAINANT',
  });
  const answer = question ? await tx.findOne(CaseMessage, { inReplyToId: question.id }) : null;
  return { question, answer };
}
