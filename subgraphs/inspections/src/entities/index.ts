import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { CorrectiveActionSchema } from './corrective-action.entity';
import { EnforcementActionFindingSchema, EnforcementActionSchema } from './enforcement-action.entity';
import { FindingSchema } from './finding.entity';
import { InspectionPartySchema } from './inspection-party.entity';
import { InspectionSignatureSchema } from './inspection-signature.entity';
import { InspectionSchema } from './inspection.entity';
import { ReportAccessGrantSchema } from './report-access-grant.entity';
import { ReportAccessRequestSchema } from './report-access-request.entity';

export const entities = [
  InspectionSchema,
  InspectionPartySchema,
  InspectionSignatureSchema,
  FindingSchema,
  CorrectiveActionSchema,
  ReportAccessGrantSchema,
  ReportAccessRequestSchema,
  EnforcementActionSchema,
  EnforcementActionFindingSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
