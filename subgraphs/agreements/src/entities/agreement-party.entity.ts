import { EntitySchema, type Ref } from '@mikro-orm/core';
import { PARTY_ROLES, type PartyRole } from '../domain/vocabulary';
import type { Agreement } from './agreement.entity';

/** A state (ISO code) or an organisation (suppliers' Organization id) taking part in an agreement. */
export class AgreementParty {
  id!: string;
  agreement!: Ref<Agreement>;
  /** `country:BD` or `organization:org-x`: one party appears once per agreement. */
  partyKey!: string;
  countryCode: string | null = null;
  organizationId: string | null = null;
  role: PartyRole = 'SIGNATORY';
  /** YYYY-MM-DD the party joined; null while the agreement is a draft. */
  since: string | null = null;
  /** Keeps parties in the order they were named. */
  position = 0;
}

export const AgreementPartySchema = new EntitySchema<AgreementParty>({
  class: AgreementParty,
  tableName: 'agreement_party',
  uniques: [{ properties: ['agreement', 'partyKey'] }],
  indexes: [{ properties: ['countryCode', 'role'] }, { properties: ['organizationId'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    agreement: { kind: 'm:1', entity: 'Agreement', ref: true, deleteRule: 'cascade' },
    partyKey: { type: 'string', length: 120 },
    countryCode: { type: 'string', length: 2, nullable: true },
    organizationId: { type: 'string', length: 100, nullable: true },
    role: { enum: true, items: () => [...PARTY_ROLES], type: 'string' },
    since: { type: 'date', nullable: true },
    position: { type: 'integer' },
  },
});
