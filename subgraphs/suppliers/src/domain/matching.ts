/**
 * Facility matching for list uploads, as Open Supply Hub does it: an exact match on
 * country + normalised name + normalised address first, then a fuzzy score within the
 * same country. Only a confident, unambiguous score is matched automatically; a plausible
 * one is offered to a person to confirm (POTENTIAL_MATCH), the rest are NEW facilities.
 */
import { addressTokens, nameTokens } from './normalise';
import { dice, softTokenSimilarity, trigrams } from './similarity';

export interface FacilityToMatch {
  /** ISO 3166-1 alpha-2. */
  country: string;
  name: string;
  address: string;
}

export interface RegisteredFacility extends FacilityToMatch {
  id: string;
}

export interface MatchCandidate {
  facilityId: string;
  score: number;
}

export type MatchResult =
  | { outcome: 'MATCHED'; facilityId: string; score: number }
  | { outcome: 'POTENTIAL_MATCH'; candidates: MatchCandidate[] }
  | { outcome: 'NEW' };

/**
 * Thresholds, tuned on fixtures/matching-*.csv for precision ≥ 0.98 of automatic matches:
 * a wrong automatic match silently merges two workplaces' records, while a missed one
 * only costs a person a confirmation click.
 */
export const MATCH_THRESHOLDS = {
  /** Combined score at or above which a match may be automatic… */
  automatic: 0.8,
  /** …provided the name alone is at least this similar… */
  automaticName: 0.75,
  /** …the address alone at least this similar… */
  automaticAddress: 0.5,
  /** …and no other facility scores within this margin of the best (else: ambiguous). */
  ambiguityMargin: 0.05,
  /** Lowest combined score offered as a potential match… */
  potential: 0.55,
  /** …and lowest name similarity: another tenant of the same industrial park is not a candidate. */
  potentialName: 0.5,
  /** How much the name weighs in the combined score; the address takes the rest. */
  nameWeight: 0.6,
} as const;

const MAX_POTENTIAL_CANDIDATES = 5;
/** Facilities scored in full per row, chosen by blocking (shared rare name words). */
const MAX_SCORED_CANDIDATES = 30;
/** Stop widening the block once this many facilities have been looked at. */
const BLOCKING_BUDGET = 3_000;

interface IndexedFacility {
  id: string;
  name: string[];
  address: string[];
  nameGrams: Set<string>;
  addressGrams: Set<string>;
  numbers: Set<string>;
}

/** One country's facilities, with word frequencies for weighting and blocking keys. */
interface CountryIndex {
  facilities: IndexedFacility[];
  nameFrequency: Map<string, number>;
  addressFrequency: Map<string, number>;
  blocks: Map<string, number[]>;
}

export interface MatchIndex {
  match(row: FacilityToMatch): MatchResult;
  /** Adds a facility, e.g. one just created from an earlier row of the same list. */
  add(facility: RegisteredFacility): void;
  readonly size: number;
}

/** Indexes the registry by country and name words so a row is compared with a few facilities, not all. */
export function createMatchIndex(facilities: Iterable<RegisteredFacility>): MatchIndex {
  const countries = new Map<string, CountryIndex>();
  const exact = new Map<string, string[]>();
  let size = 0;

  const add = (facility: RegisteredFacility) => {
    const country = facility.country.trim().toUpperCase();
    let index = countries.get(country);
    if (!index) {
      index = { facilities: [], nameFrequency: new Map(), addressFrequency: new Map(), blocks: new Map() };
      countries.set(country, index);
    }
    const entry = prepare(facility.id, facility.name, facility.address);
    const position = index.facilities.push(entry) - 1;
    count(index.nameFrequency, entry.name);
    count(index.addressFrequency, entry.address);
    for (const key of blockingKeys(entry.name)) {
      const block = index.blocks.get(key);
      if (block) block.push(position);
      else index.blocks.set(key, [position]);
    }
    const key = exactKey(country, entry);
    exact.set(key, [...(exact.get(key) ?? []), facility.id]);
    size++;
  };

  const match = (row: FacilityToMatch): MatchResult => {
    const country = row.country.trim().toUpperCase();
    const entry = prepare('', row.name, row.address);
    const exactIds = exact.get(exactKey(country, entry));
    if (exactIds?.length === 1) return { outcome: 'MATCHED', facilityId: exactIds[0], score: 1 };
    if (exactIds) return { outcome: 'POTENTIAL_MATCH', candidates: exactIds.map((facilityId) => ({ facilityId, score: 1 })) };

    const index = countries.get(country);
    if (!index) return { outcome: 'NEW' };
    const scored = candidatesFor(index, entry)
      .map((position) => ({ facility: index.facilities[position], ...score(index, entry, index.facilities[position]) }))
      .sort((a, b) => b.total - a.total);
    return decide(scored);
  };

  for (const facility of facilities) add(facility);
  return { match, add, get size() { return size; } };
}

/** Matches one row against a list of facilities; for many rows build the index once instead. */
export function matchFacility(row: FacilityToMatch, existing: Iterable<RegisteredFacility>): MatchResult {
  return createMatchIndex(existing).match(row);
}

interface Scored { facility: IndexedFacility; total: number; name: number; address: number; numbersAgree: boolean }

function decide(scored: Scored[]): MatchResult {
  const t = MATCH_THRESHOLDS;
  const [best, second] = scored;
  if (
    best &&
    best.total >= t.automatic &&
    best.name >= t.automaticName &&
    best.address >= t.automaticAddress &&
    best.numbersAgree &&
    (!second || best.total - second.total >= t.ambiguityMargin)
  ) {
    return { outcome: 'MATCHED', facilityId: best.facility.id, score: round(best.total) };
  }
  const candidates = scored
    .filter((s) => s.total >= t.potential && s.name >= t.potentialName)
    .slice(0, MAX_POTENTIAL_CANDIDATES)
    .map((s) => ({ facilityId: s.facility.id, score: round(s.total) }));
  return candidates.length > 0 ? { outcome: 'POTENTIAL_MATCH', candidates } : { outcome: 'NEW' };
}

function score(index: CountryIndex, row: IndexedFacility, facility: IndexedFacility) {
  const documents = index.facilities.length;
  const idf = (frequency: Map<string, number>) => (token: string) =>
    Math.log(1 + documents / (frequency.get(token) ?? 1));
  const nameWords = softTokenSimilarity(row.name, facility.name, idf(index.nameFrequency));
  const nameChars = dice(row.nameGrams, facility.nameGrams);
  const addressWords = softTokenSimilarity(row.address, facility.address, idf(index.addressFrequency));
  const addressChars = dice(row.addressGrams, facility.addressGrams);
  // Words decide; characters rescue names written together or apart ("VietTien"/"Viet Tien").
  const name = Math.max(nameWords, (nameWords + nameChars) / 2);
  const address = Math.max(addressWords, (addressWords + addressChars) / 2);
  const w = MATCH_THRESHOLDS.nameWeight;
  return { name, address, total: w * name + (1 - w) * address, numbersAgree: numbersAgree(row.numbers, facility.numbers) };
}

/**
 * Plot, house and street numbers are what tell neighbours in one industrial park apart, so
 * an automatic match needs the numbers of one address to all appear in the other (a list
 * may leave out the postcode, but "Plot 16" is not "Plot 2"). No numbers on a side: no say.
 */
function numbersAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const number of small) if (!large.has(number)) return false;
  return true;
}

/** Facilities sharing the row's rarest blocking keys, most shared first. */
function candidatesFor(index: CountryIndex, row: IndexedFacility): number[] {
  const blocks = [...new Set(blockingKeys(row.name))]
    .map((key) => index.blocks.get(key))
    .filter((block): block is number[] => block !== undefined)
    .sort((a, b) => a.length - b.length);
  const hits = new Map<number, number>();
  let looked = 0;
  for (const [i, block] of blocks.entries()) {
    if (i >= 2 && looked + block.length > BLOCKING_BUDGET) break;
    const weight = 1 / Math.log(2 + block.length); // a shared rare word says more than a common one
    for (const position of block) hits.set(position, (hits.get(position) ?? 0) + weight);
    looked += block.length;
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SCORED_CANDIDATES)
    .map(([position]) => position);
}

/**
 * Each name word, and its first and last four letters, so that a typo in the middle or
 * at either end of a word still finds the facility through the other key.
 */
function blockingKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of words) {
    keys.push(`w:${word}`);
    if (word.length >= 4 && !/\d/.test(word)) keys.push(`p:${word.slice(0, 4)}`, `s:${word.slice(-4)}`);
  }
  return keys;
}

function prepare(id: string, name: string, address: string): IndexedFacility {
  const nameWords = nameTokens(name);
  const addressWords = addressTokens(address);
  return {
    id,
    name: nameWords,
    address: addressWords,
    nameGrams: trigrams(nameWords.join('')),
    addressGrams: trigrams(addressWords.join('')),
    numbers: new Set(addressWords.filter((word) => /^\d+$/.test(word))),
  };
}

const exactKey = (country: string, entry: IndexedFacility) => `${country}|${entry.name.join(' ')}|${entry.address.join(' ')}`;

function count(frequency: Map<string, number>, tokens: readonly string[]) {
  for (const token of new Set(tokens)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
