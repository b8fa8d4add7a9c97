import type { EntityManager } from '@mikro-orm/core';
import { EVENT_TYPES, type GraphEvent } from '../../../../runtime/events';
import type { EventConsumer } from '../../../../runtime/event-consumers';
import { matchesFilter } from '../../../../runtime/event-filter';
import { deliveryId } from '../domain/ids';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

/**
 * Each event, once: a delivery for every subscription (active or paused) that asks for its type,
 * whose filter it matches, and that existed when the event occurred. Whether the subscriber may
 * read it is decided when the delivery is sent, by the rules of that moment.
 */
async function enqueue(events: readonly GraphEvent[], tx: EntityManager): Promise<void> {
  if (!events.length) return;
  const latest = events.reduce((last, event) => (event.occurredAt > last ? event.occurredAt : last), '');
  const subscriptions = await tx.find(WebhookSubscription, { createdAt: { $lte: new Date(latest) } });
  for (const event of events) {
    const occurredAt = new Date(event.occurredAt);
    for (const subscription of subscriptions) {
      if (subscription.createdAt > occurredAt) continue;
      if (!matchesFilter(event, { ...subscription.filter, types: subscription.eventTypes })) continue;
      tx.create(WebhookDelivery, {
        id: deliveryId(),
        subscription,
        eventId: event.id,
        eventType: event.type,
        subject: event.subject,
        occurredAt,
        event,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: occurredAt,
      });
    }
  }
}

export const webhookDeliveries: EventConsumer = {
  name: 'notifications:webhooks',
  types: EVENT_TYPES,
  handle: (event, tx) => enqueue([event], tx),
  // A read of the stream becomes its deliveries in one transaction: the subscriptions are read once.
  handleBatch: (events, tx) => enqueue(events, tx),
};
