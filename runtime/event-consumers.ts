/**
 * A subgraph reacts to other subgraphs' events through its consumers: each is a consumer group of
 * the bus, named `<subgraph>:<purpose>`, that every event reaches once (per group, whatever the
 * number of replicas). An event is handled in one transaction with the record that it was
 * (`processed_event`), so a redelivered event changes nothing; the bus is acknowledged after the
 * commit. A handler that throws leaves nothing written, and the event comes again after the
 * redelivery timeout; when it fails on the EVENT_MAX_DELIVERIES-th delivery, the event is parked
 * as a dead letter (`runtime/dead-events.ts`) and acknowledged, and waits for a replay
 * (`replayDeadEvent`). Handlers must not depend on seeing a subject's events strictly in order.
 */
import { hostname } from 'node:os';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import { config } from './config';
import { DeadEvent, messageOf, parkEvent } from './dead-events';
import type { EventBus, EventSubscription, ReceivedEvent } from './event-bus';
import type { EventType, GraphEvent } from './events';
import { ProcessedEvent } from './outbox';

export interface EventConsumer {
  /** The consumer group, e.g. `inspections:facility-merges`: unique in the deployment. */
  name: string;
  /** The event types it handles; it acknowledges others unread. */
  types: readonly EventType[];
  /** Applies one event inside `tx`, with the record that it was handled. */
  handle(event: GraphEvent, tx: EntityManager): Promise<void>;
  /**
   * Applies several events inside `tx` at once (none handled before): a consumer that receives
   * every event of the graph handles a batch in one transaction rather than one each. Without it,
   * `handle` is called for each.
   */
  handleBatch?(events: GraphEvent[], tx: EntityManager): Promise<void>;
}

/** This process's name within every group it reads in. */
export const CONSUMER_NAME = `${hostname()}:${process.pid}`;

export type Processing = 'handled' | 'duplicate' | 'ignored';

/** Handles `event` for `consumer` unless it already did: in one transaction with its `processed_event` row. */
export async function processEvent(
  em: EntityManager,
  consumer: EventConsumer,
  event: GraphEvent,
  clock: Clock = systemClock,
): Promise<Processing> {
  if (!consumer.types.includes(event.type)) return 'ignored';
  try {
    return await em.fork().transactional(async (tx) => {
      if (await tx.findOne(ProcessedEvent, { consumer: consumer.name, eventId: event.id })) return 'duplicate';
      await consumer.handle(event, tx);
      tx.create(ProcessedEvent, { consumer: consumer.name, eventId: event.id, processedAt: clock.now() });
      return 'handled';
    });
  } catch (error) {
    // The same event handled at the same moment by another delivery, which committed first.
    if (error instanceof UniqueConstraintViolationException) return 'duplicate';
    throw error;
  }
}

/**
 * Handles the events of one read together, in one transaction with their `processed_event` rows:
 * those handled before are skipped. Throws when the batch fails as a whole; the caller then
 * handles the events one by one, so that one bad event does not hold up the others.
 */
export async function processEvents(
  em: EntityManager,
  consumer: EventConsumer,
  events: readonly GraphEvent[],
  clock: Clock = systemClock,
): Promise<number> {
  const wanted = [
    ...new Map(
      events.filter((event) => consumer.types.includes(event.type)).map((event) => [event.id, event]),
    ).values(),
  ];
  if (!wanted.length) return 0;
  return em.fork().transactional(async (tx) => {
    const done = new Set(
      (
        await tx.find(
          ProcessedEvent,
          { consumer: consumer.name, eventId: { $in: wanted.map((event) => event.id) } },
          { fields: ['eventId'] },
        )
      ).map((row) => row.eventId),
    );
    const fresh = wanted.filter((event) => !done.has(event.id));
    if (consumer.handleBatch) await consumer.handleBatch(fresh, tx);
    else for (const event of fresh) await consumer.handle(event, tx);
    for (const event of fresh)
      tx.create(ProcessedEvent, { consumer: consumer.name, eventId: event.id, processedAt: clock.now() });
    return fresh.length;
  });
}

export interface DeliveryOptions {
  /** This reader's name within each group (default `CONSUMER_NAME`). */
  consumer?: string;
  /** At most this many events per group. */
  count?: number;
  /** Redelivers what was not acknowledged for this long (default EVENT_REDELIVERY_TIMEOUT_MS). */
  redeliverAfterMs?: number;
  /** Parks an event whose handler failed on this many deliveries (default EVENT_MAX_DELIVERIES). */
  maxDeliveries?: number;
  clock?: Clock;
  log?: Logger;
}

export interface DeliveryRound {
  /** Events the groups received, handled or not. */
  delivered: number;
  /** Events a handler applied for the first time. */
  handled: number;
  /**
   * Deliveries whose handler threw: not acknowledged, so redelivered after the timeout; or, on the
   * last delivery allowed, `parked` as a dead letter and acknowledged.
   */
  failures: { consumer: string; eventId: string; error: Error; parked: boolean }[];
}

/**
 * One delivery to `consumer`: handled (or recognised) through `processEvent`. A handler that fails
 * throws, unless this was the last delivery allowed: the event is then parked, and the delivery
 * answers `parked` with the failure, to be acknowledged like a handled one.
 */
async function handleDelivery(
  em: EntityManager,
  consumer: EventConsumer,
  { event, deliveries }: Pick<ReceivedEvent, 'event' | 'deliveries'>,
  { clock, log, maxDeliveries = config().EVENT_MAX_DELIVERIES }: DeliveryOptions,
): Promise<Processing | { parked: Error }> {
  try {
    return await processEvent(em, consumer, event, clock);
  } catch (error) {
    if (deliveries < maxDeliveries) throw error;
    await parkEvent(em, consumer.name, event, { error, deliveries }, clock, log);
    return { parked: error instanceof Error ? error : new Error(String(error)) };
  }
}

/**
 * Handles one read of a group: a consumer with `handleBatch` the whole read in one transaction,
 * falling back, when that fails, to each event on its own (an event that fails on its last
 * delivery is parked). Answers the receipts to
 * acknowledge: every event handled, skipped or parked.
 */
async function deliverBatch(
  em: EntityManager,
  consumer: EventConsumer,
  received: readonly ReceivedEvent[],
  options: DeliveryOptions,
  round: DeliveryRound,
): Promise<string[]> {
  if (!received.length) return [];
  // Consumers that handle batches get the read in one transaction; the others an event at a time.
  if (consumer.handleBatch)
    try {
      round.handled += await processEvents(
        em,
        consumer,
        received.map((delivery) => delivery.event),
        options.clock,
      );
      return received.map((delivery) => delivery.receipt);
    } catch {
      // One by one below: the events that can be handled are, and the failing one is retried or parked.
    }
  const done: string[] = [];
  for (const delivery of received) {
    const { event, receipt } = delivery;
    try {
      const outcome = await handleDelivery(em, consumer, delivery, options);
      if (outcome === 'handled') round.handled++;
      if (typeof outcome === 'object')
        round.failures.push({ consumer: consumer.name, eventId: event.id, error: outcome.parked, parked: true });
      done.push(receipt);
    } catch (error) {
      options.log?.warn({ err: error, group: consumer.name, eventId: event.id }, 'event not handled');
      round.failures.push({ consumer: consumer.name, eventId: event.id, error: error as Error, parked: false });
    }
  }
  return done;
}

/** One round of every consumer: what each group has waiting, handled and acknowledged (tests run it). */
export async function deliverEvents(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  options: DeliveryOptions = {},
): Promise<DeliveryRound> {
  const round: DeliveryRound = { delivered: 0, handled: 0, failures: [] };
  for (const consumer of consumers) {
    const received = await bus.receive(consumer.name, options.consumer ?? CONSUMER_NAME, {
      count: options.count,
      redeliverAfterMs: options.redeliverAfterMs,
    });
    round.delivered += received.length;
    await bus.ack(consumer.name, await deliverBatch(em, consumer, received, options, round));
  }
  return round;
}

const CONSUME_WAIT_MS = 1_000;
const RETRY_AFTER_FAILURE_MS = 1_000;

/**
 * Runs every consumer on the bus until stopped (`stop` waits for the events being handled): each
 * group reads what waits for it and handles it a batch at a time.
 */
export function startConsumers(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  log: Logger,
  clock: Clock,
  maxDeliveries = config().EVENT_MAX_DELIVERIES,
): EventSubscription {
  const stopping = new AbortController();
  const { signal } = stopping;
  const loops = consumers.map(async (consumer) => {
    const groupLog = log.child({ group: consumer.name });
    let unavailable = false;
    while (!signal.aborted) {
      try {
        const received = await bus.receive(consumer.name, CONSUMER_NAME, { blockMs: CONSUME_WAIT_MS, signal });
        if (unavailable) groupLog.info('event stream available again');
        unavailable = false;
        const round: DeliveryRound = { delivered: received.length, handled: 0, failures: [] };
        const done = await deliverBatch(em, consumer, received, { clock, log: groupLog, maxDeliveries }, round);
        if (done.length) await bus.ack(consumer.name, done);
      } catch (error) {
        if (signal.aborted) break;
        // Logged when the outage starts, not at every attempt.
        if (!unavailable)
          groupLog.warn({ err: (error as Error).message }, 'event stream unavailable; reading again shortly');
        unavailable = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_FAILURE_MS).unref());
      }
    }
  });
  return {
    async stop() {
      stopping.abort();
      await Promise.all(loops);
    },
  };
}

/** A dead letter a replay could not find among those of its group. */
export class DeadEventNotFound extends Error {
  override name = 'DeadEventNotFound';
}

/**
 * Handles a dead letter of `consumer` again, through `processEvent` (so once, whatever was handled
 * before), and removes it once handled. A handler that fails again leaves it parked, with this
 * failure as its last error, and throws.
 */
export async function replayDeadEvent(
  em: EntityManager,
  consumer: EventConsumer,
  id: string,
  clock: Clock = systemClock,
): Promise<Processing> {
  const fork = em.fork();
  const dead = await fork.findOne(DeadEvent, { id, consumer: consumer.name });
  if (!dead) throw new DeadEventNotFound(`No dead letter ${id} of ${consumer.name}`);
  let outcome: Processing;
  try {
    outcome = await processEvent(em, consumer, dead.event, clock);
  } catch (error) {
    await fork.nativeUpdate(DeadEvent, { id }, { lastError: messageOf(error) });
    throw error;
  }
  await fork.nativeDelete(DeadEvent, { id });
  return outcome;
}
