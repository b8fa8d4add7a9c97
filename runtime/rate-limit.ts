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

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  /** Counts one attempt for `key` and says whether it is within the limit. */
  consume(key: string): Promise<RateLimitVerdict>;
}

/**
 * A limit shared by every instance of a service through the Redis behind `cache`, or held in
 * process memory when the cache is (embedded mode). When Redis is unreachable each instance
 * falls back to counting in its own memory: the limit loosens, requests keep being answered.
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
        await limiter.consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
