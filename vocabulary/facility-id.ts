/**
 * Facility ids in Open Supply Hub's form, e.g. `BD2024061K7QX3M`:
 *
 *   BD      ISO 3166-1 alpha-2 country
 *   2024    year of creation
 *   061     day of that year (001–366, UTC)
 *   K7QX3   5 random characters, Crockford base-32
 *   M       check character: Luhn mod 32 over the 14 characters before it
 *
 * The check character catches every single-character substitution and most adjacent
 * transpositions. Country letters enter the check by their place in the Latin alphabet
 * (A=0 … Z=25) rather than through the base-32 alphabet, which lacks I, L, O and U: folding
 * those the Crockford way would make IT and LT, or UA and VA, share a check character.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const FACILITY_ID_LENGTH = 15;

const BASE = CROCKFORD_ALPHABET.length; // 32
const RANDOM_LENGTH = 5;
const EARLIEST_YEAR = 2000; // no registry issued ids before this; older years are typos
const COUNTRY_LENGTH = 2;

export type FacilityIdValidation =
  { ok: true; id: string; country: string; createdOn: string } | { ok: false; reason: string };

export interface FacilityIdValidationOptions {
  /** Rejects well-formed but unassigned codes such as `XX`. */
  isKnownCountry?: (code: string) => boolean;
  /** When given, ids created after this instant are rejected. */
  now?: Date;
}

/**
 * A new id for a facility in `country` created at `createdAt`.
 * `random` returns numbers in [0, 1) like Math.random; inject a seeded one for reproducible ids.
 */
export function generateFacilityId(country: string, createdAt: Date, random: () => number): string {
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new RangeError(`country must be two upper-case letters (ISO 3166-1 alpha-2), got "${country}"`);
  }
  if (Number.isNaN(createdAt.getTime())) throw new RangeError('createdAt is not a valid date');
  const year = createdAt.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > 9999)
    throw new RangeError(`creation year must be ${EARLIEST_YEAR}–9999, got ${year}`);

  let randomPart = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) {
    const r = random();
    if (!(r >= 0 && r < 1)) throw new RangeError(`random() must return a number in [0, 1), got ${r}`);
    randomPart += CROCKFORD_ALPHABET[Math.floor(r * BASE)];
  }
  const body = `${country}${year}${String(dayOfYear(createdAt)).padStart(3, '0')}${randomPart}`;
  return body + checkCharacter(body);
}

/** Checks an id and explains the first problem found, in words a person can act on. */
export function validateFacilityId(id: string, options: FacilityIdValidationOptions = {}): FacilityIdValidation {
  const fail = (reason: string): FacilityIdValidation => ({ ok: false, reason });
  if (typeof id !== 'string') return fail('facility id must be a string');
  if (id.length !== FACILITY_ID_LENGTH) {
    return fail(`facility id must be ${FACILITY_ID_LENGTH} characters, got ${id.length}`);
  }

  const country = id.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(country)) {
    return fail(`facility id must start with a two-letter upper-case country code, got "${country}"`);
  }
  if (options.isKnownCountry && !options.isKnownCountry(country)) {
    return fail(`"${country}" is not a known country code`);
  }

  const yearText = id.slice(2, 6);
  const dayText = id.slice(6, 9);
  if (!/^\d{4}$/.test(yearText)) return fail(`characters 3–6 must be the year of creation, got "${yearText}"`);
  if (!/^\d{3}$/.test(dayText)) return fail(`characters 7–9 must be the day of the year (001–366), got "${dayText}"`);
  const year = Number(yearText);
  const day = Number(dayText);
  if (year < EARLIEST_YEAR) return fail(`year of creation ${year} is before ${EARLIEST_YEAR}`);
  const daysInYear = isLeapYear(year) ? 366 : 365;
  if (day < 1 || day > daysInYear) return fail(`day of year must be 001–${daysInYear} in ${year}, got ${dayText}`);
  const created = new Date(Date.UTC(year, 0, day));
  if (options.now && created.getTime() > options.now.getTime()) {
    return fail(`creation date ${isoDate(created)} is in the future`);
  }

  for (let i = 9; i < FACILITY_ID_LENGTH; i++) {
    if (!CROCKFORD_ALPHABET.includes(id[i])) {
      return fail(`character ${i + 1} ("${id[i]}") is not in the base-32 alphabet ${CROCKFORD_ALPHABET}`);
    }
  }

  const expected = checkCharacter(id.slice(0, FACILITY_ID_LENGTH - 1));
  const actual = id[FACILITY_ID_LENGTH - 1];
  if (actual !== expected) return fail(`check character is ${actual}, expected ${expected}`);

  return { ok: true, id, country, createdOn: isoDate(created) };
}

/** Luhn mod N (N = 32) over the body's code points, doubling from the rightmost character. */
export function checkCharacter(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * codePoint(body[i], i < COUNTRY_LENGTH);
    sum += Math.floor(addend / BASE) + (addend % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return CROCKFORD_ALPHABET[(BASE - (sum % BASE)) % BASE];
}

function codePoint(char: string, inCountry: boolean): number {
  if (inCountry && /^[A-Z]$/.test(char)) return char.charCodeAt(0) - 65;
  const index = CROCKFORD_ALPHABET.indexOf(char);
  if (index < 0) throw new RangeError(`"${char}" cannot be mapped into the base-32 alphabet`);
  return index;
}

function dayOfYear(date: Date): number {
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  const startOfDay = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return (startOfDay - startOfYear) / 86_400_000 + 1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
