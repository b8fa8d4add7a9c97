import { availableParallelism } from 'node:os';
import { config } from '../../../../runtime/config';
import { HashQueue, hashQueueSizes, QueueFull, type HashLane } from '../domain/hash-queue';
import { HashWorkers } from '../domain/hash-workers';
import { scryptMaxmem, type Scrypt } from '../domain/tracking';

/**
 * The process's one place for tracking-secret hashes: secret checks, rehashes and the background
 * hashes of sealed secrets all run here, on a small pool of worker threads, in the lanes of one
 * queue (`domain/hash-queue.ts`).
 *
 * Threads: one per core (`os.availableParallelism()`), at most TRACKING_HASH_CONCURRENCY when it is
 * set — say in a container whose CPU quota is smaller than the cores it sees. The queue starts no
 * more hashes than there are threads, so a hash never waits where no lane can order it.
 */
export const hashThreads = () => Math.min(availableParallelism(), config().TRACKING_HASH_CONCURRENCY ?? Infinity);

/** Hashing refused for now: the lane's waiting room is full; come back after `retryAfterSeconds`. */
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
}

let pool: Pool | undefined;

function current(): Pool {
  if (!pool) {
    const threads = hashThreads();
    pool = { queue: new HashQueue(hashQueueSizes(threads)), workers: new HashWorkers(threads, scryptMaxmem) };
  }
  return pool;
}

/** Seconds the pool takes per hash, all threads together, at the recent pace; null before any hash. */
const secondsPerHash = ({ workers }: Pool) =>
  workers.meanHashMs === null ? null : workers.meanHashMs / workers.size / 1000;

/**
 * Runs `work` in `lane` when a thread is free, handing it the pool's scrypt to hash with (once at
 * a time). Throws `HashingBusy` at once, without running it, when the lane is full.
 */
export async function hashInLane<Result>(lane: HashLane, work: (scrypt: Scrypt) => Promise<Result>): Promise<Result> {
  const running = current();
  const scrypt: Scrypt = (secret, salt, keyLength, params) => running.workers.scrypt(secret, salt, keyLength, params);
  try {
    return await running.queue.run(lane, () => work(scrypt));
  } catch (error) {
    if (!(error instanceof QueueFull)) throw error;
    const wait = running.queue.ahead(lane) * (secondsPerHash(running) ?? 0);
    throw new HashingBusy(lane, Math.max(1, Math.ceil(wait)));
  }
}

/** The room a lane has for more waiting hashes now (how many the background job may hand it). */
export const roomIn = (lane: HashLane) => current().queue.room(lane);

/** Hashes running and waiting, per lane, and the threads started (for tests and metrics). */
export const hashingLoad = () =>
  pool && { ...pool.queue.load, threads: pool.workers.threads, meanHashMs: pool.workers.meanHashMs };

/**
 * Ends the pool's threads (the subgraph stops). Hashes already queued still finish, each on a
 * thread that ends after it; the next hash starts a new pool.
 */
export async function closeSecretHashing(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.workers.close();
}
