import { EntitySchema, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { GraphEvent } from './events';
import { eventId } from './outbox';

/**
 * The dead letters: an event a consumer group's handler failed on EVENT_MAX_DELIVERIES times is
 * parked in the group's subgraph, in `dead_event`, and acknowledged, so that it stops coming back
 * (and stops holding its group's pending list). It stays until it is replayed
 * (`npm run events -- replay`), which handles it again as a delivery would. Every subgraph lists
 * `DeadEventSchema` among its entities.
 */
export class DeadEvent {
  /** UUID v7: the dead letter's own id, which a replay names. */
  id!: string;
  /** The consumer group whose handler failed, e.g. `inspections:facility-merges`. */
  consumer!: string;
  eventId!: string;
  /** The event as it was delivered. */
  event!: GraphEvent;
  /** The message of the handler's last failure. */
  lastError!: string;
  /** Deliveries to the group before it was parked. */
  deliveries!: number;
  parkedAt!: Date;
}

export const DeadEventSchema = new EntitySchema<DeadEvent>({
  class: DeadEvent,
  tableName: 'dead_event',
  // An event parked again (its process died between parking and acknowledging) is recognised here.
  uniques: [{ properties: ['consumer', 'eventId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    consumer: { type: 'string', length: 120 },
    eventId: { type: 'uuid' },
    event: { type: 'json' },
    lastError: { type: 'text' },
    deliveries: { type: 'integer' },
    parkedAt: { type: 'Date' },
  },
});

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Parks `event` for `consumer` after its handler failed on the `deliveries`-th delivery: the
 * caller acknowledges it once this resolves. An event already parked for the group is left as it is.
 */
export async function parkEvent(
  em: EntityManager,
  consumer: string,
  event: GraphEvent,
  failure: { error: unknown; deliveries: number },
  clock: Clock = systemClock,
  log?: Logger,
): Promise<void> {
  const fork = em.fork();
  try {
    await fork.insert(DeadEvent, {
      id: eventId(),
      consumer,
      eventId: event.id,
      event,
      lastError: messageOf(failure.error),
      deliveries: failure.deliveries,
      parkedAt: clock.now(),
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  log?.error(
    { err: failure.error, group: consumer, eventId: event.id, type: event.type, deliveries: failure.deliveries },
    'event parked as a dead letter after its last delivery failed; replay it with `npm run events -- replay`',
  );
}

/** The dead letters of a subgraph, oldest first (of one group when `consumer` names it). */
export const deadEvents = (em: EntityManager, consumer?: string): Promise<DeadEvent[]> =>
  em.fork().find(DeadEvent, consumer ? { consumer } : {}, { orderBy: { parkedAt: 'asc', id: 'asc' } });

/** How many events are parked for `consumer`. */
export const deadEventCount = (em: EntityManager, consumer: string): Promise<number> =>
  em.fork().count(DeadEvent, { consumer });
