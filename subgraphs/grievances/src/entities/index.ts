import { AuditEntrySchema } from '../../../../runtime/audit';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { GrievanceEventSchema } from './grievance-event.entity';
import { GrievanceAreaSchema, GrievanceSchema } from './grievance.entity';
import { RemediationSchema } from './remediation.entity';

export const entities = [
  GrievanceSchema,
  GrievanceAreaSchema,
  GrievanceEventSchema,
  RemediationSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
];
