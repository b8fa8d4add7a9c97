import type { Principal } from '../../../../runtime/principal';
import type { GraphEvent } from '../../../../runtime/events';
import { isSuccess, retryDelayMs } from '../domain/retry';
import { signatureHeaders } from '../domain/signature';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import type { DispatchRound, Dispatcher } from './dispatch-job';
import { postDelivery, type AttemptOutcome } from './send';

export interface Claimed {
  delivery: WebhookDelivery;
  subscription: WebhookSubscription;
}

/** As whom a subscription receives: the principal that created it. */
export const principalOf = (subscription: WebhookSubscription): Principal => ({
  subject: subscription.ownerSubject,
  role: subscription.ownerRole,
  organizationId: subscription.organizationId,
  country: subscription.ownerCountry,
  scopes: subscription.ownerScopes,
});

/** What became of one claimed delivery in this round. */
type Result =
  | { kind: 'sent'; outcome: AttemptOutcome; at: Date }
  | { kind: 'withheld' }
  /** Not attempted: visibility could not be decided, or an earlier one about its subject just failed. */
  | { kind: 'released' };

/** `items` by key, in their order (Map.groupBy is not in Node 20). */
function groupBy<Item>(items: Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) (groups.get(keyOf(item)) ?? groups.set(keyOf(item), []).get(keyOf(item))!).push(item);
  return groups;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pooled<Item>(items: Item[], limit: number, work: (item: Item) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The secrets a delivery is signed with now: the current one, and the previous one in its grace period. */
function secretsOf(dispatcher: Dispatcher, subscription: WebhookSubscription, now: Date): string[] {
  const secrets = [dispatcher.openSecret(subscription.sealedSecret)];
  if (
    subscription.sealedPreviousSecret &&
    subscription.previousSecretValidUntil &&
    subscription.previousSecretValidUntil > now
  )
    secrets.push(dispatcher.openSecret(subscription.sealedPreviousSecret));
  return secrets;
}

/**
 * Sends the claimed deliveries: per subscription, what its principal may read is decided in one
 * pass; then each subject's deliveries go one after another (a failure leaves the rest of that
 * subject for later), subjects side by side. Outcomes are recorded together at the end.
 */
export async function sendGroups(dispatcher: Dispatcher, claimed: Claimed[]): Promise<DispatchRound> {
  const { settings, clock, log } = dispatcher;
  const results = new Map<string, Result>();
  const bySubscription = groupBy(claimed, (entry) => entry.subscription.id);
  const groups: {
    subscription: WebhookSubscription;
    deliveries: { delivery: WebhookDelivery; event: GraphEvent | null }[];
  }[] = [];
  for (const entries of bySubscription.values()) {
    const subscription = entries[0]!.subscription;
    let visible: (GraphEvent | null)[];
    try {
      visible = await dispatcher.visibility.visibleTo(
        principalOf(subscription),
        entries.map((entry) => entry.delivery.event),
      );
    } catch (error) {
      log.warn({ err: (error as Error).message, subscription: subscription.id }, 'webhook deliveries deferred');
      for (const entry of entries) results.set(entry.delivery.id, { kind: 'released' });
      continue;
    }
    const bySubject = groupBy(
      entries.map((entry, index) => ({ delivery: entry.delivery, event: visible[index] ?? null })),
      (entry) => entry.delivery.subject,
    );
    for (const deliveries of bySubject.values()) groups.push({ subscription, deliveries });
  }

  await pooled(groups, settings.WEBHOOK_CONCURRENCY, async ({ subscription, deliveries }) => {
    let blocked = false;
    for (const { delivery, event } of deliveries) {
      if (blocked) results.set(delivery.id, { kind: 'released' });
      else if (!event) results.set(delivery.id, { kind: 'withheld' });
      else {
        const at = clock.now();
        const body = JSON.stringify(event);
        const headers = {
          ...signatureHeaders(secretsOf(dispatcher, subscription, at), event.id, Math.floor(at.getTime() / 1000), body),
          'user-agent': 'LabourCooperationGraph-Webhooks/1',
        };
        const outcome = await postDelivery(subscription.url, body, headers, {
          timeoutMs: settings.WEBHOOK_TIMEOUT_MS,
          allowPrivate: settings.WEBHOOK_ALLOW_PRIVATE_URLS,
        });
        results.set(delivery.id, { kind: 'sent', outcome, at });
        blocked = !(outcome.status !== null && isSuccess(outcome.status));
      }
    }
  });
  return record(dispatcher, claimed, results);
}

/** Writes what happened to each claimed delivery, and when each subscription last reached its receiver. */
async function record(
  dispatcher: Dispatcher,
  claimed: Claimed[],
  results: Map<string, Result>,
): Promise<DispatchRound> {
  const { settings, clock } = dispatcher;
  const round: DispatchRound = { delivered: 0, failed: 0, withheld: 0, deferred: 0 };
  const em = dispatcher.em.fork();
  const deliveries = await em.find(WebhookDelivery, { id: { $in: claimed.map((entry) => entry.delivery.id) } });
  const reached = new Map<string, Date>();
  for (const delivery of deliveries) {
    const result = results.get(delivery.id) ?? { kind: 'released' };
    delivery.leaseUntil = null;
    if (result.kind === 'released') {
      round.deferred++;
      continue;
    }
    if (result.kind === 'withheld') {
      round.withheld++;
      Object.assign(delivery, {
        status: 'WITHHELD',
        nextAttemptAt: null,
        lastError: 'the subscriber could not read what the event is about when it was due',
      });
      continue;
    }
    const { outcome, at } = result;
    delivery.attempts += 1;
    delivery.lastAttemptAt = at;
    delivery.lastStatusCode = outcome.status;
    if (outcome.status !== null && isSuccess(outcome.status)) {
      round.delivered++;
      Object.assign(delivery, { status: 'DELIVERED', deliveredAt: at, nextAttemptAt: null, lastError: null });
      reached.set(delivery.subscription.id, at);
      continue;
    }
    round.failed++;
    delivery.lastError = (outcome.error ?? `the receiver answered ${outcome.status}`).slice(0, 500);
    if (delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS) {
      Object.assign(delivery, { status: 'DEAD', nextAttemptAt: null });
      dispatcher.log.warn({ delivery: delivery.id, eventId: delivery.eventId }, 'webhook delivery dead-lettered');
    } else {
      const delay = retryDelayMs(delivery.attempts, settings.WEBHOOK_RETRY_BASE_MS, settings.WEBHOOK_RETRY_MAX_MS);
      delivery.nextAttemptAt = new Date(clock.now().getTime() + delay);
    }
  }
  for (const [id, at] of reached) await em.nativeUpdate(WebhookSubscription, { id }, { lastDeliveredAt: at });
  await em.flush();
  return round;
}
