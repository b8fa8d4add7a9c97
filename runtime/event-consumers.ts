/**
 * A subgraph reacts to other subgraphs' events through its consumers: each is a consumer group of
 * the bus, named `<subgraph>:<purpose>`, that every event reaches once (per group, whatever the
 * number of replicas). An event is handled in one transaction with the record that it was
 * (`processed_event`), so a redelivered event changes nothing; the bus is acknowledged after the
 * commit. A handler that throws leaves nothing written, and the event comes again after the
 * redelivery timeout. Handlers must not depend on seeing a subject's events strictly in order.
 */
import { hostname } from 'node:os';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { EventBus, EventSubscription } from './event-bus';
import type { EventType, GraphEvent } from './events';
import { ProcessedEvent } from './outbox';

export interface EventConsumer {
  /** The consumer group, e.g. `inspections:facility-merges`: unique in the deployment. */
  name: string;
  /** The event types it handles; it acknowledges others unread. */
  types: readonly EventType[];
  /** Applies one event inside `tx`, with the record that it was handled. */
  handle(event: GraphEvent, tx: EntityManager): Promise<void>;
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

export interface DeliveryOptions {
  /** This reader's name within each group (default `CONSUMER_NAME`). */
  consumer?: string;
  /** At most this many events per group. */
  count?: number;
  /** Redelivers what was not acknowledged for this long (default EVENT_REDELIVERY_TIMEOUT_MS). */
  redeliverAfterMs?: number;
  clock?: Clock;
  log?: Logger;
}

export interface DeliveryRound {
  /** Events the groups received, handled or not. */
  delivered: number;
  /** Events a handler applied for the first time. */
  handled: number;
  /** Deliveries whose handler threw: not acknowledged, so redelivered after the timeout. */
  failures: { consumer: string; eventId: string; error: Error }[];
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
    const done: string[] = [];
    for (const { event, receipt } of received) {
      try {
        if ((await processEvent(em, consumer, event, options.clock)) === 'handled') round.handled++;
        done.push(receipt);
      } catch (error) {
        options.log?.warn({ err: error, group: consumer.name, eventId: event.id }, 'event not handled');
        round.failures.push({ consumer: consumer.name, eventId: event.id, error: error as Error });
      }
    }
    await bus.ack(consumer.name, done);
  }
  return round;
}

/** Runs every consumer on the bus until stopped (`stop` waits for the events being handled). */
export function startConsumers(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  log: Logger,
  clock: Clock,
): EventSubscription {
  const subscriptions = consumers.map((consumer) =>
    bus.consume(consumer.name, CONSUMER_NAME, async (event) => void (await processEvent(em, consumer, event, clock)), {
      log: log.child({ group: consumer.name }),
    }),
  );
  return {
    async stop() {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    },
  };
}
