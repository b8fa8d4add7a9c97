import { EntitySchema, type Ref } from '@mikro-orm/core';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../domain/vocabulary';
import type { Agreement } from './agreement.entity';

/** One step of an agreement's status history; rows are only ever added. */
export class StatusChange {
  id!: string;
  agreement!: Ref<Agreement>;
  status!: AgreementStatus;
  /** YYYY-MM-DD the change took effect. */
  on!: string;
  note: string | null = null;
  /** Orders changes made on the same day. */
  sequence!: number;
  recordedAt!: Date;
}

export const StatusChangeSchema = new EntitySchema<StatusChange>({
  class: StatusChange,
  tableName: 'agreement_status_change',
  uniques: [{ properties: ['agreement', 'sequence'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    status: { enum: true, items: () => [...AGREEMENT_STATUSES], type: 'string' },
    on: { type: 'date', fieldName: 'effective_on' },
    note: { type: 'text', nullable: true },
    sequence: { type: 'integer' },
    recordedAt: { type: 'Date' },
  },
});
