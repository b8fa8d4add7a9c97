import { DateTimeType, EntitySchema, type Ref } from '@mikro-orm/core';
import { MessageDirection, QuestionTemplate } from '../__generated__/resolvers-types';
import type { Grievance } from './grievance.entity';

export type { MessageDirection, QuestionTemplate };

/**
 * One message of the dialogue between a case's handler and the worker who filed it without an
 * account: a question to the worker, or the worker's answer to one. Confidential like the
 * complainant's own words; the timeline records only that a message was sent.
 */
export class CaseMessage {
  id!: string;
  grievance!: Ref<Grievance>;
  /** The sequence of the timeline event that records the message: messages and events share one order. */
  sequence!: number;
  at!: Date;
  direction!: MessageDirection;
  /** What the worker read (a template in the case's language) or wrote. */
  text!: string;
  template: QuestionTemplate | null = null;
  /** For an answer: the question it answers. Unique, so a question is answered once, also under a race. */
  inReplyToId: string | null = null;
  /** For a question: who asked it. */
  authorRole: string | null = null;
  authorOrganizationId: string | null = null;
}

export const CaseMessageSchema = new EntitySchema<CaseMessage>({
  class: CaseMessage,
  tableName: 'grievance_message',
  uniques: [{ properties: ['grievance', 'sequence'] }, { properties: ['inReplyToId'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    grievance: { kind: 'm:1', entity: 'Grievance', ref: true, deleteRule: 'cascade' },
    sequence: { type: 'integer' },
    at: { type: DateTimeType },
    direction: { enum: true, items: () => Object.values(MessageDirection), type: 'string' },
    text: { type: 'text' },
    template: { enum: true, items: () => Object.values(QuestionTemplate), type: 'string', nullable: true },
    inReplyToId: { type: 'string', length: 40, nullable: true },
    authorRole: { type: 'string', length: 20, nullable: true },
    authorOrganizationId: { type: 'string', length: 80, nullable: true },
  },
});
