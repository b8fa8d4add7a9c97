/**
 * Who gets the CPU for checking tracking secrets. Each check is one slow scrypt hash, so a burst
 * of guesses could keep every core busy and make a worker who holds the right secret wait behind
 * them. The queue runs at most `concurrency` hashes at once, in three lanes, first to last:
 *
 * - `proven`: callers who opened a case with its secret in the current window and have nothing
 *   wrong on record — a worker following their case.
 * - `unknown`: callers with nothing on record — a worker's first lookup, or a guesser's first guess.
 * - `suspect`: callers with wrong secrets (or checks still running) on record.
 *
 * A waiting check of an earlier lane always starts before one of a later lane, and the later lanes
 * leave slots free: checks of lane k and the lanes after it hold at most max(1, concurrency − k)
 * slots together. With two slots, a proven worker always finds one free, and guessers share the
 * other. Each lane holds only a few waiting checks; past that a check is refused at once
 * (`QueueFull`), so a burst is turned away in microseconds instead of piling up hashes.
 */
export const HASH_LANES = ['proven', 'unknown', 'suspect'] as const;
export type HashLane = (typeof HASH_LANES)[number];

export interface HashQueueOptions {
  /** Hashes run at once: about one per core. */
  concurrency: number;
  /** Checks that may wait in each lane before more are refused. */
  waiting: Record<HashLane, number>;
}

/** A check refused because its lane is full: the caller should come back shortly. */
export class QueueFull extends Error {
  override name = 'QueueFull';
  constructor(readonly lane: HashLane) {
    super(`The ${lane} lane of the secret-check queue is full`);
  }
}

/** The usual sizes for `concurrency` slots: room for many workers, little for guessers. */
export const hashQueueSizes = (concurrency: number): HashQueueOptions => ({
  concurrency,
  waiting: { proven: 8 * concurrency, unknown: 8 * concurrency, suspect: 2 * concurrency },
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

  /** Whether one more check of `lane` keeps every lane group within its slots. */
  private free(lane: HashLane): boolean {
    const rank = HASH_LANES.indexOf(lane);
    let group = 0;
    for (let k = HASH_LANES.length - 1; k >= 0; k--) {
      group += this.running[HASH_LANES[k]];
      if (k <= rank && group + 1 > Math.max(1, this.options.concurrency - k)) return false;
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
