import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import { forbidden } from '../../../../runtime/errors';
import { WebhookDelivery, type WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookSubscription, type WebhookSubscriptionStatus } from '../entities/webhook-subscription.entity';
import { visibleSubscriptions } from '../visibility';

type Page = { first?: number | null; after?: string | null };

/** The caller's subscriptions, newest first. */
export function subscriptionsOf(
  em: EntityManager,
  principal: Principal,
  page: Page,
  filter: { status?: WebhookSubscriptionStatus | null; organizationId?: string | null } = {},
) {
  if (filter.organizationId && principal.role !== 'ADMIN')
    throw forbidden('Only an administrator lists another organisation’s webhook subscriptions');
  const where: FilterQuery<WebhookSubscription> = {
    $and: [
      visibleSubscriptions(principal),
      ...(filter.status ? [{ status: filter.status }] : []),
      ...(filter.organizationId ? [{ organizationId: filter.organizationId }] : []),
    ],
  };
  return paginate(page, ({ limit, offset }) =>
    em.findAndCount(WebhookSubscription, where, { limit, offset, orderBy: { createdAt: 'desc', id: 'desc' } }),
  );
}

/** Deliveries of the caller's subscriptions, newest event first; `status: DEAD` is the dead-letter list. */
export function deliveriesOf(
  em: EntityManager,
  principal: Principal,
  page: Page,
  filter: { subscriptionId?: string | null; status?: WebhookDeliveryStatus | null; eventType?: string | null } = {},
) {
  const where: FilterQuery<WebhookDelivery> = {
    $and: [
      { subscription: visibleSubscriptions(principal) },
      ...(filter.subscriptionId ? [{ subscription: filter.subscriptionId }] : []),
      ...(filter.status ? [{ status: filter.status }] : []),
      ...(filter.eventType ? [{ eventType: filter.eventType }] : []),
    ],
  } as FilterQuery<WebhookDelivery>;
  return paginate(page, ({ limit, offset }) =>
    em.findAndCount(WebhookDelivery, where, { limit, offset, orderBy: { eventId: 'desc', id: 'desc' } }),
  );
}
