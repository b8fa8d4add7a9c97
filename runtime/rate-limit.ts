import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RedisCache, type Cache } from './cache';

export interface RateLimitOptions {
  /** Names the limit in its keys, so that two limits never share counters. */
  name: string;
  /** Attempts allowed per key within one window. */
  points: number;
  /** Length of a window, which starts at the key's first attempt. */
  durationSeconds: number;
}

export type RateLimitVerdict =
  | {
      allowed: true;
      /** The points counted for the key in its window, this attempt's included. */
      used: number;
    }
  | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  /**
   * Counts one attempt for `key` and says whether it is within the limit. Checking and counting
   * are one step (one Redis script, or one in-memory update), so parallel attempts cannot all
   * pass a check made before any of them was counted.
   */
  consume(key: string): Promise<RateLimitVerdict>;
  /**
   * Gives back one point that `consume` took, for an attempt that turned out not to count (a
   * tracking secret that was right, a request that was never carried out).
   */
  refund(key: string): Promise<void>;
}

/**
 * A limit shared by every instance of a service through the Redis behind `cache`, or held in
 * process memory when the cache is (embedded mode). When Redis is unreachable each instance
 * falls back to counting in its own memory: the limit loosens, requests keep being answered.
 * Windows run on real time, not on the service clock.
 */
export function createRateLimit(cache: Cache, options: RateLimitOptions): RateLimit {
  const settings = { points: options.points, duration: options.durationSeconds };
  const inMemory = new RateLimiterMemory({ ...settings, keyPrefix: `ratelimit:${options.name}` });
  const limiter: RateLimiterAbstract =
    cache instanceof RedisCache
      ? new RateLimiterRedis({
          ...settings,
          storeClient: cache.client,
          keyPrefix: `${cache.prefix}ratelimit:${options.name}`,
          // Straight to the in-memory insurance while Redis is disconnected, rather than waiting on it.
          rejectIfRedisNotReady: true,
          insuranceLimiter: inMemory,
        })
      : inMemory;
  return {
    async consume(key) {
      try {
        const counted = await limiter.consume(key);
        return { allowed: true, used: counted.consumedPoints };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
    async refund(key) {
      await limiter.reward(key, 1);
    },
  };
}
