/**
 * The relay: every OUTBOX_RELAY_INTERVAL_MS, each subgraph publishes the unpublished rows of its
 * outbox to the event bus, oldest first, and marks them published in the transaction that took
 * them. A relay that dies after publishing and before committing leaves the rows unpublished, and
 * the next round publishes them again: at least once, and consumers deduplicate by event id.
 *
 * Replicas relay side by side on PostgreSQL: a round locks the rows it takes (FOR UPDATE SKIP
 * LOCKED), so two rounds never publish the same row at the same time, and it leaves for a later
 * round the rows of a subject whose earlier rows another round holds, so each subject's events are
 * published in the order they were recorded. The embedded SQLite store has one process.
 */
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { EventBus } from './event-bus';
import { OutboxEvent, ProcessedEvent, publishedForm } from './outbox';

export const RELAY_BATCH = 100;
/** Batches in one round; the rest waits for the next round, so one round never runs for long. */
const MAX_BATCHES = 20;
/** How often a relay deletes what is past its retention. */
const PURGE_EVERY_MS = 10 * 60_000;

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

/** Drops the rows whose subject has an earlier unpublished row this round did not take (another round holds it). */
async function inSubjectOrder(tx: EntityManager, rows: OutboxEvent[]): Promise<OutboxEvent[]> {
  const taken = rows.map((row) => row.id);
  const held = await tx.find(
    OutboxEvent,
    {
      publishedAt: null,
      subject: { $in: [...new Set(rows.map((row) => row.subject))] },
      id: { $lt: taken[taken.length - 1], $nin: taken },
    },
    { fields: ['id', 'subject'] },
  );
  if (!held.length) return rows;
  const firstHeld = new Map<string, string>();
  for (const row of held) {
    const first = firstHeld.get(row.subject);
    if (first === undefined || row.id < first) firstHeld.set(row.subject, row.id);
  }
  return rows.filter((row) => {
    const first = firstHeld.get(row.subject);
    return first === undefined || row.id < first;
  });
}

/**
 * One batch: takes up to `limit` of the oldest unpublished rows, publishes them and marks them
 * published, in one transaction. Answers how many it published.
 */
export async function relayOutbox(
  em: EntityManager,
  bus: EventBus,
  limit = RELAY_BATCH,
  clock: Clock = systemClock,
): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const postgres = isPostgres(tx);
    const taken = await tx.find(
      OutboxEvent,
      { publishedAt: null },
      { orderBy: { id: 'asc' }, limit, ...(postgres ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}) },
    );
    const rows = postgres && taken.length ? await inSubjectOrder(tx, taken) : taken;
    if (!rows.length) return 0;
    await bus.publish(rows.map(publishedForm));
    await tx.nativeUpdate(OutboxEvent, { id: { $in: rows.map((row) => row.id) } }, { publishedAt: clock.now() });
    return rows.length;
  });
}

/** Deletes published events, and records of handled events, from before `before`. */
export async function purgeOutbox(em: EntityManager, before: Date): Promise<number> {
  const fork = em.fork();
  const published = await fork.nativeDelete(OutboxEvent, { publishedAt: { $lt: before } });
  const processed = await fork.nativeDelete(ProcessedEvent, { processedAt: { $lt: before } });
  return published + processed;
}

/**
 * What waits in the outbox: how many events are unpublished, and how old the oldest is in seconds
 * by the services' clock (0 when none waits). Two reads of the relay's own index.
 */
export async function outboxBacklog(
  em: EntityManager,
  clock: Clock = systemClock,
): Promise<{ unpublished: number; oldestAgeSeconds: number }> {
  const fork = em.fork();
  const unpublished = await fork.count(OutboxEvent, { publishedAt: null });
  const oldest = unpublished
    ? await fork.findOne(OutboxEvent, { publishedAt: null }, { orderBy: { id: 'asc' }, fields: ['occurredAt'] })
    : null;
  const ageMs = oldest ? clock.now().getTime() - oldest.occurredAt.getTime() : 0;
  return { unpublished, oldestAgeSeconds: Math.max(0, ageMs) / 1_000 };
}

/** One round: batches until the outbox is empty (or MAX_BATCHES), and the retention's deletes when due. */
export async function relayRound(em: EntityManager, bus: EventBus, clock: Clock = systemClock): Promise<number> {
  let published = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const relayed = await relayOutbox(em, bus, RELAY_BATCH, clock);
    published += relayed;
    if (relayed < RELAY_BATCH) break;
  }
  return published;
}

export interface RelayJob {
  /** Stops the rounds and waits for one in progress. */
  stop(): Promise<void>;
}

export interface RelaySettings {
  intervalMs: number;
  retentionHours: number;
}

/** Runs relay rounds every `intervalMs` (none when 0) and deletes what is past the retention now and then. */
export function startOutboxRelay(
  em: EntityManager,
  bus: EventBus,
  log: Logger,
  clock: Clock,
  { intervalMs, retentionHours }: RelaySettings,
): RelayJob {
  if (intervalMs === 0) return { stop: async () => undefined };
  let round: Promise<unknown> | undefined;
  let failing = false;
  let purgedAt = 0;
  const run = async () => {
    await relayRound(em, bus, clock);
    if (Date.now() - purgedAt >= PURGE_EVERY_MS) {
      purgedAt = Date.now();
      const deleted = await purgeOutbox(em, new Date(clock.now().getTime() - retentionHours * 3_600_000));
      if (deleted) log.info({ deleted }, 'published events past their retention deleted');
    }
  };
  const timer = setInterval(() => {
    round ??= run()
      .then(() => failing && log.info('outbox relay publishing again'))
      .then(() => (failing = false))
      // Logged once when it starts failing, not every round: the rows wait in the outbox meanwhile.
      .catch((error: Error) => {
        if (!failing) log.warn({ err: error.message }, 'outbox relay round failed; its events wait for a later round');
        failing = true;
      })
      .finally(() => (round = undefined));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
