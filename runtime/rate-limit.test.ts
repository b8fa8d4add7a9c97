import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCache, RedisCache } from './cache';
import { config } from './config';
import { createRateLimit } from './rate-limit';

const limitOf = (cache: MemoryCache | RedisCache) =>
  createRateLimit(cache, { name: 'test', points: 3, durationSeconds: 60 });

const nearlyAMinute = expect.toSatisfy((seconds: number) => seconds > 50 && seconds <= 60);

async function attempts(limit: ReturnType<typeof limitOf>, key: string, count: number) {
  const verdicts = [];
  for (let attempt = 0; attempt < count; attempt++) verdicts.push(await limit.consume(key));
  return verdicts;
}

describe('a rate limit', () => {
  it('allows its points per key in a window that starts at the first attempt, then says how long to wait', async () => {
    const limit = limitOf(new MemoryCache());
    const verdicts = await attempts(limit, 'caller-a', 4);
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    // The window began with this test's first attempt, so nearly all of it is left.
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: nearlyAMinute });
    expect(await limit.consume('caller-b')).toEqual({ allowed: true });
  });

  it('keeps limiting, in memory, while Redis is unreachable', async () => {
    // Nothing listens on port 1: every Redis command fails, as in an outage.
    const unreachable = new RedisCache('redis://127.0.0.1:1', 'lcg-down:');
    try {
      const verdicts = await attempts(limitOf(unreachable), 'caller-a', 4);
      expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, false]);
    } finally {
      await unreachable.close();
    }
  });

  describe.runIf(config().REDIS_URL)('on Redis', () => {
    const cache = new RedisCache(config().REDIS_URL!, `lcg-test-${randomBytes(6).toString('hex')}:`);
    beforeAll(async () => {
      // Until connected, a limit counts in memory (as in an outage); this test is about Redis.
      if (cache.client.status !== 'ready') await once(cache.client, 'ready');
    });
    afterAll(async () => {
      await cache.clear();
      await cache.close();
    });

    it('shares its counts between the instances of a service', async () => {
      const [first, second] = [limitOf(cache), limitOf(cache)];
      await attempts(first, 'caller-a', 2);
      const verdicts = await attempts(second, 'caller-a', 2);
      expect(verdicts).toEqual([{ allowed: true }, { allowed: false, retryAfterSeconds: nearlyAMinute }]);
    });
  });
});
