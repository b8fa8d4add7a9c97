/**
 * Who gets the CPU for tracking-secret hashes. Each is one slow scrypt computation, so a burst of
 * guesses could keep every core busy and make a worker who holds the right secret wait behind
 * them. The queue runs at most `concurrency` hashes at once, in four lanes, first to last:
 *
 * - `proven`: callers who opened a case with its secret in the current window and have nothing
 *   wrong on record — a worker following their case.
 * - `unknown`: callers with nothing on record — a worker's first lookup, or a guesser's first guess.
 * - `sealed`: secrets of new filings, hashed in the background after the filing was answered
 *   (`queries/sealed-secrets.ts`); nobody waits for them.
 * - `suspect`: callers with wrong secrets (or checks still running) on record.
 *
 * A waiting hash of an earlier lane always starts before one of a later lane, and every lane but
 * `proven` leaves slots free: hashes of `unknown`, `sealed` and `suspect` together hold at most
 * max(1, concurrency − 1) slots, those of `suspect` at most max(1, concurrency − 2). Guessers thus
 * never hold every slot, whatever they hold is handed to a waiting worker as soon as one of their
 * hashes ends, and background hashing leaves a core to the requests of the process. Each lane
 * holds only so many waiting hashes; past that one is refused at once (`QueueFull`), so a burst is
 * turned away in microseconds instead of piling up hashes.
 */
export const HASH_LANES = ['proven', 'unknown', 'sealed', 'suspect'] as const;
export type HashLane = (typeof HASH_LANES)[number];

/** Slots each lane (with the lanes after it) leaves to the lanes before it. */
const LEFT_FREE: Record<HashLane, number> = { proven: 0, unknown: 1, sealed: 1, suspect: 2 };

export interface HashQueueOptions {
  /** Hashes run at once: one per worker thread. */
  concurrency: number;
  /** Hashes that may wait in each lane before more are refused. */
  waiting: Record<HashLane, number>;
}

/** A check refused because its lane is full: the caller should come back shortly. */
export class QueueFull extends Error {
  override name = 'QueueFull';
  constructor(readonly lane: HashLane) {
    super(`The ${lane} lane of the secret-check queue is full`);
  }
}

/**
 * The usual sizes for `concurrency` slots: room for many workers, little for guessers, and a batch
 * of sealed secrets at a time (the rest wait in the database, not here).
 */
export const hashQueueSizes = (concurrency: number): HashQueueOptions => ({
  concurrency,
  waiting: { proven: 8 * concurrency, unknown: 8 * concurrency, sealed: 32 * concurrency, suspect: 2 * concurrency },
});

const byLane = <Value>(value: (lane: HashLane) => Value) =>
  Object.fromEntries(HASH_LANES.map((lane) => [lane, value(lane)])) as Record<HashLane, Value>;

export class HashQueue {
  private readonly running = byLane(() => 0);
  private readonly waiting = byLane((): (() => void)[] => []);

  constructor(private readonly options: HashQueueOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
      throw new RangeError('HashQueue: concurrency must be a positive integer');
  }

  /** Checks running and waiting now, per lane (for tests and metrics). */
  get load() {
    return { running: { ...this.running }, waiting: byLane((lane) => this.waiting[lane].length) };
  }

  /** How many more hashes `lane` may hold waiting before one is refused. */
  room(lane: HashLane): number {
    return Math.max(0, this.options.waiting[lane] - this.waiting[lane].length);
  }

  /** Hashes that start before a new one of `lane` would: those running, and those waiting in it or earlier lanes. */
  ahead(lane: HashLane): number {
    const rank = HASH_LANES.indexOf(lane);
    return HASH_LANES.reduce(
      (sum, each, k) => sum + this.running[each] + (k <= rank ? this.waiting[each].length : 0),
      0,
    );
  }

  /**
   * Runs `check` in `lane` when a slot is free; throws `QueueFull` at once, without running it,
   * when the lane already holds as many waiting checks as it may.
   */
  async run<Result>(lane: HashLane, check: () => Promise<Result>): Promise<Result> {
    if (this.waiting[lane].length === 0 && this.free(lane)) {
      this.running[lane]++;
    } else {
      if (this.waiting[lane].length >= this.options.waiting[lane]) throw new QueueFull(lane);
      // The slot is taken on this check's behalf by whichever check frees it (see `release`).
      await new Promise<void>((resolve) => this.waiting[lane].push(resolve));
    }
    try {
      return await check();
    } finally {
      this.release(lane);
    }
  }

  /** Whether one more check of `lane` keeps every lane group (a lane and those after it) within its slots. */
  private free(lane: HashLane): boolean {
    const rank = HASH_LANES.indexOf(lane);
    let group = 0;
    for (let k = HASH_LANES.length - 1; k >= 0; k--) {
      group += this.running[HASH_LANES[k]];
      const slots = Math.max(1, this.options.concurrency - LEFT_FREE[HASH_LANES[k]]);
      if (k <= rank && group + 1 > slots) return false;
    }
    return true;
  }

  private release(lane: HashLane) {
    this.running[lane]--;
    for (const next of HASH_LANES) {
      while (this.waiting[next].length > 0 && this.free(next)) {
        this.running[next]++;
        this.waiting[next].shift()!();
      }
    }
  }
}
