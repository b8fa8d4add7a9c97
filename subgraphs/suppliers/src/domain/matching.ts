/**
 * Facility matching for list uploads, as Open Supply Hub does it: an exact match on
 * country + normalised name + normalised address first, then a fuzzy score within the
 * same country. Only a confident, unambiguous score is matched automatically; a plausible
 * one is offered to a person to confirm (POTENTIAL_MATCH), the rest are NEW facilities.
 */
import { NameBlocks } from './match-blocking';
import {
  countWords,
  emptyFrequencies,
  inverseFrequency,
  type PairScore,
  type PreparedFacility,
  prepareFacility,
  scorePair,
  type WordFrequencies,
} from './match-scoring';

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
 * Outcomes, in order:
 * - MATCHED (score 1) when exactly one registered facility has the row's exact key;
 *   POTENTIAL_MATCH when several do (the registry holds duplicates a person must resolve).
 * - MATCHED when the best-scoring facility clears every `automatic*` threshold below, its
 *   unit numbers agree with the row's, neither name has a word the other replaced, and the
 *   next facility whose numbers agree trails by at least `ambiguityMargin`.
 * - POTENTIAL_MATCH with up to five facilities at or above `potential` and `potentialName`.
 * - NEW otherwise.
 * Checked on fixtures/matching-*.csv (matching.test.ts) and on the same generator with other
 * seeds. They favour precision: a wrong automatic match silently merges two workplaces'
 * records, while a missed one costs a person one confirmation.
 */
export const MATCH_THRESHOLDS = {
  /** Combined score at or above which a match may be automatic… */
  automatic: 0.8,
  /** …provided the name alone is at least this similar… */
  automaticName: 0.75,
  /** …the address alone at least this similar… */
  automaticAddress: 0.6,
  /** …and no other facility whose unit numbers fit scores within this margin (else: ambiguous). */
  ambiguityMargin: 0.1,
  /** Lowest combined score offered as a potential match… */
  potential: 0.55,
  /** …and lowest name similarity: another tenant of the same industrial park is not a candidate. */
  potentialName: 0.4,
  /** How much the name weighs in the combined score; the address takes the rest. */
  nameWeight: 0.6,
} as const;

const MAX_POTENTIAL_CANDIDATES = 5;

/**
 * One country's facilities, word frequencies and name blocks. Words are weighed within the
 * country because that is where facilities compete: "garments" tells little apart in
 * Bangladesh, a Vietnamese product word like "may" little in Viet Nam.
 */
interface CountryIndex {
  facilities: PreparedFacility[];
  nameWords: WordFrequencies;
  addressWords: WordFrequencies;
  blocks: NameBlocks;
}

export interface MatchIndex {
  match(row: FacilityToMatch): MatchResult;
  /** Adds a facility, e.g. one just created from an earlier row of the same list. */
  add(facility: RegisteredFacility): void;
  readonly size: number;
  /** Row–facility pairs scored so far: what blocking keeps far below rows × facilities. */
  readonly comparisons: number;
}

/** Indexes the registry by country and name words so a row is compared with a few facilities, not all. */
export function createMatchIndex(facilities: Iterable<RegisteredFacility>): MatchIndex {
  const countries = new Map<string, CountryIndex>();
  const exact = new Map<string, string[]>();
  let size = 0;
  let comparisons = 0;

  const add = (facility: RegisteredFacility) => {
    const country = facility.country.trim().toUpperCase();
    let index = countries.get(country);
    if (!index) {
      index = {
        facilities: [],
        nameWords: emptyFrequencies(),
        addressWords: emptyFrequencies(),
        blocks: new NameBlocks(),
      };
      countries.set(country, index);
    }
    const prepared = prepareFacility(facility.id, facility.name, facility.address);
    index.blocks.add(index.facilities.push(prepared) - 1, prepared.name);
    countWords(index.nameWords, prepared.name);
    countWords(index.addressWords, prepared.place);
    const key = exactKey(country, prepared);
    exact.set(key, [...(exact.get(key) ?? []), facility.id]);
    size++;
  };

  const match = (row: FacilityToMatch): MatchResult => {
    const country = row.country.trim().toUpperCase();
    const prepared = prepareFacility('', row.name, row.address);
    const exactIds = exact.get(exactKey(country, prepared));
    if (exactIds?.length === 1) return { outcome: 'MATCHED', facilityId: exactIds[0], score: 1 };
    if (exactIds)
      return { outcome: 'POTENTIAL_MATCH', candidates: exactIds.map((facilityId) => ({ facilityId, score: 1 })) };

    const index = countries.get(country);
    if (!index) return { outcome: 'NEW' };
    const options = {
      nameWeight: inverseFrequency(index.nameWords),
      addressWeight: inverseFrequency(index.addressWords),
      nameShare: MATCH_THRESHOLDS.nameWeight,
      minimumName: MATCH_THRESHOLDS.potentialName,
    };
    const candidates = index.blocks.candidates(prepared.name);
    comparisons += candidates.length;
    const scored = candidates
      .map((position) => ({
        facilityId: index.facilities[position].id,
        ...scorePair(prepared, index.facilities[position], options),
      }))
      .sort((a, b) => b.total - a.total);
    return decide(scored);
  };

  for (const facility of facilities) add(facility);
  return {
    match,
    add,
    get size() {
      return size;
    },
    get comparisons() {
      return comparisons;
    },
  };
}

/** Matches one row against a list of facilities; for many rows build the index once instead. */
export function matchFacility(row: FacilityToMatch, existing: Iterable<RegisteredFacility>): MatchResult {
  return createMatchIndex(existing).match(row);
}

type Scored = PairScore & { facilityId: string };

/** Scored candidates, best first, to an outcome. */
function decide(scored: Scored[]): MatchResult {
  const t = MATCH_THRESHOLDS;
  // Only facilities whose unit numbers fit the row compete: the firm's unit on plot 2 is no rival for plot 16.
  const [best, rival] = scored.filter((s) => s.unitMarksAgree);
  const automatic =
    best &&
    !best.wordReplaced &&
    best.total >= t.automatic &&
    best.name >= t.automaticName &&
    best.address >= t.automaticAddress &&
    (!rival || best.total - rival.total >= t.ambiguityMargin);
  if (automatic) return { outcome: 'MATCHED', facilityId: best.facilityId, score: round(best.total) };

  const candidates = scored
    .filter((s) => s.total >= t.potential && s.name >= t.potentialName)
    .slice(0, MAX_POTENTIAL_CANDIDATES)
    .map((s) => ({ facilityId: s.facilityId, score: round(s.total) }));
  return candidates.length > 0 ? { outcome: 'POTENTIAL_MATCH', candidates } : { outcome: 'NEW' };
}

/** Same key as `exactMatchKey` in normalise.ts, from tokens already computed. */
const exactKey = (country: string, facility: PreparedFacility) =>
  `${country}|${facility.name.join(' ')}|${facility.address.join(' ')}`;

const round = (value: number) => Math.round(value * 1000) / 1000;
