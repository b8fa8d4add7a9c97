import { raw, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { createLoader, entityLoader } from '../../../runtime/loader';
import type { Principal } from '../../../runtime/principal';
import { WebhookDelivery, type WebhookDeliveryStatus } from './entities/webhook-delivery.entity';
import { WebhookSubscription } from './entities/webhook-subscription.entity';
import { visibleSubscriptions } from './visibility';

/** Per subscription, how many of its deliveries are in each status: one GROUP BY per tick. */
function deliveryCounts(em: EntityManager) {
  return createLoader<string, Partial<Record<WebhookDeliveryStatus, number>>>(async (subscriptionIds) => {
    const rows = await (em as SqlEntityManager)
      .createQueryBuilder(WebhookDelivery, 'delivery')
      .select(['delivery.subscription_id as subscription', 'delivery.status as status', raw('count(*) as deliveries')])
      .where({ subscription: { $in: [...subscriptionIds] }, status: { $in: ['PENDING', 'DEAD'] } })
      .groupBy(['delivery.subscription_id', 'delivery.status'])
      .execute<{ subscription: string; status: WebhookDeliveryStatus; deliveries: string | number }[]>('all', false);
    const counts = new Map<string, Partial<Record<WebhookDeliveryStatus, number>>>();
    for (const row of rows)
      counts.set(row.subscription, { ...counts.get(row.subscription), [row.status]: Number(row.deliveries) });
    return subscriptionIds.map((id) => counts.get(id) ?? {});
  });
}

export function createLoaders(em: EntityManager, principal: Principal) {
  return {
    subscription: entityLoader(em, WebhookSubscription, { condition: () => visibleSubscriptions(principal) }),
    deliveryCounts: deliveryCounts(em),
  };
}

export type NotificationsLoaders = ReturnType<typeof createLoaders>;
