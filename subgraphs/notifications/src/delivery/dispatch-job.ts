import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../../../../runtime/clock';
import type { Config } from '../../../../runtime/config';
import type { EventVisibility } from '../../../../runtime/event-visibility';
import type { GraphEvent } from '../../../../runtime/events';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { sendGroups, type Claimed } from './attempts';
import { inSubjectOrder } from './subject-order';

/** Deliveries one round takes at most. */
const BATCH = 200;
const PURGE_EVERY_MS = 10 * 60_000;

export type DispatchSettings = Pick<
  Config,
  | 'WEBHOOK_DISPATCH_INTERVAL_MS'
  | 'WEBHOOK_MAX_ATTEMPTS'
  | 'WEBHOOK_RETRY_BASE_MS'
  | 'WEBHOOK_RETRY_MAX_MS'
  | 'WEBHOOK_TIMEOUT_MS'
  | 'WEBHOOK_CONCURRENCY'
  | 'WEBHOOK_ALLOW_PRIVATE_URLS'
  | 'OUTBOX_RETENTION_HOURS'
>;

export interface Dispatcher {
  em: EntityManager;
  clock: Clock;
  log: Logger;
  visibility: EventVisibility;
  settings: DispatchSettings;
  /** Opens a subscription's sealed secrets. */
  openSecret(sealed: string): string;
}

export interface DispatchRound {
  /** Deliveries the receivers accepted. */
  delivered: number;
  /** Attempts that failed (retried later, or dead-lettered after the last). */
  failed: number;
  /** Deliveries not sent because the subscriber may not read what they are about. */
  withheld: number;
  /** Deliveries left for a later round (a subgraph that decides visibility did not answer). */
  deferred: number;
}

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

/**
 * Takes the deliveries that are due — of active subscriptions, each the earliest still pending
 * about its subject for its subscription — and leases them to this replica for as long as their
 * attempts may take, so that another replica running the same round leaves them alone.
 */
async function claim(dispatcher: Dispatcher): Promise<Claimed[]> {
  const { settings } = dispatcher;
  const now = dispatcher.clock.now();
  return dispatcher.em.fork().transactional(async (tx) => {
    const due = await tx.find(
      WebhookDelivery,
      {
        status: 'PENDING',
        nextAttemptAt: { $lte: now },
        $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }],
        subscription: { status: 'ACTIVE' },
      },
      {
        orderBy: { eventId: 'asc' },
        limit: BATCH,
        populate: ['subscription'],
        // Read, not changed through the unit of work: nothing to compare at the commit.
        disableIdentityMap: true,
        ...(isPostgres(tx) ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, lockTableAliases: ['w0'] } : {}),
      },
    );
    const claimed = await inSubjectOrder(tx, due);
    if (!claimed.length) return [];
    const perSubject = new Map<string, number>();
    for (const delivery of claimed) {
      const key = `${delivery.subscription.id}\n${delivery.subject}`;
      perSubject.set(key, (perSubject.get(key) ?? 0) + 1);
    }
    // Long enough for every attempt of the batch to time out, wave after wave: then it is free again.
    const waves = Math.ceil(claimed.length / settings.WEBHOOK_CONCURRENCY) + Math.max(...perSubject.values()) + 1;
    const leaseUntil = new Date(now.getTime() + waves * settings.WEBHOOK_TIMEOUT_MS + 60_000);
    await tx.nativeUpdate(WebhookDelivery, { id: { $in: claimed.map((delivery) => delivery.id) } }, { leaseUntil });
    return claimed.map((delivery) => ({ delivery, subscription: delivery.subscription.getEntity() }));
  });
}

/** One round: claims what is due, decides per subscription what it may receive, sends, records. */
export async function dispatchRound(dispatcher: Dispatcher): Promise<DispatchRound> {
  const round: DispatchRound = { delivered: 0, failed: 0, withheld: 0, deferred: 0 };
  for (;;) {
    const claimed = await claim(dispatcher);
    if (!claimed.length) return round;
    const outcome = await sendGroups(dispatcher, claimed);
    round.delivered += outcome.delivered;
    round.failed += outcome.failed;
    round.withheld += outcome.withheld;
    round.deferred += outcome.deferred;
    // Deferred deliveries are due again at once: another pass would only take them again.
    if (claimed.length < BATCH || outcome.deferred) return round;
  }
}

/** Deletes delivered and withheld deliveries past the retention; dead letters stay until redelivered. */
export async function purgeDeliveries(em: EntityManager, before: Date): Promise<number> {
  return em
    .fork()
    .nativeDelete(WebhookDelivery, { status: { $in: ['DELIVERED', 'WITHHELD'] }, occurredAt: { $lt: before } });
}

interface Job {
  dispatcher: Dispatcher;
  timer?: NodeJS.Timeout;
  round?: Promise<unknown>;
}
const jobs = new WeakMap<object, Job>();

/** Registers the subgraph's dispatcher and, unless WEBHOOK_DISPATCH_INTERVAL_MS is 0, runs its rounds. */
export function startDispatchJob(dispatcher: Dispatcher): void {
  const job: Job = { dispatcher };
  jobs.set(dispatcher.em, job);
  const interval = dispatcher.settings.WEBHOOK_DISPATCH_INTERVAL_MS;
  if (!interval) return;
  let purgedAt = 0;
  let failing = false;
  const run = async () => {
    await dispatchRound(dispatcher);
    if (Date.now() - purgedAt < PURGE_EVERY_MS) return;
    purgedAt = Date.now();
    const retention = dispatcher.settings.OUTBOX_RETENTION_HOURS * 3_600_000;
    await purgeDeliveries(dispatcher.em, new Date(dispatcher.clock.now().getTime() - retention));
  };
  job.timer = setInterval(() => {
    job.round ??= run()
      .then(() => (failing = false))
      .catch((error: Error) => {
        if (!failing) dispatcher.log.warn({ err: error.message }, 'webhook round failed; its deliveries wait');
        failing = true;
      })
      .finally(() => (job.round = undefined));
  }, interval);
  job.timer.unref();
}

/** Ends the rounds, waiting for the one in progress. */
export async function stopDispatchJob(em: EntityManager): Promise<void> {
  const job = jobs.get(em);
  if (!job) return;
  clearInterval(job.timer);
  await job.round;
  jobs.delete(em);
}

/** One round of the dispatcher the subgraph on `em` registered (tests run rounds themselves). */
export function dispatchWebhooks(em: EntityManager): Promise<DispatchRound> {
  const job = jobs.get(em);
  if (!job) throw new Error('the notifications subgraph on this database has not started its dispatcher');
  return dispatchRound(job.dispatcher);
}

export type { GraphEvent };
