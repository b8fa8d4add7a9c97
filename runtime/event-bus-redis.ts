import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type {
  BusLimits,
  ConsumeOptions,
  EventBus,
  EventSubscription,
  ReceiveOptions,
  ReceivedEvent,
} from './event-bus';
import { consumeEvents, DEFAULT_RECEIVE_COUNT } from './event-bus-consume';
import {
  entriesOfRead,
  eventsOf,
  redeliveries,
  removeIdleConsumers,
  tailStream,
  type StreamEntry,
} from './event-bus-redis-stream';
import type { GraphEvent } from './events';

/** How often a process looks for consumers left behind in a group it reads in. */
const TIDY_EVERY_MS = 60_000;
/** A consumer idle this long (and at least ten redelivery timeouts) with nothing pending is removed. */
const CONSUMER_IDLE_LIMIT_MS = 10 * 60_000;

/** Entries read for the first time. */
const firstDeliveries = (entries: StreamEntry[]): ReceivedEvent[] =>
  eventsOf(entries).map(({ event, receipt }) => ({ event, receipt, redelivered: false, deliveries: 1 }));

const failedWith = (error: unknown, code: string) => error instanceof Error && error.message.startsWith(code);

/**
 * Redis Streams: one stream (`<REDIS_KEY_PREFIX>events`) per deployment, trimmed to about
 * `maxLength` entries on every publication (XADD MAXLEN ~). A consumer group is created at its
 * first read (XGROUP CREATE … 0 MKSTREAM: from the oldest entry kept); reads are XREADGROUP, and
 * entries a group's consumers left unacknowledged past the timeout are taken over with XAUTOCLAIM
 * (XPENDING then tells how many times each was delivered). Consumers are named `host:pid`, so each
 * restart leaves one behind: once a minute a reader removes those of its group idle for ten
 * redelivery timeouts (ten minutes at least) that hold nothing pending. Tails read with XREAD.
 * Commands fail within seconds while Redis is down: the relay then keeps its rows for a later
 * round, and a consumer reads again shortly.
 */
export class RedisStreamBus implements EventBus {
  readonly key: string;
  private readonly client: Redis;
  private readonly groups = new Set<string>();
  /** A waiting read holds its connection: each waiting consumer has one, which a stop closes. */
  private readonly waiting = new Map<string, Redis>();
  private readonly tails = new Set<EventSubscription>();
  /** When this process last looked for consumers left behind, by group. */
  private readonly tidiedAt = new Map<string, number>();

  constructor(
    url: string,
    prefix: string,
    private readonly limits: BusLimits,
  ) {
    this.key = `${prefix}events`;
    this.client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 5_000 });
    // Failed commands reject, and their callers log them; the connection's own errors would repeat them.
    this.client.on('error', () => undefined);
  }

  async publish(events: readonly GraphEvent[]): Promise<void> {
    if (!events.length) return;
    const pipeline = this.client.pipeline();
    for (const event of events)
      pipeline.xadd(this.key, 'MAXLEN', '~', this.limits.maxLength, '*', 'event', JSON.stringify(event));
    const failed = (await pipeline.exec())?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async receive(group: string, consumer: string, options: ReceiveOptions = {}): Promise<ReceivedEvent[]> {
    try {
      await this.createGroup(group);
      const count = options.count ?? DEFAULT_RECEIVE_COUNT;
      const idleMs = options.redeliverAfterMs ?? this.limits.redeliverAfterMs;
      const [, claimed] = (await this.client.xautoclaim(this.key, group, consumer, idleMs, '0-0', 'COUNT', count)) as [
        string,
        StreamEntry[],
      ];
      const redelivered = await redeliveries(this.client, this.key, group, claimed);
      this.tidy(group, consumer);
      if (redelivered.length >= count) return redelivered;
      // Waits for new entries only when nothing was waiting to be redelivered.
      const blockMs = redelivered.length ? 0 : (options.blockMs ?? 0);
      return [...redelivered, ...(await this.read(group, consumer, count - redelivered.length, blockMs, options))];
    } catch (error) {
      // The stream was removed (Redis restarted empty, its key was deleted): the next read creates it again.
      if (failedWith(error, 'NOGROUP')) this.groups.delete(group);
      throw error;
    }
  }

  async ack(group: string, receipts: readonly string[]): Promise<void> {
    if (receipts.length) await this.client.xack(this.key, group, ...receipts);
  }

  consume(
    group: string,
    consumer: string,
    handle: (event: GraphEvent, delivery: ReceivedEvent) => Promise<void>,
    options?: ConsumeOptions,
  ): EventSubscription {
    return consumeEvents(this, group, consumer, handle, options);
  }

  tail(
    handle: (events: GraphEvent[]) => Promise<void> | void,
    options?: { log?: Logger; blockMs?: number },
  ): EventSubscription {
    const tail = tailStream(this.client, this.key, handle, options);
    this.tails.add(tail);
    return {
      stop: async () => {
        this.tails.delete(tail);
        await tail.stop();
      },
    };
  }

  async pending(group: string): Promise<number> {
    try {
      const [count] = (await this.client.xpending(this.key, group)) as [number, ...unknown[]];
      return Number(count);
    } catch (error) {
      // No group yet (or no stream): nothing is pending in it.
      if (failedWith(error, 'NOGROUP')) return 0;
      throw error;
    }
  }

  /**
   * Removes the consumers of `group` idle longer than `idleMs` (default: ten redelivery timeouts, at
   * least ten minutes) that hold no pending entry, except `except`; answers their names.
   */
  removeIdleConsumers(
    group: string,
    except?: string,
    idleMs = Math.max(10 * this.limits.redeliverAfterMs, CONSUMER_IDLE_LIMIT_MS),
  ): Promise<string[]> {
    return removeIdleConsumers(this.client, this.key, group, idleMs, except);
  }

  async close(): Promise<void> {
    await Promise.all([...this.tails].map((tail) => tail.stop()));
    this.tails.clear();
    for (const connection of this.waiting.values()) connection.disconnect();
    this.waiting.clear();
    await this.client.quit().catch(() => this.client.disconnect());
  }

  /** At most once a minute per group, in the background of a read: a failure waits for the next time. */
  private tidy(group: string, consumer: string): void {
    const now = Date.now();
    if (now - (this.tidiedAt.get(group) ?? 0) < TIDY_EVERY_MS) return;
    this.tidiedAt.set(group, now);
    this.removeIdleConsumers(group, consumer).catch(() => undefined);
  }

  private async createGroup(group: string): Promise<void> {
    if (this.groups.has(group)) return;
    try {
      await this.client.xgroup('CREATE', this.key, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!failedWith(error, 'BUSYGROUP')) throw error;
    }
    this.groups.add(group);
  }

  private async read(
    group: string,
    consumer: string,
    count: number,
    blockMs: number,
    { signal }: ReceiveOptions,
  ): Promise<ReceivedEvent[]> {
    const args = [
      'GROUP',
      group,
      consumer,
      'COUNT',
      count,
      ...(blockMs ? ['BLOCK', blockMs] : []),
      'STREAMS',
      this.key,
    ];
    if (signal?.aborted) return [];
    if (!blockMs) return firstDeliveries(entriesOfRead(await this.client.call('XREADGROUP', ...args, '>')));
    const name = `${group}\n${consumer}`;
    let connection = this.waiting.get(name);
    if (!connection) {
      connection = this.client.duplicate({ commandTimeout: blockMs + 5_000 });
      connection.on('error', () => undefined);
      this.waiting.set(name, connection);
    }
    const waiting = connection;
    // Entries this read had taken when it was cut off stay pending, and are redelivered after the timeout.
    const interrupt = () => {
      waiting.disconnect();
      this.waiting.delete(name);
    };
    signal?.addEventListener('abort', interrupt, { once: true });
    try {
      return firstDeliveries(entriesOfRead(await waiting.call('XREADGROUP', ...args, '>')));
    } catch (error) {
      if (signal?.aborted) return [];
      throw error;
    } finally {
      signal?.removeEventListener('abort', interrupt);
    }
  }
}
