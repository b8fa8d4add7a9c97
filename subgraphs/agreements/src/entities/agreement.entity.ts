import { Collection, EntitySchema } from '@mikro-orm/core';
import type { StoredMechanism } from '../domain/mechanism';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '../domain/vocabulary';
import type { AgreementConvention } from './agreement-convention.entity';
import type { AgreementParty } from './agreement-party.entity';
import type { AgreementProvision } from './agreement-provision.entity';
import type { SharingClause } from './sharing-clause.entity';

export class Agreement {
  id!: string;
  title!: string;
  kind!: AgreementKind;
  summary: string | null = null;
  /** Current status and the date of the change to it; the history is in StatusChange. */
  status: AgreementStatus = 'DRAFT';
  /** YYYY-MM-DD */
  statusSince!: string;
  draftedOn!: string;
  expiresOn: string | null = null;
  textCitation: string | null = null;
  textUrl: string | null = null;
  /**
   * A value object read whole and never queried into, hence JSON. Rows written before mechanisms
   * had steps keep their shape until amended: read it through `mechanismOf`.
   */
  grievanceMechanism: StoredMechanism | null = null;
  version = 1;
  createdAt!: Date;
  updatedAt!: Date;
  parties = new Collection<AgreementParty>(this);
  conventions = new Collection<AgreementConvention>(this);
  provisions = new Collection<AgreementProvision>(this);
  sharingClauses = new Collection<SharingClause>(this);
}

export const AgreementSchema = new EntitySchema<Agreement>({
  class: Agreement,
  tableName: 'agreement',
  indexes: [{ properties: ['status', 'kind'] }, { properties: ['title'] }],
  properties: {
    id: { type: 'string', primary: true, length: 60 },
    title: { type: 'string', length: 300 },
    kind: { enum: true, items: () => [...AGREEMENT_KINDS], type: 'string' },
    summary: { type: 'text', nullable: true },
    status: { enum: true, items: () => [...AGREEMENT_STATUSES], type: 'string', default: 'DRAFT' },
    statusSince: { type: 'date' },
    draftedOn: { type: 'date' },
    expiresOn: { type: 'date', nullable: true },
    textCitation: { type: 'string', length: 500, nullable: true },
    textUrl: { type: 'string', length: 500, nullable: true },
    grievanceMechanism: { type: 'json', nullable: true },
    version: { type: 'integer', version: true },
    createdAt: { type: 'Date' },
    updatedAt: { type: 'Date' },
    parties: { kind: '1:m', entity: 'AgreementParty', mappedBy: 'agreement' },
    conventions: { kind: '1:m', entity: 'AgreementConvention', mappedBy: 'agreement' },
    provisions: { kind: '1:m', entity: 'AgreementProvision', mappedBy: 'agreement' },
    sharingClauses: { kind: '1:m', entity: 'SharingClause', mappedBy: 'agreement' },
  },
});
