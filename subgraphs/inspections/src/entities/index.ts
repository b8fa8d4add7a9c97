import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { CorrectiveActionSchema } from './corrective-action.entity';
import { FindingSchema } from './finding.entity';
import { InspectionPartySchema } from './inspection-party.entity';
import { InspectionSchema } from './inspection.entity';

export const entities = [
  InspectionSchema,
  InspectionPartySchema,
  FindingSchema,
  CorrectiveActionSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
