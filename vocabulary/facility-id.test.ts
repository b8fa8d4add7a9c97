import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, checkCharacter, generateFacilityId, validateFacilityId } from './facility-id';
import { SeededRandom } from '../demo/random';

const seededRandom = (seed: number) => {
  const random = new SeededRandom(seed);
  return () => random.next();
};

const KNOWN = new Set(['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX', 'IT', 'LT']);
const isKnownCountry = (code: string) => KNOWN.has(code);

describe('generateFacilityId', () => {
  it('encodes country, year and day of year, and validates back (round trip)', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 500; i++) {
      const country = [...KNOWN][i % KNOWN.size];
      const createdAt = new Date(Date.UTC(2019 + (i % 7), 0, 1 + ((i * 37) % 365), 13, 5));
      const id = generateFacilityId(country, createdAt, random);
      expect(id).toHaveLength(15);
      const result = validateFacilityId(id, { isKnownCountry });
      expect(result).toEqual({ ok: true, id, country, createdOn: createdAt.toISOString().slice(0, 10) });
    }
  });

  it('uses the day of year in UTC, including 29 February and 31 December of a leap year', () => {
    const random = () => 0;
    expect(generateFacilityId('BD', new Date('2024-02-29T23:30:00Z'), random).slice(0, 9)).toBe('BD2024060');
    expect(generateFacilityId('BD', new Date('2024-12-31T00:00:00Z'), random).slice(0, 9)).toBe('BD2024366');
    expect(generateFacilityId('VN', new Date('2023-01-01T00:00:00Z'), random).slice(0, 9)).toBe('VN2023001');
  });

  it('is reproducible with the same seed', () => {
    const at = new Date('2025-03-10T00:00:00Z');
    expect(generateFacilityId('KH', at, seededRandom(7))).toBe(generateFacilityId('KH', at, seededRandom(7)));
  });

  it('rejects a malformed country or a random source out of range', () => {
    const at = new Date('2025-03-10T00:00:00Z');
    expect(() => generateFacilityId('bd', at, Math.random)).toThrow(/two upper-case letters/);
    expect(() => generateFacilityId('BGD', at, Math.random)).toThrow(/two upper-case letters/);
    expect(() => generateFacilityId('BD', at, () => 1)).toThrow(/\[0, 1\)/);
  });
});

describe('validateFacilityId', () => {
  const sample = generateFacilityId('BD', new Date('2024-06-15T00:00:00Z'), seededRandom(1));

  it('detects every single-character substitution in a sample id', () => {
    const replacements = [
      ...new Set([...CROCKFORD_ALPHABET, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_ ']),
    ];
    let tried = 0;
    for (let position = 0; position < sample.length; position++) {
      for (const char of replacements) {
        if (char === sample[position]) continue;
        const mutated = sample.slice(0, position) + char + sample.slice(position + 1);
        tried++;
        expect(validateFacilityId(mutated).ok, `${mutated} (position ${position + 1})`).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(15 * 60);
  });

  it('explains a wrong check character', () => {
    const body = sample.slice(0, 14);
    const wrong = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(sample[14]) + 1) % 32];
    expect(validateFacilityId(body + wrong)).toEqual({
      ok: false,
      reason: `check character is ${wrong}, expected ${sample[14]}`,
    });
  });

  it('rejects bad lengths', () => {
    expect(validateFacilityId('BD2024167K7QX')).toEqual({
      ok: false,
      reason: 'facility id must be 15 characters, got 13',
    });
    expect(validateFacilityId('')).toEqual({ ok: false, reason: 'facility id must be 15 characters, got 0' });
    expect(validateFacilityId(sample + 'A')).toMatchObject({
      ok: false,
      reason: 'facility id must be 15 characters, got 16',
    });
  });

  it('rejects days that do not exist in the year', () => {
    const withDate = (year: string, day: string) => {
      const body = `BD${year}${day}K7QX3`;
      return validateFacilityId(body + checkCharacter(body));
    };
    expect(withDate('2023', '000')).toEqual({ ok: false, reason: 'day of year must be 001–365 in 2023, got 000' });
    expect(withDate('2023', '366')).toEqual({ ok: false, reason: 'day of year must be 001–365 in 2023, got 366' });
    expect(withDate('2024', '366')).toMatchObject({ ok: true, createdOn: '2024-12-31' });
    expect(withDate('2024', '367')).toMatchObject({ ok: false });
    expect(withDate('1999', '100')).toEqual({ ok: false, reason: 'year of creation 1999 is before 2000' });
  });

  it('rejects creation dates after `now` when given', () => {
    const body = 'BD2030001K7QX3';
    const id = body + checkCharacter(body);
    expect(validateFacilityId(id).ok).toBe(true);
    expect(validateFacilityId(id, { now: new Date('2026-01-01T00:00:00Z') })).toEqual({
      ok: false,
      reason: 'creation date 2030-01-01 is in the future',
    });
  });

  it('rejects characters outside the alphabet and unknown countries', () => {
    expect(validateFacilityId(sample.slice(0, 9) + 'U' + sample.slice(10))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('character 10 ("U") is not in the base-32 alphabet'),
    });
    expect(validateFacilityId('b' + sample.slice(1))).toMatchObject({
      reason: expect.stringContaining('upper-case country code'),
    });
    const body = 'XX2024100K7QX3';
    expect(validateFacilityId(body + checkCharacter(body), { isKnownCountry })).toEqual({
      ok: false,
      reason: '"XX" is not a known country code',
    });
  });

  it('tells countries apart whose letters Crockford decoding would fold together (IT/LT, UA/VA)', () => {
    expect(checkCharacter('IT2024100K7QX3')).not.toBe(checkCharacter('LT2024100K7QX3'));
    expect(checkCharacter('UA2024100K7QX3')).not.toBe(checkCharacter('VA2024100K7QX3'));
  });
});
