import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { WebhookDeliverySchema } from './webhook-delivery.entity';
import { WebhookSubscriptionSchema } from './webhook-subscription.entity';

export const entities = [
  WebhookSubscriptionSchema,
  WebhookDeliverySchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
