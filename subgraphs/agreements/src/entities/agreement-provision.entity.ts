import { EntitySchema, type Ref } from '@mikro-orm/core';
import { PROVISION_KINDS, type ProvisionKind } from '../domain/vocabulary';
import type { Agreement } from './agreement.entity';

export class AgreementProvision {
  id!: string;
  agreement!: Ref<Agreement>;
  kind!: ProvisionKind;
  /** Where in the text, e.g. "Art. 23.3". */
  article: string | null = null;
  summary: string | null = null;
  position = 0;
}

export const AgreementProvisionSchema = new EntitySchema<AgreementProvision>({
  class: AgreementProvision,
  tableName: 'agreement_provision',
  uniques: [{ properties: ['agreement', 'kind'] }],
  indexes: [{ properties: ['kind'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    kind: { enum: true, items: () => [...PROVISION_KINDS], type: 'string' },
    article: { type: 'string', length: 200, nullable: true },
    summary: { type: 'text', nullable: true },
    position: { type: 'integer' },
  },
});
