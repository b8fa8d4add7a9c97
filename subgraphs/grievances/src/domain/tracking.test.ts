import { scrypt } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  hashSecret,
  isHashedAt,
  newSecret,
  newTrackingCode,
  normaliseTrackingCode,
  scryptParameters,
  verifySecret,
} from './tracking';

// Every export of node:crypto keeps its real implementation; scrypt's calls are recorded, so a test can
// see which hash a verification spent without timing it.
vi.mock('node:crypto', { spy: true });

const FAST = scryptParameters(10); // keeps the suite quick; deployments configure their cost
const bytes =
  (...values: number[]) =>
  () =>
    Uint8Array.from(values);

describe('tracking codes', () => {
  it('formats 40 random bits as GRV- and two groups of four Crockford characters', () => {
    expect(newTrackingCode(bytes(0, 0, 0, 0, 0))).toBe('GRV-0000-0000');
    expect(newTrackingCode(bytes(255, 255, 255, 255, 255))).toBe('GRV-ZZZZ-ZZZZ');
    // 0x0842108421 is 00001 repeated eight times
    expect(newTrackingCode(bytes(0x08, 0x42, 0x10, 0x84, 0x21))).toBe('GRV-1111-1111');
  });

  it('never uses the ambiguous letters I, L, O or U', () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode();
      expect(code).toMatch(/^GRV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
  });

  it('gives different codes from the real random source', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newTrackingCode()));
    expect(codes.size).toBe(1000);
  });

  it('refuses a random source that returns too few bytes', () => {
    expect(() => newTrackingCode(bytes(1, 2))).toThrow(RangeError);
  });
});

describe('normalising what a worker typed', () => {
  it.each([
    ['GRV-7K4Q-2M9X', 'GRV-7K4Q-2M9X'],
    ['grv-7k4q-2m9x', 'GRV-7K4Q-2M9X'],
    ['GRV7K4Q2M9X', 'GRV-7K4Q-2M9X'],
    ['  grv 7k4q 2m9x ', 'GRV-7K4Q-2M9X'],
    ['7K4Q-2M9X', 'GRV-7K4Q-2M9X'],
    ['7k4q2m9x', 'GRV-7K4Q-2M9X'],
    ['GRV–7K4Q—2M9X', 'GRV-7K4Q-2M9X'], // en and em dashes from autocorrect
    ['ＧＲＶ－７Ｋ４Ｑ－２Ｍ９Ｘ', 'GRV-7K4Q-2M9X'], // full-width keyboard
    ['GRV-O0IL-l1io', 'GRV-0011-1110'], // O → 0, I/L → 1
  ])('reads %j as %s', (input, expected) => {
    expect(normaliseTrackingCode(input)).toBe(expected);
  });

  it.each([
    [''],
    ['GRV-7K4Q-2M9'],
    ['GRV-7K4Q-2M9XX'],
    ['GRV-7K4U-2M9X'],
    ['ABC-7K4Q-2M9X'],
    ['GRV-7K4Q-2M9!'],
    ['GRV-7K4Q-2M9X; drop table'],
  ])('rejects %j', (input) => {
    expect(normaliseTrackingCode(input)).toBeNull();
  });

  it('round-trips every generated code', () => {
    for (let i = 0; i < 100; i++) {
      const code = newTrackingCode();
      expect(normaliseTrackingCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
    }
  });
});

describe('secrets', () => {
  it('carries at least 128 bits as base64url', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(newSecret()).not.toBe(secret);
  });

  it('hashes with the parameters and a fresh salt encoded in the string', async () => {
    const secret = newSecret();
    const first = await hashSecret(secret, FAST);
    const second = await hashSecret(secret, FAST);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
  });

  it('verifies the right secret and rejects a wrong one', async () => {
    const secret = newSecret();
    const stored = await hashSecret(secret, FAST);
    expect(await verifySecret(secret, stored, FAST)).toBe(true);
    expect(await verifySecret(newSecret(), stored, FAST)).toBe(false);
    expect(await verifySecret(secret.slice(0, -1), stored, FAST)).toBe(false);
    expect(await verifySecret('', stored, FAST)).toBe(false);
  });

  it('answers false, without throwing, for a malformed or tampered stored hash', async () => {
    const secret = newSecret();
    const stored = await hashSecret(secret, FAST);
    const parts = stored.split('$');
    for (const bad of [
      'not-a-hash',
      stored.replace('scrypt', 'bcrypt'),
      [...parts.slice(0, 1), '1000', ...parts.slice(2)].join('$'), // N not a power of two
      [...parts.slice(0, 1), String(2 ** 24), ...parts.slice(2)].join('$'), // N too costly
      parts.slice(0, 5).join('$'),
    ]) {
      expect(await verifySecret(secret, bad, FAST)).toBe(false);
    }
  });

  describe('the stand-in hash, spent where there is no stored hash to check', () => {
    const standIn = scryptParameters(11); // the configured cost, different from the cost of FAST hashes
    /** The work each scrypt call since the last reset was asked to do: sizes and cost parameters, not the inputs' bytes. */
    const work = () =>
      vi.mocked(scrypt).mock.calls.map(([, salt, keyLength, options]) => {
        const { N, r, p, maxmem } = typeof options === 'object' ? options : {};
        return { saltLength: Buffer.byteLength(salt as Buffer), keyLength, N, r, p, maxmem };
      });
    beforeEach(() => {
      vi.mocked(scrypt).mockClear();
    });

    it('is the hash of a new secret at the stand-in cost, for an unknown code, a case without a secret or a corrupted hash', async () => {
      await hashSecret(newSecret(), standIn);
      const hashingANewSecret = work();
      expect(hashingANewSecret).toEqual([{ saltLength: 16, keyLength: 32, ...standIn, maxmem: expect.any(Number) }]);

      vi.mocked(scrypt).mockClear();
      expect(await verifySecret(newSecret(), null, standIn)).toBe(false);
      expect(work()).toEqual(hashingANewSecret);

      // The same for a code whose case has no secret (filed by an organisation), or a corrupted row.
      for (const stored of [undefined, 'not-a-hash']) {
        vi.mocked(scrypt).mockClear();
        expect(await verifySecret(newSecret(), stored, standIn)).toBe(false);
        expect(work()).toEqual(hashingANewSecret);
      }
    });

    it('costs what checking a secret stored at that cost costs, so unknown codes are not revealed by timing', async () => {
      const stored = await hashSecret('x', standIn);
      vi.mocked(scrypt).mockClear();
      expect(await verifySecret('y', stored, standIn)).toBe(false);
      const knownCode = work();
      vi.mocked(scrypt).mockClear();
      expect(await verifySecret('y', null, standIn)).toBe(false);
      expect(work()).toEqual(knownCode);
    });

    it('is not spent for a stored hash, which is checked at the parameters stored in it', async () => {
      const stored = await hashSecret('x', FAST);
      vi.mocked(scrypt).mockClear();
      expect(await verifySecret('x', stored, standIn)).toBe(true);
      expect(work()).toEqual([{ saltLength: 16, keyLength: 32, ...FAST, maxmem: expect.any(Number) }]);
    });
  });

  it('derives N from the cost, and verifies a hash by the parameters stored in it whatever the current cost', async () => {
    expect(scryptParameters(15)).toEqual({ N: 32768, r: 8, p: 1 });
    const older = await hashSecret('secret', scryptParameters(11));
    expect(older.startsWith('scrypt$2048$8$1$')).toBe(true);
    expect(await verifySecret('secret', older, FAST)).toBe(true);
  });

  it('tells whether a stored hash was made at given parameters, so one made at another cost can be made again', async () => {
    const stored = await hashSecret('secret', FAST);
    expect(isHashedAt(stored, FAST)).toBe(true);
    expect(isHashedAt(stored, scryptParameters(11))).toBe(false);
    for (const missing of [null, undefined, 'not-a-hash']) expect(isHashedAt(missing, FAST)).toBe(false);
  });

  it('refuses parameters that are not a power of two', async () => {
    await expect(hashSecret('secret', { ...FAST, N: 1000 })).rejects.toThrow(RangeError);
  });
});
