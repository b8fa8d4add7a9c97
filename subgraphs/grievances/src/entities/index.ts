import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { CaseMessageSchema } from './case-message.entity';
import { GrievanceEventSchema } from './grievance-event.entity';
import { GrievanceAreaSchema, GrievanceSchema } from './grievance.entity';
import { RemediationSchema } from './remediation.entity';

export const entities = [
  GrievanceSchema,
  GrievanceAreaSchema,
  GrievanceEventSchema,
  CaseMessageSchema,
  RemediationSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
