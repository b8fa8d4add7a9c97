import { EntitySchema, type Ref } from '@mikro-orm/core';
import { DATA_CATEGORIES, type DataCategory } from '../domain/vocabulary';
import type { Agreement } from './agreement.entity';

/** One data category of an agreement and the parties it flows to (one clause per category). */
export class SharingClause {
  id!: string;
  agreement!: Ref<Agreement>;
  category!: DataCategory;
  /** Party keys (`country:BD`, `organization:org-x`) of the receiving parties. */
  recipients: string[] = [];
  note: string | null = null;
}

export const SharingClauseSchema = new EntitySchema<SharingClause>({
  class: SharingClause,
  tableName: 'sharing_clause',
  uniques: [{ properties: ['agreement', 'category'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    category: { enum: true, items: () => [...DATA_CATEGORIES], type: 'string' },
    recipients: { type: 'json' },
    note: { type: 'text', nullable: true },
  },
});
