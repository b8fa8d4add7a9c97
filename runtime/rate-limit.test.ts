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
    expect(verdicts.slice(0, 3)).toEqual([
      { allowed: true, used: 1 },
      { allowed: true, used: 2 },
      { allowed: true, used: 3 },
    ]);
    // The window began with this test's first attempt, so nearly all of it is left.
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: nearlyAMinute });
    expect(await limit.consume('caller-b')).toEqual({ allowed: true, used: 1 });
  });

  it('takes back a refunded point, so an attempt that did not count leaves room for another', async () => {
    const limit = limitOf(new MemoryCache());
    await attempts(limit, 'caller-a', 3);
    await limit.refund('caller-a');
    expect(await limit.consume('caller-a')).toEqual({ allowed: true, used: 3 });
    expect((await limit.consume('caller-a')).allowed).toBe(false);
  });

  it('counts parallel attempts one by one: never more pass than the limit allows', async () => {
    const limit = limitOf(new MemoryCache());
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => limit.consume('caller-a')));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
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
      expect(verdicts).toEqual([
        { allowed: true, used: 3 },
        { allowed: false, retryAfterSeconds: nearlyAMinute },
      ]);
    });

    it('counts parallel attempts from several instances one by one, and takes back refunds', async () => {
      const instances = [limitOf(cache), limitOf(cache)];
      const verdicts = await Promise.all(
        Array.from({ length: 10 }, (_, attempt) => instances[attempt % 2].consume('caller-b')),
      );
      expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
    });

    it('takes back a point refunded by another instance', async () => {
      const [first, second] = [limitOf(cache), limitOf(cache)];
      await attempts(first, 'caller-c', 3);
      await second.refund('caller-c');
      expect(await first.consume('caller-c')).toEqual({ allowed: true, used: 3 });
      expect((await second.consume('caller-c')).allowed).toBe(false);
    });
  });
});
