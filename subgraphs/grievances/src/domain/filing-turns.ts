/**
 * Turns for filings the hashing pool cannot take now. A filing may wait for its hash only as long
 * as a client would (`waitSeconds` of hashes ahead of it, at the pool's recent pace); past that it
 * is turned away — but told when to come back by its place in line: behind the hashes queued and
 * behind the filings turned away before it that are not yet due, a line that moves at the pool's
 * pace. A crowd of a thousand is thus spread over the time the pool needs to serve it, instead of
 * coming back all at once every few seconds (each refusal costs the services a whole request).
 *
 * The line remembers each filing by its ticket (its idempotency record): one that comes back early
 * is told how much longer to wait, without losing its place; one that comes back when due is let in
 * even if the queue looks long, as is its retry racing it, until `graceMs` after it was due.
 */
export interface FilingPace {
  /** Hashes that would start before this one (running and waiting). */
  ahead: number;
  /** Seconds the pool takes per hash, all threads together; null before its first hash. */
  secondsPerHash: number | null;
  threads: number;
}

export interface FilingTurnsOptions {
  waitSeconds: number;
  graceMs: number;
}

export class FilingTurns {
  private turnedAway = 0;
  private countedAt = 0;
  /** Ticket → when its filing is due back (ms, the caller's clock), in the order they were given. */
  private readonly due = new Map<string, number>();

  constructor(private readonly options: FilingTurnsOptions) {}

  /** Filings told to come back and not yet expired (for tests and metrics). */
  get waitingOutside(): number {
    return this.due.size;
  }

  /** Null: the filing may queue for its hash now. Otherwise the seconds after which it should come back. */
  admit(now: number, ticket: string, pace: FilingPace): number | null {
    this.forgetExpired(now);
    const due = this.due.get(ticket);
    if (due !== undefined) return now >= due ? null : Math.ceil((due - now) / 1000);
    const { ahead, secondsPerHash, threads } = pace;
    // Before the first hash shows the pace, a few per thread are let in, no more.
    const full = secondsPerHash === null ? ahead >= 4 * threads : ahead * secondsPerHash > this.options.waitSeconds;
    if (!full) return null;
    const perHash = secondsPerHash ?? 0;
    const served = perHash > 0 ? (now - this.countedAt) / 1000 / perHash : this.turnedAway;
    this.turnedAway = Math.max(0, this.turnedAway - served) + 1;
    this.countedAt = now;
    const comeBack = Math.max(1, Math.ceil((ahead + this.turnedAway) * perHash));
    this.due.set(ticket, now + comeBack * 1000);
    return comeBack;
  }

  /** Tickets are given in about the order they fall due, so expired ones are at the front. */
  private forgetExpired(now: number) {
    for (const [ticket, due] of this.due) {
      if (due + this.options.graceMs > now) return;
      this.due.delete(ticket);
    }
  }
}
