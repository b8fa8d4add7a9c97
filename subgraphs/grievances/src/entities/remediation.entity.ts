import { DateTimeType, EntitySchema, type Ref } from '@mikro-orm/core';
import type { Grievance } from './grievance.entity';

/** What was agreed to put things right, and who verified it was done. One per grievance. */
export class Remediation {
  grievance!: Ref<Grievance>;
  actionsAgreed: string[] = [];
  /** Decimal amounts as strings (exact cents), each with an ISO 4217 currency. */
  backPayAmount: string | null = null;
  backPayCurrency: string | null = null;
  compensationAmount: string | null = null;
  compensationCurrency: string | null = null;
  workersReinstated: number | null = null;
  recordedAt!: Date;
  recordedByOrganizationId: string | null = null;
  verifiedByOrganizationId: string | null = null;
  verifiedAt: Date | null = null;
}

export const RemediationSchema = new EntitySchema<Remediation>({
  class: Remediation,
  tableName: 'remediation',
  properties: {
    grievance: { kind: '1:1', entity: 'Grievance', ref: true, primary: true, owner: true, deleteRule: 'cascade' },
    actionsAgreed: { type: 'json' },
    backPayAmount: { type: 'decimal', precision: 14, scale: 2, nullable: true },
    backPayCurrency: { type: 'string', length: 3, nullable: true },
    compensationAmount: { type: 'decimal', precision: 14, scale: 2, nullable: true },
    compensationCurrency: { type: 'string', length: 3, nullable: true },
    workersReinstated: { type: 'integer', nullable: true },
    recordedAt: { type: DateTimeType },
    recordedByOrganizationId: { type: 'string', length: 80, nullable: true },
    verifiedByOrganizationId: { type: 'string', length: 80, nullable: true },
    verifiedAt: { type: DateTimeType, nullable: true },
  },
});
