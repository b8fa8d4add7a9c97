import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { EventType, GraphEvent } from '../../../../runtime/events';
import type { WebhookSubscription } from './webhook-subscription.entity';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD', 'WITHHELD'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one subscription: recorded when the event arrives (once: unique per subscription
 * and event), sent when due, retried with backoff, dead-lettered after the last attempt.
 */
export class WebhookDelivery {
  id!: string;
  subscription!: Ref<WebhookSubscription>;
  /** The event's id (UUID v7): orders a subscription's deliveries about one subject. */
  eventId!: string;
  eventType!: EventType;
  subject!: string;
  occurredAt!: Date;
  /** The event as it arrived; what is sent is cut to what the subscriber may read at that moment. */
  event!: GraphEvent;
  status!: WebhookDeliveryStatus;
  attempts = 0;
  nextAttemptAt: Date | null = null;
  /** A replica sending it holds it until then; another may take it over afterwards. */
  leaseUntil: Date | null = null;
  lastAttemptAt: Date | null = null;
  lastStatusCode: number | null = null;
  lastError: string | null = null;
  deliveredAt: Date | null = null;
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery>({
  class: WebhookDelivery,
  tableName: 'webhook_delivery',
  uniques: [{ properties: ['subscription', 'eventId'] }],
  indexes: [
    { properties: ['status', 'nextAttemptAt'] },
    { properties: ['subscription', 'subject', 'eventId'] },
    { properties: ['occurredAt'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    subscription: { kind: 'm:1', entity: 'WebhookSubscription', ref: true, deleteRule: 'cascade' },
    eventId: { type: 'uuid' },
    eventType: { type: 'string', length: 60 },
    subject: { type: 'string', length: 240 },
    occurredAt: { type: 'Date' },
    event: { type: 'json' },
    status: { enum: true, items: () => [...WEBHOOK_DELIVERY_STATUSES], type: 'string' },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'Date', nullable: true },
    leaseUntil: { type: 'Date', nullable: true },
    lastAttemptAt: { type: 'Date', nullable: true },
    lastStatusCode: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 500, nullable: true },
    deliveredAt: { type: 'Date', nullable: true },
  },
});
