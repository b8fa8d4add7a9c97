import { availableParallelism } from 'node:os';
import { config } from '../../../../runtime/config';
import { deadlineExceeded } from '../../../../runtime/context';
import { FilingTurns } from '../domain/filing-turns';
import { HashQueue, hashQueueSizes, QueueFull, type HashLane } from '../domain/hash-queue';
import { HashWorkers } from '../domain/hash-workers';
import { scryptMaxmem, type Scrypt } from '../domain/tracking';

/**
 * The process's one place for tracking-secret hashes: filings, secret checks and rehashes all run
 * here, on a small pool of worker threads, in the lanes of one queue (`domain/hash-queue.ts`).
 *
 * Threads: one per core (`os.availableParallelism()`), at most TRACKING_HASH_CONCURRENCY when it is
 * set — say in a container whose CPU quota is smaller than the cores it sees. The queue starts no
 * more hashes than there are threads, so a hash never waits where no lane can order it.
 *
 * A filing may wait only as long as a client would (FILING_WAIT_SECONDS of hashes ahead of it);
 * past that it is refused at once (`HashingBusy`) and told when to come back by its turn
 * (`domain/filing-turns.ts`); the mutation answers a retryable SERVICE_UNAVAILABLE, nothing written.
 */
export const FILING_WAIT_SECONDS = 5;
const ABANDONED_FILING = 'The grievance was not filed: its caller left, or its deadline passed, while it waited';
/** How long after its turn a filing told to come back is still let in without waiting its turn again. */
const TURN_GRACE_MS = 30_000;
/** The time a filing's write needs after its hash, kept free of the caller's deadline. */
const WRITE_SECONDS = 1;
/**
 * Hashes made for filings whose write did not follow (their caller left, or the write failed),
 * kept so that the retry under the same key does not hash again: at most this many, this long.
 */
const KEPT_HASHES = 5_000;
const KEPT_HASH_MS = 10 * 60_000;

export const hashThreads = () => Math.min(availableParallelism(), config().TRACKING_HASH_CONCURRENCY ?? Infinity);

/** Hashing refused for now; come back after `retryAfterSeconds`. */
export class HashingBusy extends Error {
  override name = 'HashingBusy';
  constructor(
    readonly lane: HashLane,
    readonly retryAfterSeconds: number,
  ) {
    super(`The ${lane} lane of the secret hashing queue is full`);
  }
}

interface Pool {
  queue: HashQueue;
  workers: HashWorkers;
  turns: FilingTurns;
  /** Filings being hashed, by ticket: a retry racing its original waits for the same hash. */
  hashing: Map<string, Promise<unknown>>;
  /** Filings hashed lately, by ticket, oldest first: a retry takes the hash already made. */
  hashed: Map<string, { hash: unknown; at: number }>;
}

let pool: Pool | undefined;

function current(): Pool {
  if (!pool) {
    const threads = hashThreads();
    pool = {
      queue: new HashQueue(hashQueueSizes(threads)),
      workers: new HashWorkers(threads, scryptMaxmem),
      turns: new FilingTurns({ waitSeconds: FILING_WAIT_SECONDS, graceMs: TURN_GRACE_MS }),
      hashing: new Map(),
      hashed: new Map(),
    };
  }
  return pool;
}

/** Seconds the pool takes per hash, all threads together, at the recent pace; null before any hash. */
const secondsPerHash = ({ workers }: Pool) =>
  workers.meanHashMs === null ? null : workers.meanHashMs / workers.size / 1000;

async function run<Result>(running: Pool, lane: HashLane, work: (scrypt: Scrypt) => Promise<Result>) {
  const scrypt: Scrypt = (secret, salt, keyLength, params) => running.workers.scrypt(secret, salt, keyLength, params);
  try {
    return await running.queue.run(lane, () => work(scrypt));
  } catch (error) {
    if (!(error instanceof QueueFull)) throw error;
    const wait = running.queue.ahead(lane) * (secondsPerHash(running) ?? 0);
    throw new HashingBusy(lane, Math.max(1, Math.ceil(wait)));
  }
}

/**
 * Runs a secret check's `work` in `lane` when a thread is free, handing it the pool's scrypt to
 * hash with (once at a time). Throws `HashingBusy` at once, without running it, when the lane is full.
 */
export function hashInLane<Result>(
  lane: Exclude<HashLane, 'filing'>,
  work: (scrypt: Scrypt) => Promise<Result>,
): Promise<Result> {
  return run(current(), lane, work);
}

/** The caller of a filing: `signal` fires when it has gone, `deadline` (epoch ms) is when it stops waiting. */
export interface FilingCaller {
  signal?: AbortSignal;
  deadline?: number;
}

/**
 * Runs a filing's `work` in the filing lane, or throws `HashingBusy` with its turn when the wait
 * would be too long — for the lane, or for its caller's deadline. `ticket` names the filing across
 * its retries (its idempotency record); the secret is the same each time (it is derived from the
 * ticket), so a hash made for an earlier attempt serves a later one.
 */
export async function hashFiling<Result>(
  ticket: string,
  work: (scrypt: Scrypt) => Promise<Result>,
  caller: FilingCaller = {},
): Promise<Result> {
  const running = current();
  const now = performance.now();
  forgetOldHashes(running, now);
  const kept = running.hashed.get(ticket);
  if (kept) return kept.hash as Result;
  // The same filing sent twice at once (a client's retry racing its original) is hashed once.
  // Should that one fail, this one tries itself.
  const underway = running.hashing.get(ticket) as Promise<Result> | undefined;
  if (underway) return underway.catch(() => hashFiling(ticket, work, caller));
  const pace = {
    ahead: running.queue.ahead('filing'),
    secondsPerHash: secondsPerHash(running),
    threads: running.workers.size,
    secondsLeft: caller.deadline === undefined ? undefined : (caller.deadline - Date.now()) / 1000 - WRITE_SECONDS,
  };
  const comeBack = running.turns.admit(now, ticket, pace);
  if (comeBack !== null) throw new HashingBusy('filing', comeBack);
  // A filing whose caller left while it waited is not hashed: nobody would read the answer.
  const hashing = run(running, 'filing', (scrypt) => {
    if (caller.signal?.aborted) throw deadlineExceeded(ABANDONED_FILING);
    return work(scrypt);
  });
  running.hashing.set(ticket, hashing);
  try {
    const hash = await hashing;
    running.hashed.set(ticket, { hash, at: performance.now() });
    if (running.hashed.size > KEPT_HASHES) running.hashed.delete(running.hashed.keys().next().value!);
    return hash;
  } finally {
    running.hashing.delete(ticket);
  }
}

/** Kept hashes are in the order they were made: the expired ones are at the front. */
function forgetOldHashes(running: Pool, now: number) {
  for (const [ticket, { at }] of running.hashed) {
    if (at + KEPT_HASH_MS > now) return;
    running.hashed.delete(ticket);
  }
}

/** Hashes running and waiting, per lane, and the threads started (for tests and metrics). */
export const hashingLoad = () =>
  pool && {
    ...pool.queue.load,
    threads: pool.workers.threads,
    meanHashMs: pool.workers.meanHashMs,
    turnedAway: pool.turns.waitingOutside,
  };

/**
 * Ends the pool's threads (the subgraph stops). Hashes already queued still finish, each on a
 * thread that ends after it; the next hash starts a new pool.
 */
export async function closeSecretHashing(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.workers.close();
}
