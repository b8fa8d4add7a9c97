import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Agreement } from './agreement.entity';

/** A recorded change of an agreement's terms; rows are only ever added. */
export class Amendment {
  id!: string;
  agreement!: Ref<Agreement>;
  adoptedOn!: string;
  reference: string | null = null;
  /** Names of the terms that changed. */
  changed: string[] = [];
  recordedAt!: Date;
}

export const AmendmentSchema = new EntitySchema<Amendment>({
  class: Amendment,
  tableName: 'agreement_amendment',
  indexes: [{ properties: ['agreement'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    adoptedOn: { type: 'date' },
    reference: { type: 'string', length: 500, nullable: true },
    changed: { type: 'json' },
    recordedAt: { type: 'Date' },
  },
});
