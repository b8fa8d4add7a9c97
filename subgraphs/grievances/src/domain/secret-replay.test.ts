import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { anonymousKeyIssue, derivedSecret, replayedSecret, trackingSecretKey } from './secret-replay';

const SIGNING = 'a-signing-secret-of-at-least-32-characters';
const RECORD = 'submitGrievance:public:0b8f6a52-8d7e-4f43-9d61-1f0a55b4e3c2';
const FILED = new Date('2026-11-24T09:00:00Z');
const HOUR = 3_600_000;

describe('derived tracking secrets', () => {
  it('are the same for the same record and key, 24 base64url characters, and differ otherwise', () => {
    const key = trackingSecretKey(SIGNING);
    expect(derivedSecret(key, RECORD)).toBe(derivedSecret(trackingSecretKey(SIGNING), RECORD));
    expect(derivedSecret(key, RECORD)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(derivedSecret(key, `${RECORD}x`)).not.toBe(derivedSecret(key, RECORD));
    const rotated = trackingSecretKey(`${SIGNING}-rotated`);
    expect(derivedSecret(rotated, RECORD)).not.toBe(derivedSecret(key, RECORD));
    expect(rotated.id).not.toBe(key.id);
    expect(key.id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    // The identifier is not the key, nor any part of it.
    expect(key.key.toString('base64url')).not.toContain(key.id);
  });

  it('come back on a retry within the window, under the key that made them', () => {
    const key = trackingSecretKey(SIGNING);
    const filing = { filedAt: FILED, secretKeyId: key.id };
    expect(replayedSecret(filing, key, RECORD, new Date(FILED.getTime() + 72 * HOUR - 1), 72)).toEqual({
      secret: derivedSecret(key, RECORD),
      notice: 'SAME_SECRET',
    });
  });

  it('do not come back once the window has passed, after a key change, or for a filing recorded before', () => {
    const key = trackingSecretKey(SIGNING);
    const at = (hours: number) => new Date(FILED.getTime() + hours * HOUR);
    expect(replayedSecret({ filedAt: FILED, secretKeyId: key.id }, key, RECORD, at(72), 72)).toEqual({
      secret: null,
      notice: 'WINDOW_PASSED',
    });
    expect(replayedSecret({ filedAt: FILED, secretKeyId: key.id }, key, RECORD, FILED, 0).notice).toBe('WINDOW_PASSED');
    expect(replayedSecret({ filedAt: FILED, secretKeyId: 'older-ky' }, key, RECORD, at(1), 72)).toEqual({
      secret: null,
      notice: 'KEY_CHANGED',
    });
    expect(replayedSecret({ filedAt: FILED, secretKeyId: null }, key, RECORD, at(1), 72).secret).toBeNull();
  });
});

describe('the idempotency key of an anonymous filing', () => {
  it('passes when long and varied, as a UUID is', () => {
    for (let n = 0; n < 50; n++) expect(anonymousKeyIssue(randomUUID())).toBeNull();
    expect(anonymousKeyIssue('  my-own-key-0123456789  ')).toBeNull();
  });

  it('is refused when short, or long but of few characters', () => {
    for (const weak of [
      '',
      'retry-01',
      '123456789012345',
      'aaaaaaaaaaaaaaaaaaaa',
      '1212121212121212121',
      '  abcdefg  ',
    ])
      expect(anonymousKeyIssue(weak)).toMatch(/at least 16 random characters/);
  });
});
