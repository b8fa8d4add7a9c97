import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Agreement } from './agreement.entity';

/** A convention the parties of an agreement commit to uphold (a row each, so filters stay in SQL). */
export class AgreementConvention {
  id!: string;
  agreement!: Ref<Agreement>;
  conventionCode!: string;
  position = 0;
}

export const AgreementConventionSchema = new EntitySchema<AgreementConvention>({
  class: AgreementConvention,
  tableName: 'agreement_convention',
  uniques: [{ properties: ['agreement', 'conventionCode'] }],
  indexes: [{ properties: ['conventionCode'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    conventionCode: { type: 'string', length: 4 },
    position: { type: 'integer' },
  },
});
