/**
 * Turns for filings the hashing pool cannot take now. A filing may wait for its hash only as long
 * as a client would (`waitSeconds` of hashes ahead of it, at the pool's recent pace); past that it
 * is turned away — but told when to come back by its place in line: behind the hashes queued and
 * behind the filings turned away before it that are not yet due, a line that moves at the pool's
 * pace. A crowd of a thousand is thus spread over the time the pool needs to serve it, instead of
 * coming back all at once every few seconds (each refusal costs the services a whole request).
 *
 * The line remembers each filing by its ticket (its idempotency record): one that comes back early
 * while the queue is still long is told how much longer to wait, without losing its place (any
 * filing is let in while the queue is short); one that comes back when due is let in
 * even if the queue is somewhat long (up to three times the wait), as is its retry racing it, until
 * `graceMs` after it was due. No filing is queued for longer than its caller will wait (its
 * request's deadline): its hash would be made for nobody. Before the first hash has shown the pace there is no line to place
 * anyone in: a few filings per thread are let in and the rest told to come back in a second.
 */
export interface FilingPace {
  /** Hashes that would start before this one (running and waiting). */
  ahead: number;
  /** Seconds the pool takes per hash, all threads together; null before its first hash. */
  secondsPerHash: number | null;
  threads: number;
  /** Seconds until the caller stops waiting for this filing (its request's deadline); none: no limit. */
  secondsLeft?: number;
}

export interface FilingTurnsOptions {
  waitSeconds: number;
  graceMs: number;
}

/** The share of its estimated wait a filing is told to stay away. */
const EARLY = 0.5;

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
    const { ahead, secondsPerHash: perHash, threads, secondsLeft = Infinity } = pace;
    if (perHash === null) return ahead >= 4 * threads ? 1 : null;
    const wait = ahead * perHash;
    // Never queued past its caller's patience: a hash finished after the caller gave up is wasted.
    const bearable = (seconds: number) => wait <= Math.min(seconds, secondsLeft);
    if (bearable(this.options.waitSeconds)) return null;
    const due = this.due.get(ticket);
    if (due !== undefined && now < due) return Math.ceil((due - now) / 1000);
    if (due !== undefined && bearable(3 * this.options.waitSeconds)) return null;
    if (due !== undefined)
      return this.tell(ticket, now, Math.ceil(wait - Math.min(this.options.waitSeconds, secondsLeft)));
    const served = (now - this.countedAt) / 1000 / perHash;
    this.turnedAway = Math.max(0, this.turnedAway - served) + 1;
    this.countedAt = now;
    // Well early rather than late: a filing back early while the queue is short is let in (and one
    // back to a long queue is told how much longer, at the cost of one more request), while one
    // back late leaves a thread idle. The pace while a crowd arrives is slower than once it has
    // been placed, so a turn reckoned at it would come late.
    return this.tell(ticket, now, Math.floor(EARLY * (ahead + this.turnedAway) * perHash));
  }

  private tell(ticket: string, now: number, seconds: number): number {
    const comeBack = Math.max(1, seconds);
    this.due.delete(ticket); // re-added at the back, in the order of falling due
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
