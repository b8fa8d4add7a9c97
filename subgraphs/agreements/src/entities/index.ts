import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { AgreementConventionSchema } from './agreement-convention.entity';
import { AgreementPartySchema } from './agreement-party.entity';
import { AgreementProvisionSchema } from './agreement-provision.entity';
import { AgreementSchema } from './agreement.entity';
import { AmendmentSchema } from './amendment.entity';
import { RecordedRatificationSchema } from './ratification.entity';
import { SharingClauseSchema } from './sharing-clause.entity';
import { StatusChangeSchema } from './status-change.entity';

export const entities = [
  AgreementSchema,
  AgreementPartySchema,
  AgreementConventionSchema,
  AgreementProvisionSchema,
  SharingClauseSchema,
  StatusChangeSchema,
  AmendmentSchema,
  RecordedRatificationSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
