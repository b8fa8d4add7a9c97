import { createHash } from 'node:crypto';
import type { Cache } from '../../../../runtime/cache';
import { rateLimited } from '../../../../runtime/errors';
import type { Principal } from '../../../../runtime/principal';
import { createRateLimit, type RateLimit } from '../../../../runtime/rate-limit';
import type { HashLane } from '../domain/hash-queue';
import type { Scrypt } from '../domain/tracking';
import { hashInLane, HashingBusy } from './secret-hashing';

/**
 * Wrong tracking secrets slow down whoever guesses, never the worker who holds the right secret.
 *
 * They are counted per caller — the token's subject, or without an account the gateway's keyed
 * fingerprint of the caller's address (`principal.client`) — and per tracking code *and* caller,
 * in windows of 15 minutes that start at a caller's first attempt. Each attempt takes its point
 * before any hashing, in one atomic step of the shared limit (Redis, or process memory when
 * embedded), so parallel guesses cannot all slip past a check made before any of them counted.
 * A right secret gets its points back; a wrong one keeps them. Past either limit the caller is
 * `RATE_LIMITED` before its secret is looked at — even a right one: the limit is on the caller.
 *
 * The hash itself then waits its turn in the process's hashing queue (`secret-hashing.ts`), in a
 * lane chosen by the caller's record: `proven` when it opened a case in the window and holds
 * no point now, `unknown` when it holds none and opened nothing, `suspect` when it holds points —
 * wrong secrets, or checks still running. Guessers wait behind workers, and when their short lane
 * is full they are refused at once (`RATE_LIMITED`, retry in a second) and get their points back.
 *
 * There is deliberately no lock per tracking code alone. Codes are not secrets (they are read
 * out, written on paper, seen over a shoulder), so anyone who learnt one could keep its worker
 * locked out for good — and such a lock would protect nothing: the secret carries 144 random
 * bits, so even a million addresses at 20 guesses per window would need about 10^31 years to
 * expect a hit. Guessers behind the address a worker shares (a dormitory's network) do count
 * against that worker as one caller; a signed-in caller counts by its subject instead.
 */
export const WRONG_SECRET_WINDOW_SECONDS = 15 * 60;
export const WRONG_SECRETS_PER_CALLER = 20;
export const WRONG_SECRETS_PER_CODE_AND_CALLER = 5;
const TOO_MANY = 'Too many wrong secrets; try again later';
const BUSY = 'Too many secret checks at once; try again in a moment';

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

interface Limits {
  caller: RateLimit;
  codeAndCaller: RateLimit;
}

// One pair of limits per cache: each deployment (and each test stack) has its own counters.
const limitsByCache = new WeakMap<Cache, Limits>();

function limitsOf(cache: Cache): Limits {
  let limits = limitsByCache.get(cache);
  if (!limits) {
    const durationSeconds = WRONG_SECRET_WINDOW_SECONDS;
    limits = {
      caller: createRateLimit(cache, { name: 'tracking-caller', points: WRONG_SECRETS_PER_CALLER, durationSeconds }),
      codeAndCaller: createRateLimit(cache, {
        name: 'tracking-code-caller',
        points: WRONG_SECRETS_PER_CODE_AND_CALLER,
        durationSeconds,
      }),
    };
    limitsByCache.set(cache, limits);
  }
  return limits;
}

/** Who is guessing: a subject, a fingerprint, or — if the gateway sent neither — one shared caller. */
function callerOf(principal: Principal): string {
  if (principal.subject) return `subject:${principal.subject}`;
  return principal.client ? `client:${principal.client}` : 'unidentified';
}

/** One attempt at a tracking secret, its points taken: check it in its lane, then settle. */
export interface SecretAttempt {
  /** Runs the hash in the caller's lane; `RATE_LIMITED` at once, without hashing, when that lane is full. */
  check<Result>(hash: (scrypt: Scrypt) => Promise<Result>): Promise<Result>;
  /** Gives the points back: the secret was never checked. */
  refund(): Promise<void>;
  /**
   * Records the outcome: a right secret gives the points back and marks the caller as proven for
   * the window; a wrong one keeps them and ends any proven standing.
   */
  settle(right: boolean): Promise<void>;
}

/**
 * Takes this attempt's points from the caller's limit and from the limit of the caller on this
 * code, or throws `RATE_LIMITED` when either is spent. `code` is the normalised tracking code
 * (or a stand-in for a malformed one).
 */
export async function beginSecretAttempt(cache: Cache, principal: Principal, code: string): Promise<SecretAttempt> {
  const limits = limitsOf(cache);
  const caller = digest(callerOf(principal));
  const codeAndCaller = `${caller}:${digest(code)}`;
  const byCaller = await limits.caller.consume(caller);
  if (!byCaller.allowed) throw rateLimited(TOO_MANY, byCaller.retryAfterSeconds);
  const byCode = await limits.codeAndCaller.consume(codeAndCaller);
  if (!byCode.allowed) {
    await limits.caller.refund(caller);
    throw rateLimited(TOO_MANY, byCode.retryAfterSeconds);
  }
  const provenKey = `grievances:tracking:proven:${caller}`;
  // Any point already held means wrong secrets (or checks still running) on this caller's record.
  const lane: HashLane = byCaller.used > 1 ? 'suspect' : (await cache.get<boolean>(provenKey)) ? 'proven' : 'unknown';
  return {
    async check(hash) {
      try {
        return await hashInLane(lane, hash);
      } catch (error) {
        throw error instanceof HashingBusy ? rateLimited(BUSY, error.retryAfterSeconds) : error;
      }
    },
    async refund() {
      await Promise.all([limits.caller.refund(caller), limits.codeAndCaller.refund(codeAndCaller)]);
    },
    async settle(right) {
      if (!right) return cache.delete(provenKey);
      await Promise.all([
        limits.caller.refund(caller),
        limits.codeAndCaller.refund(codeAndCaller),
        cache.set(provenKey, true, WRONG_SECRET_WINDOW_SECONDS),
      ]);
    },
  };
}
