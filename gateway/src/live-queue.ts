import { GraphQLError } from 'graphql';

/** The most events one live subscription may have waiting for its socket before it is ended. */
export const MAX_WAITING_EVENTS = 1_000;

/**
 * The events waiting for one live subscription, handed to graphql-ws as the subscription's stream: the
 * hub pushes each batch's events, the socket pulls them one by one. A subscriber whose socket takes them
 * slower than they come (a stalled client) is ended with an error rather than let its backlog grow: the
 * dashboard subscribes again and reloads.
 */
export class LiveQueue<Item> implements AsyncIterableIterator<Item> {
  private readonly waiting: Item[] = [];
  private reader?: { resolve(result: IteratorResult<Item>): void; reject(error: Error): void };
  private failure?: Error;
  private ended = false;

  /** `onEnd` runs once, when the subscriber goes (completed, disconnected) or falls behind. */
  constructor(
    private readonly onEnd: () => void,
    private readonly limit = MAX_WAITING_EVENTS,
  ) {}

  push(items: readonly Item[]): void {
    if (this.ended || !items.length) return;
    if (this.waiting.length + items.length > this.limit) return this.fail();
    this.waiting.push(...items);
    const reader = this.reader;
    if (reader) {
      this.reader = undefined;
      reader.resolve({ value: this.waiting.shift()!, done: false });
    }
  }

  next(): Promise<IteratorResult<Item>> {
    if (this.waiting.length) return Promise.resolve({ value: this.waiting.shift()!, done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.reader = { resolve, reject }));
  }

  return(): Promise<IteratorResult<Item>> {
    this.waiting.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<Item>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private fail(): void {
    this.waiting.length = 0;
    this.failure = new GraphQLError(
      `This subscription fell more than ${this.limit} events behind and was ended: subscribe again, and reload what you show`,
      { extensions: { code: 'SERVICE_UNAVAILABLE' } },
    );
    this.end();
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    const reader = this.reader;
    this.reader = undefined;
    if (reader && this.failure) reader.reject(this.failure);
    else reader?.resolve({ value: undefined, done: true });
    this.onEnd();
  }
}
