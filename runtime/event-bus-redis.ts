import { Redis } from 'ioredis';
import type {
  BusLimits,
  ConsumeOptions,
  EventBus,
  EventSubscription,
  ReceiveOptions,
  ReceivedEvent,
} from './event-bus';
import { consumeEvents, DEFAULT_RECEIVE_COUNT } from './event-bus-consume';
import type { GraphEvent } from './events';

type StreamEntry = [id: string, fields: string[]] | null;

/** A stream read's entries: RESP2 answers `[[key, entries]]`, RESP3 (ioredis' legacy shape) `[key, entries]`. */
function entriesOfRead(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  const stream = (Array.isArray(reply[0]) ? reply[0] : reply) as [string, StreamEntry[]];
  return stream[1] ?? [];
}

function received(entries: StreamEntry[], redelivered: boolean): ReceivedEvent[] {
  return entries.flatMap((entry) => {
    // An entry trimmed from the stream while pending is answered as nothing.
    if (!entry) return [];
    const [receipt, fields] = entry;
    const json = fields[fields.indexOf('event') + 1];
    return json === undefined ? [] : [{ event: JSON.parse(json) as GraphEvent, receipt, redelivered }];
  });
}

const failedWith = (error: unknown, code: string) => error instanceof Error && error.message.startsWith(code);

/**
 * Redis Streams: one stream (`<REDIS_KEY_PREFIX>events`) per deployment, trimmed to about
 * `maxLength` entries on every publication (XADD MAXLEN ~). A consumer group is created at its
 * first read (XGROUP CREATE … 0 MKSTREAM: from the oldest entry kept); reads are XREADGROUP, and
 * entries a group's consumers left unacknowledged past the timeout are taken over with XAUTOCLAIM.
 * Commands fail within seconds while Redis is down: the relay then keeps its rows for a later
 * round, and a consumer reads again shortly.
 */
export class RedisStreamBus implements EventBus {
  readonly key: string;
  private readonly client: Redis;
  private readonly groups = new Set<string>();
  /** A waiting read holds its connection: each waiting consumer has one, which a stop closes. */
  private readonly waiting = new Map<string, Redis>();

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
      const redelivered = received(claimed, true);
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
    handle: (event: GraphEvent) => Promise<void>,
    options?: ConsumeOptions,
  ): EventSubscription {
    return consumeEvents(this, group, consumer, handle, options);
  }

  async close(): Promise<void> {
    for (const connection of this.waiting.values()) connection.disconnect();
    this.waiting.clear();
    await this.client.quit().catch(() => this.client.disconnect());
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
    if (!blockMs) return received(entriesOfRead(await this.client.call('XREADGROUP', ...args, '>')), false);
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
      return received(entriesOfRead(await waiting.call('XREADGROUP', ...args, '>')), false);
    } catch (error) {
      if (signal?.aborted) return [];
      throw error;
    } finally {
      signal?.removeEventListener('abort', interrupt);
    }
  }
}
