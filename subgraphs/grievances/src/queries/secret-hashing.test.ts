import { afterAll, describe, expect, it } from 'vitest';
import { closeSecretHashing, hashFiling } from './secret-hashing';

afterAll(closeSecretHashing);

describe('hashing a filing', () => {
  it('hashes a filing once across its retries: a retry after a write that did not follow takes the hash made', async () => {
    let hashes = 0;
    const work = async () => `hash-${++hashes}`;
    expect(await hashFiling('ticket-retried', work)).toBe('hash-1');
    // The write after it failed, or its caller left; the client sends the same filing again.
    expect(await hashFiling('ticket-retried', work)).toBe('hash-1');
    expect(await hashFiling('ticket-other', work)).toBe('hash-2');
    expect(hashes).toBe(2);
  });

  it('hashes a retry racing its original once', async () => {
    let hashes = 0;
    const work = async () => `hash-${++hashes}`;
    const [original, retry] = await Promise.all([hashFiling('ticket-raced', work), hashFiling('ticket-raced', work)]);
    expect([original, retry]).toEqual(['hash-1', 'hash-1']);
  });

  it('does not hash a filing whose caller has gone, and keeps nothing for its retry', async () => {
    let hashes = 0;
    const work = async () => `hash-${++hashes}`;
    const gone = new AbortController();
    gone.abort();
    await expect(hashFiling('ticket-gone', work, { signal: gone.signal })).rejects.toMatchObject({
      extensions: { code: 'DEADLINE_EXCEEDED' },
    });
    expect(hashes).toBe(0);
    expect(await hashFiling('ticket-gone', work)).toBe('hash-1');
  });
});
