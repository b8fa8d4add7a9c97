import type { Logger } from 'pino';
import { config, type Config } from './config';
import { InProcessBus } from './event-bus-in-process';
import { RedisStreamBus } from './event-bus-redis';
import type { GraphEvent } from './events';

export { InProcessBus } from './event-bus-in-process';
export { RedisStreamBus } from './event-bus-redis';

/**
 * The event stream between the relays that publish the outboxes and the consumers that react.
 *
 * - Consumer groups: every group receives every event; within a group each event goes to one of
 *   its consumers (the replicas of a subgraph).
 * - At least once: a consumer acknowledges an event after handling it. One that was not
 *   acknowledged within the redelivery timeout (its handler threw, its process died) is delivered
 *   again, to whichever consumer of the group reads next. Consumers deduplicate by event id.
 * - Order: the stream keeps publication order, and the relay publishes each subject's events in the
 *   order they were recorded. A group with one consumer receives them in that order; a
 *   redelivery, or several consumers of one group working at once, can reorder what they handle.
 * - A group created after events were published starts from the oldest event still kept.
 * - Tails: a live view reads the stream without a group, from the moment it starts; each tail
 *   receives every event, and nothing is acknowledged or redelivered.
 *
 * `RedisStreamBus` (one stream under REDIS_KEY_PREFIX, shared by every service of a deployment)
 * when REDIS_URL is set; `InProcessBus` otherwise, which reaches only the services of its own
 * process: the embedded stack, where the four subgraphs share one.
 */
export interface EventBus {
  publish(events: readonly GraphEvent[]): Promise<void>;
  /**
   * One read for `consumer` of `group` (created at its first read): first the group's events left
   * unacknowledged past the redelivery timeout, then events it has not received yet.
   */
  receive(group: string, consumer: string, options?: ReceiveOptions): Promise<ReceivedEvent[]>;
  /** The group has handled these: they are not delivered to it again. */
  ack(group: string, receipts: readonly string[]): Promise<void>;
  /**
   * Hands every event the group receives at this consumer to `handle`, one at a time, with its
   * delivery (how many times it was delivered), until stopped; acknowledges each after `handle`
   * resolves, leaves one that throws to be redelivered.
   */
  consume(
    group: string,
    consumer: string,
    handle: (event: GraphEvent, delivery: ReceivedEvent) => Promise<void>,
    options?: ConsumeOptions,
  ): EventSubscription;
  /**
   * Hands every event published from now on to `handle`, in publication order, in batches, without a consumer
   * group: every tail of every process receives every event; nothing is acknowledged or redelivered (a live
   * view that reconnects reloads what it shows). Stops when `stop` is called.
   */
  tail(
    handle: (events: GraphEvent[]) => Promise<void> | void,
    options?: { log?: Logger; blockMs?: number },
  ): EventSubscription;
  /** How many events the group's consumers received and have not acknowledged yet (0 for a group not made yet). */
  pending(group: string): Promise<number>;
  close(): Promise<void>;
}

export interface ReceivedEvent {
  event: GraphEvent;
  /** This delivery's id in the bus (a stream entry id), which `ack` takes. */
  receipt: string;
  /** It was delivered before and not acknowledged in time. */
  redelivered: boolean;
  /** How many times it has been delivered to the group, this time included. */
  deliveries: number;
}

export interface ReceiveOptions {
  /** At most this many events (default 100). */
  count?: number;
  /** Waits up to this long for an event when none is waiting (default: answers at once). */
  blockMs?: number;
  /** Redelivers what was not acknowledged for this long (default EVENT_REDELIVERY_TIMEOUT_MS). */
  redeliverAfterMs?: number;
  /** Ends a wait early, answering nothing. */
  signal?: AbortSignal;
}

export interface ConsumeOptions extends Omit<ReceiveOptions, 'signal'> {
  log?: Logger;
}

/** What both buses are built with (from the settings, in `createEventBus`). */
export interface BusLimits {
  /** About how many events the stream keeps. */
  maxLength: number;
  /** The redelivery timeout where a read names none, in milliseconds. */
  redeliverAfterMs: number;
}

export interface EventSubscription {
  /** Stops reading and waits for the event being handled (and its acknowledgement). */
  stop(): Promise<void>;
}

/** The most events the in-process bus keeps, whatever EVENT_STREAM_MAX_LENGTH says. */
export const IN_PROCESS_MAX_LENGTH = 100_000;

/** The bus of this deployment: Redis Streams when REDIS_URL is set, else one in this process. */
export function createEventBus(
  settings: Pick<
    Config,
    'REDIS_URL' | 'REDIS_KEY_PREFIX' | 'EVENT_STREAM_MAX_LENGTH' | 'EVENT_REDELIVERY_TIMEOUT_MS'
  > = config(),
): EventBus {
  const redeliverAfterMs = settings.EVENT_REDELIVERY_TIMEOUT_MS;
  if (settings.REDIS_URL)
    return new RedisStreamBus(settings.REDIS_URL, settings.REDIS_KEY_PREFIX, {
      maxLength: settings.EVENT_STREAM_MAX_LENGTH,
      redeliverAfterMs,
    });
  // Kept in memory: fewer.
  return new InProcessBus({
    maxLength: Math.min(settings.EVENT_STREAM_MAX_LENGTH, IN_PROCESS_MAX_LENGTH),
    redeliverAfterMs,
  });
}
