import { raw } from '@mikro-orm/core';
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
  const { settings, clock, log } = dispatcher;
  const round: DispatchRound = { delivered: 0, failed: 0, withheld: 0, deferred: 0 };
  const em = dispatcher.em.fork();
  const byKind = { delivered: [] as string[], withheld: [] as string[], released: [] as string[] };
  const reached = new Map<string, Date>();
  const failures: { delivery: WebhookDelivery; outcome: AttemptOutcome; at: Date }[] = [];
  for (const { delivery } of claimed) {
    const result = results.get(delivery.id) ?? { kind: 'released' };
    if (result.kind === 'sent' && result.outcome.status !== null && isSuccess(result.outcome.status)) {
      byKind.delivered.push(delivery.id);
      reached.set(delivery.subscription.id, result.at);
    } else if (result.kind === 'sent') failures.push({ delivery, ...result });
    else byKind[result.kind].push(delivery.id);
  }
  const now = clock.now();
  const ids = (list: string[]) => ({ id: { $in: list } });
  // Statement by statement: a row not written yet keeps its lease, and is sent again once it ends.
  if (byKind.delivered.length)
    await em.nativeUpdate(WebhookDelivery, ids(byKind.delivered), {
      status: 'DELIVERED',
      attempts: raw('attempts + 1'),
      deliveredAt: now,
      lastAttemptAt: now,
      lastStatusCode: null,
      lastError: null,
      nextAttemptAt: null,
      leaseUntil: null,
    });
  if (byKind.withheld.length)
    await em.nativeUpdate(WebhookDelivery, ids(byKind.withheld), {
      status: 'WITHHELD',
      nextAttemptAt: null,
      leaseUntil: null,
      lastError: 'the subscriber could not read what the event is about when it was due',
    });
  if (byKind.released.length) await em.nativeUpdate(WebhookDelivery, ids(byKind.released), { leaseUntil: null });
  for (const { delivery, outcome, at } of failures) {
    const attempts = delivery.attempts + 1;
    const dead = attempts >= settings.WEBHOOK_MAX_ATTEMPTS;
    const delay = retryDelayMs(attempts, settings.WEBHOOK_RETRY_BASE_MS, settings.WEBHOOK_RETRY_MAX_MS);
    await em.nativeUpdate(
      WebhookDelivery,
      { id: delivery.id },
      {
        status: dead ? 'DEAD' : 'PENDING',
        attempts,
        lastAttemptAt: at,
        lastStatusCode: outcome.status,
        lastError: (outcome.error ?? `the receiver answered ${outcome.status}`).slice(0, 500),
        nextAttemptAt: dead ? null : new Date(now.getTime() + delay),
        leaseUntil: null,
      },
    );
    if (dead) log.warn({ delivery: delivery.id, eventId: delivery.eventId }, 'webhook delivery dead-lettered');
  }
  for (const [id, at] of reached) await em.nativeUpdate(WebhookSubscription, { id }, { lastDeliveredAt: at });
  round.delivered = byKind.delivered.length;
  round.withheld = byKind.withheld.length;
  round.deferred = byKind.released.length;
  round.failed = failures.length;
  return round;
}
