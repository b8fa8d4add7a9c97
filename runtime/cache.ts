import { Redis } from 'ioredis';
import { config } from './config';
import { logger } from './logger';
import { countCacheRead } from './metrics';

/**
 * Cross-request cache, expiring counters and invalidation. Backed by Redis when REDIS_URL is set,
 * otherwise by process memory. Redis failures degrade to cache misses: a request never fails
 * because the cache is down. (Request rate limits live in rate-limit.ts, on the same Redis.)
 *
 * Hand-written because it is small and the project needs exactly this: one interface over ioredis
 * and process memory with the same expiry semantics, fail-soft on Redis errors, and prefix-scoped
 * clearing for tests. Cache libraries (keyv, cache-manager) would add a layer without removing any
 * of it.
 */
export interface Cache {
  get<Value>(key: string): Promise<Value | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /** Increments a counter that expires `ttlSeconds` after its first increment. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  close(): Promise<void>;
}

export class MemoryCache implements Cache {
  private entries = new Map<string, { value: unknown; expiresAt: number }>();

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) this.entries.delete(key);
    return this.entries.get(key);
  }
  async get<Value>(key: string) {
    const value = this.live(key)?.value as Value | undefined;
    countCacheRead(value === undefined ? 'miss' : 'hit');
    return value;
  }
  async set(key: string, value: unknown, ttlSeconds: number) {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }
  async delete(...keys: string[]) {
    for (const key of keys) this.entries.delete(key);
  }
  async increment(key: string, ttlSeconds: number) {
    const entry = this.live(key);
    const count = ((entry?.value as number | undefined) ?? 0) + 1;
    this.entries.set(key, { value: count, expiresAt: entry?.expiresAt ?? Date.now() + ttlSeconds * 1000 });
    return count;
  }
  async close() {
    this.entries.clear();
  }
}

export class RedisCache implements Cache {
  private readonly log = logger('cache');
  /** The connection, shared with the rate limits built on this cache. */
  readonly client: Redis;

  /** Whether Redis answered last: each change is logged once, not every failed command. */
  private available: boolean | undefined;

  constructor(
    url: string,
    readonly prefix: string,
  ) {
    // No offline queue and a short timeout: when Redis is down a request gets a miss quickly.
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      lazyConnect: false,
    });
    this.client.on('error', (error: Error) => this.changed(false, error));
    this.client.on('ready', () => this.changed(true));
  }

  /**
   * An outage is logged when it starts and when it ends, however many requests it touches (ioredis
   * reports every failed reconnection attempt as an error).
   */
  private changed(available: boolean, error?: Error) {
    if (this.available === available) return;
    const wasDown = this.available === false;
    this.available = available;
    if (!available)
      this.log.warn(
        { err: error?.message },
        'redis unavailable: cache reads miss and rate limits count in this process until it is back',
      );
    else if (wasDown) this.log.info('redis available again: caching and shared rate limits resumed');
  }

  private async attempt<Result>(
    operation: () => Promise<Result>,
    fallback: Result,
    failed: () => void = () => undefined,
  ): Promise<Result> {
    try {
      return await operation();
    } catch (error) {
      failed();
      this.log.debug({ err: (error as Error).message }, 'cache operation failed');
      return fallback;
    }
  }
  get<Value>(key: string) {
    return this.attempt(
      async () => {
        const raw = await this.client.get(this.prefix + key);
        countCacheRead(raw === null ? 'miss' : 'hit');
        return raw === null ? undefined : (JSON.parse(raw) as Value);
      },
      undefined,
      () => countCacheRead('error'),
    );
  }
  set(key: string, value: unknown, ttlSeconds: number) {
    return this.attempt(
      async () => void (await this.client.set(this.prefix + key, JSON.stringify(value), 'EX', ttlSeconds)),
      undefined,
    );
  }
  delete(...keys: string[]) {
    return this.attempt(
      async () => void (keys.length && (await this.client.del(...keys.map((key) => this.prefix + key)))),
      undefined,
    );
  }
  increment(key: string, ttlSeconds: number) {
    return this.attempt(async () => {
      const [[, count]] = (await this.client
        .multi()
        .incr(this.prefix + key)
        .expire(this.prefix + key, ttlSeconds, 'NX')
        .exec()) as [[null, number]];
      return count;
    }, 0);
  }
  /** Removes every key under this cache's prefix (tests clean up their own keys). */
  async clear() {
    let cursor = '0';
    do {
      const [next, keys] = await this.client.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
      if (keys.length) await this.client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  async close() {
    this.client.disconnect();
  }
}

export function createCache(prefix = config().REDIS_KEY_PREFIX): Cache {
  const url = config().REDIS_URL;
  return url ? new RedisCache(url, prefix) : new MemoryCache();
}
