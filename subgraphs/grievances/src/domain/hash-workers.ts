/**
 * Worker threads that compute scrypt, so that slow hashes run neither on the main thread (which
 * answers requests) nor on libuv's shared pool of four threads (which DNS lookups, file access
 * and every other hash also queue on). Each worker runs one hash at a time, synchronously on its
 * own thread; the secret-check queue (`hash-queue.ts`) decides whose hash runs next and never
 * starts more hashes than there are workers.
 *
 * The worker's code is plain JavaScript evaluated from a string, so it runs the same under tsx,
 * vitest and compiled `dist/` without any loader. Idle workers are unref'd: they never keep a
 * process alive. `close()` ends them; one busy at that moment ends once its hash is done.
 */
import { Worker } from 'node:worker_threads';
import type { Scrypt, ScryptParameters } from './tracking';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ id, secret, salt, keyLength, options }) => {
  try {
    parentPort.postMessage({ id, key: scryptSync(secret, salt, keyLength, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Job {
  id: number;
  secret: string;
  salt: Uint8Array;
  keyLength: number;
  options: ScryptParameters & { maxmem: number };
  resolve(key: Buffer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** How much one recent hash weighs in the running mean of hash durations. */
const MEAN_WEIGHT = 0.2;

export class HashWorkers {
  private readonly slots: Slot[] = [];
  private readonly pending: Job[] = [];
  private nextId = 0;
  private closing = false;
  private meanMs: number | null = null;

  constructor(
    /** Threads at most: about one per core. */
    readonly size: number,
    private readonly maxmem: (params: ScryptParameters) => number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('HashWorkers: size must be a positive integer');
  }

  /** The running mean of hash durations in milliseconds, null before the first hash ends. */
  get meanHashMs(): number | null {
    return this.meanMs;
  }

  /** Threads running now (for tests and metrics). */
  get threads(): number {
    return this.slots.length;
  }

  /** Computes scrypt on a worker thread: a `Scrypt` for `hashSecret` and `verifySecret`. */
  scrypt(...[secret, salt, keyLength, params]: Parameters<Scrypt>): ReturnType<Scrypt> {
    return new Promise<Buffer>((resolve, reject) => {
      const { N, r, p } = params;
      const options = { N, r, p, maxmem: this.maxmem(params) };
      // A copy of just the salt's bytes: a Buffer may be a view on a larger shared pool.
      this.pending.push({
        id: this.nextId++,
        secret,
        salt: Uint8Array.from(salt),
        keyLength,
        options,
        resolve,
        reject,
      });
      this.dispatch();
    });
  }

  /** Ends every thread: idle ones now, busy ones once their hash is done. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.filter((slot) => !slot.job).map((slot) => this.retire(slot)));
  }

  private dispatch() {
    while (this.pending.length > 0) {
      const slot = this.slots.find((each) => !each.job) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.pending.shift()!;
      const started = performance.now();
      slot.job = job;
      slot.worker.ref();
      const { resolve, reject, ...message } = job;
      slot.worker.postMessage(message);
      job.resolve = (key) => {
        const took = performance.now() - started;
        this.meanMs = this.meanMs === null ? took : this.meanMs + MEAN_WEIGHT * (took - this.meanMs);
        resolve(key);
      };
      job.reject = reject;
    }
  }

  private spawn(): Slot {
    // execArgv: [] keeps the parent's loaders (tsx, vitest) out of a thread that needs none.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (answer: { id: number; key?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== answer.id) return;
      slot.job = null;
      worker.unref();
      if (answer.key) job.resolve(Buffer.from(answer.key.buffer, answer.key.byteOffset, answer.key.byteLength));
      else job.reject(new Error(`scrypt failed: ${answer.error}`));
      if (this.closing && this.pending.length === 0) void this.retire(slot);
      else this.dispatch();
    });
    // A thread that fails or exits takes its job down with it; the next job starts a fresh one.
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      if (!this.closing) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`scrypt worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private async retire(slot: Slot) {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    await slot.worker.terminate();
  }
}
