import type { EntityManager } from '@mikro-orm/core';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';

const keyOf = (delivery: Pick<WebhookDelivery, 'subscription' | 'subject'>) =>
  `${delivery.subscription.id}\n${delivery.subject}`;

/**
 * Keeps per-subscriber order per record: of the deliveries taken, only those with no earlier
 * delivery about the same subject still pending for the same subscription (one not due yet after
 * a failure, say) — the later ones wait for it.
 */
export async function inSubjectOrder(tx: EntityManager, taken: WebhookDelivery[]): Promise<WebhookDelivery[]> {
  if (!taken.length) return taken;
  const last = taken.reduce((latest, delivery) => (delivery.eventId > latest ? delivery.eventId : latest), '');
  const held = await tx.find(
    WebhookDelivery,
    {
      status: 'PENDING',
      subscription: { $in: [...new Set(taken.map((delivery) => delivery.subscription.id))] },
      subject: { $in: [...new Set(taken.map((delivery) => delivery.subject))] },
      eventId: { $lt: last },
      id: { $nin: taken.map((delivery) => delivery.id) },
    },
    { fields: ['id', 'subscription', 'subject', 'eventId'] },
  );
  const firstHeld = new Map<string, string>();
  for (const delivery of held) {
    const first = firstHeld.get(keyOf(delivery));
    if (first === undefined || delivery.eventId < first) firstHeld.set(keyOf(delivery), delivery.eventId);
  }
  return taken.filter((delivery) => {
    const first = firstHeld.get(keyOf(delivery));
    return first === undefined || delivery.eventId < first;
  });
}
