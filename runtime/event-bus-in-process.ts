import type {
  BusLimits,
  ConsumeOptions,
  EventBus,
  EventSubscription,
  ReceiveOptions,
  ReceivedEvent,
} from './event-bus';
import type { Logger } from 'pino';
import { consumeEvents, DEFAULT_RECEIVE_COUNT, TAIL_BATCH } from './event-bus-consume';
import type { GraphEvent } from './events';

interface Entry {
  sequence: number;
  event: GraphEvent;
}

interface Group {
  /** The sequence of the next event it has not received. */
  next: number;
  /** Received and not acknowledged, by receipt, in the order first delivered. */
  pending: Map<string, { entry: Entry; deliveredAt: number; deliveries: number }>;
}

/**
 * The embedded bus: the semantics of the Redis stream (groups, acknowledgements, redelivery after
 * a timeout, the last `maxLength` events kept for groups that come later) in this process's
 * memory. What it holds is lost with the process: an event published and not yet handled by a
 * group is not delivered to it after a restart. Tails are called after each publication, in turn.
 */
export class InProcessBus implements EventBus {
  private entries: Entry[] = [];
  private nextSequence = 0;
  private readonly groups = new Map<string, Group>();
  private readonly waiting = new Set<() => void>();
  private readonly tails = new Set<(events: readonly GraphEvent[]) => void>();
  private closed = false;

  constructor(private readonly limits: BusLimits) {}

  async publish(events: readonly GraphEvent[]): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed');
    for (const event of events) this.entries.push({ sequence: this.nextSequence++, event });
    this.trim();
    for (const wake of [...this.waiting]) wake();
    if (events.length) for (const tail of this.tails) tail(events);
  }

  async receive(groupName: string, consumer: string, options: ReceiveOptions = {}): Promise<ReceivedEvent[]> {
    const received = this.take(this.group(groupName), options);
    if (received.length || !options.blockMs || options.signal?.aborted || this.closed) return received;
    await this.wait(options.blockMs, options.signal);
    return options.signal?.aborted ? [] : this.take(this.group(groupName), options);
  }

  async ack(groupName: string, receipts: readonly string[]): Promise<void> {
    const group = this.groups.get(groupName);
    for (const receipt of receipts) group?.pending.delete(receipt);
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
    { log }: { log?: Logger; blockMs?: number } = {},
  ): EventSubscription {
    const queue: GraphEvent[] = [];
    let stopped = false;
    let draining: Promise<void> | undefined;
    const drain = async () => {
      while (queue.length && !stopped) {
        try {
          await handle(queue.splice(0, TAIL_BATCH));
        } catch (error) {
          log?.warn({ err: error }, 'tail handler failed; its events are skipped');
        }
      }
      draining = undefined;
    };
    const listener = (events: readonly GraphEvent[]) => {
      queue.push(...events);
      // After the publication, not inside it: a slow live view does not hold up the relay.
      draining ??= Promise.resolve().then(drain);
    };
    this.tails.add(listener);
    return {
      stop: async () => {
        stopped = true;
        this.tails.delete(listener);
        await draining;
      },
    };
  }

  async pending(groupName: string): Promise<number> {
    return this.groups.get(groupName)?.pending.size ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.tails.clear();
    for (const wake of [...this.waiting]) wake();
    this.entries = [];
    this.groups.clear();
  }

  private group(name: string): Group {
    let group = this.groups.get(name);
    if (!group) {
      group = { next: this.entries[0]?.sequence ?? this.nextSequence, pending: new Map() };
      this.groups.set(name, group);
    }
    return group;
  }

  private take(group: Group, options: ReceiveOptions): ReceivedEvent[] {
    const count = options.count ?? DEFAULT_RECEIVE_COUNT;
    const now = Date.now();
    const idleSince = now - (options.redeliverAfterMs ?? this.limits.redeliverAfterMs);
    const received: ReceivedEvent[] = [];
    for (const [receipt, pending] of group.pending) {
      if (received.length >= count) break;
      if (pending.deliveredAt > idleSince) continue;
      pending.deliveredAt = now;
      pending.deliveries++;
      received.push({ event: pending.entry.event, receipt, redelivered: true, deliveries: pending.deliveries });
    }
    const first = this.entries[0]?.sequence ?? this.nextSequence;
    for (let index = Math.max(0, group.next - first); index < this.entries.length; index++) {
      if (received.length >= count) break;
      const entry = this.entries[index];
      const receipt = String(entry.sequence);
      group.pending.set(receipt, { entry, deliveredAt: now, deliveries: 1 });
      group.next = entry.sequence + 1;
      received.push({ event: entry.event, receipt, redelivered: false, deliveries: 1 });
    }
    return received;
  }

  private wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  /** Keeps at least the last `maxLength` events, as the Redis stream does (a pending delivery keeps its own). */
  private trim(): void {
    // A tenth over before trimming, as Redis trims whole nodes (MAXLEN ~): not one copy per publication.
    if (this.entries.length > this.limits.maxLength * 1.1)
      this.entries = this.entries.slice(this.entries.length - this.limits.maxLength);
  }
}
