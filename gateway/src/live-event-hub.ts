import type { Logger } from 'pino';
import { matchesFilter, type EventFilter } from '../../runtime/event-filter';
import type { EventVisibility } from '../../runtime/event-visibility';
import type { GraphEvent } from '../../runtime/events';
import type { Principal } from '../../runtime/principal';
import { LiveQueue } from './live-queue';

/** One live subscription: who asked, what for, and where its events wait for its socket. */
interface Subscriber {
  principal: Principal;
  /** Subscribers of one principal share a visibility check per batch. */
  reader: string;
  filter: EventFilter;
  queue: LiveQueue<GraphEvent>;
}

/** How many of the latest event ids the hub remembers, to drop an event the stream repeats. */
export const REMEMBERED_EVENTS = 10_000;

/** Principals that read alike: the same caller with the same claims. */
export const readerKey = (principal: Principal): string =>
  JSON.stringify([
    principal.role,
    principal.subject,
    principal.organizationId,
    principal.country,
    [...principal.scopes].sort(),
  ]);

/**
 * The gateway's live subscriptions, fed from the event stream one batch at a time. For each batch: every
 * subscriber keeps the events its filter matches; then each distinct principal among them is asked about
 * once (one `visibleTo` over the events its subscriptions matched), and each subscriber is handed, in
 * publication order, its matches that came back readable. Batches are handled one after the other, so a
 * subscriber's events keep the order of the stream.
 *
 * The stream may repeat an event (a relay that died after publishing publishes again): one already seen
 * among the latest REMEMBERED_EVENTS is dropped, so that a subscriber is told of it once.
 *
 * A batch whose visibility cannot be told for a principal (a subgraph did not answer) is skipped for that
 * principal's subscribers, and logged: a live view is best-effort, and delivering on a guess could show an
 * event to someone who may not read it.
 */
export class LiveEventHub {
  private readonly subscribers = new Set<Subscriber>();
  /** The latest event ids, oldest first (a Set keeps insertion order). */
  private readonly seen = new Set<string>();

  constructor(
    private readonly visibility: Pick<EventVisibility, 'visibleTo'>,
    private readonly log: Logger,
    private readonly onSkipped: (subscriptions: number) => void = () => undefined,
  ) {}

  /** Subscriptions open now. */
  get size(): number {
    return this.subscribers.size;
  }

  /** A stream of the events `principal` may read that match `filter`, from now until it is ended. */
  subscribe(principal: Principal, filter: EventFilter, limit?: number): LiveQueue<GraphEvent> {
    const subscriber: Subscriber = {
      principal,
      reader: readerKey(principal),
      filter,
      queue: new LiveQueue<GraphEvent>(() => this.subscribers.delete(subscriber), limit),
    };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  /** Hands one batch of the stream to the subscribers that match it and may read it. */
  async deliver(batch: readonly GraphEvent[]): Promise<void> {
    const events = batch.filter((event) => !this.seen.has(event.id));
    for (const event of events) this.seen.add(event.id);
    for (const id of this.seen) {
      if (this.seen.size <= REMEMBERED_EVENTS) break;
      this.seen.delete(id);
    }
    const readers = new Map<string, { principal: Principal; matched: Set<GraphEvent>; subscribers: Subscriber[] }>();
    const matches = new Map<Subscriber, GraphEvent[]>();
    for (const subscriber of this.subscribers) {
      const matching = events.filter((event) => matchesFilter(event, subscriber.filter));
      if (!matching.length) continue;
      matches.set(subscriber, matching);
      let reader = readers.get(subscriber.reader);
      if (!reader) {
        reader = { principal: subscriber.principal, matched: new Set(), subscribers: [] };
        readers.set(subscriber.reader, reader);
      }
      reader.subscribers.push(subscriber);
      for (const event of matching) reader.matched.add(event);
    }
    await Promise.all(
      [...readers.values()].map(async ({ principal, matched, subscribers }) => {
        // In the stream's order, each event once, however many of this principal's subscriptions matched it.
        const asked = events.filter((event) => matched.has(event));
        let readable: Map<GraphEvent, GraphEvent | null>;
        try {
          const answers = await this.visibility.visibleTo(principal, asked);
          readable = new Map(asked.map((event, index) => [event, answers[index] ?? null]));
        } catch (error) {
          this.onSkipped(subscribers.length);
          this.log.warn(
            {
              err: (error as Error).message,
              role: principal.role,
              subscriptions: subscribers.length,
              events: asked.length,
            },
            'live events skipped: could not tell who may read them',
          );
          return;
        }
        for (const subscriber of subscribers) {
          const visible = matches.get(subscriber)!.map((event) => readable.get(event) ?? null);
          subscriber.queue.push(visible.filter((event): event is GraphEvent => event !== null));
        }
      }),
    );
  }

  /** Ends every subscription (the gateway stops). */
  close(): void {
    for (const subscriber of [...this.subscribers]) void subscriber.queue.return();
  }
}
