import type { FilterQuery } from '@mikro-orm/core';
import type { Principal } from '../../../runtime/principal';
import type { WebhookSubscription } from './entities/webhook-subscription.entity';

/**
 * Which webhook subscriptions a caller may see and manage: its organisation's; ADMIN every one.
 * A subscription says what an organisation watches, so nobody else sees it.
 */
export function visibleSubscriptions(principal: Principal): FilterQuery<WebhookSubscription> {
  if (principal.role === 'ADMIN') return {};
  if (principal.role !== 'PUBLIC' && principal.organizationId) return { organizationId: principal.organizationId };
  return { id: { $in: [] } };
}
