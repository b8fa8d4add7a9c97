/**
 * How alike a list row and a registered facility are: a name score, an address score and
 * two yes/no signals the matcher uses to refuse automatic matches that only look good.
 */
import { addressParts, addressTokens, nameTokens } from './normalise';
import { alignWords, dice, trigrams } from './similarity';

/** A facility (or row) reduced to what matching compares, computed once. */
export interface PreparedFacility {
  id: string;
  name: string[];
  address: string[];
  nameGrams: Set<string>;
  /** Where: address words without unit words and numbers. */
  place: string[];
  placeGrams: Set<string>;
  /** Which unit there: plot, house and street numbers, their letters, postcodes (with repeats). */
  unitMarks: string[];
}

export function prepareFacility(id: string, name: string, address: string): PreparedFacility {
  const nameWords = nameTokens(name);
  const addressWords = addressTokens(address);
  const { place, unitMarks } = addressParts(addressWords);
  return {
    id,
    name: nameWords,
    address: addressWords,
    nameGrams: trigrams(nameWords.join('')),
    place,
    placeGrams: trigrams(place.join('')),
    unitMarks,
  };
}

/** How many facilities use each word, to weigh words by rarity (inverse document frequency). */
export interface WordFrequencies {
  documents: number;
  counts: Map<string, number>;
}

export const emptyFrequencies = (): WordFrequencies => ({ documents: 0, counts: new Map() });

export function countWords(frequencies: WordFrequencies, words: readonly string[]): void {
  frequencies.documents++;
  for (const word of new Set(words)) frequencies.counts.set(word, (frequencies.counts.get(word) ?? 0) + 1);
}

export type Weight = (word: string) => number;

/** Inverse document frequency, cached; a word the registry has never seen weighs as one seen once. */
export function inverseFrequency(frequencies: WordFrequencies): Weight {
  const weights = new Map<string, number>();
  return (word) => {
    let weight = weights.get(word);
    if (weight === undefined) {
      weight = Math.log(1 + frequencies.documents / (frequencies.counts.get(word) ?? 1));
      weights.set(word, weight);
    }
    return weight;
  };
}

export interface PairScore {
  name: number;
  address: number;
  /** `nameWeight × name + (1 − nameWeight) × address`. */
  total: number;
  /** The unit marks of one address all appear in the other's (see `unitMarksAgree`). */
  unitMarksAgree: boolean;
  /** Each name has a word the other lacks ("Dệt Kim" vs "Dệt May"): a different firm, or a translation. */
  wordReplaced: boolean;
}

export interface ScoreOptions {
  nameWeight: Weight;
  addressWeight: Weight;
  /** Share of the name in the total score. */
  nameShare: number;
  /** Below this name score the address is not compared (the pair can be neither offered nor a rival). */
  minimumName: number;
}

export function scorePair(row: PreparedFacility, facility: PreparedFacility, options: ScoreOptions): PairScore {
  const names = alignWords(row.name, facility.name, options.nameWeight);
  // Words decide; characters rescue names written together or apart ("VietTien"/"Viet Tien").
  const name = Math.max(names.score, (names.score + dice(row.nameGrams, facility.nameGrams)) / 2);
  if (name < options.minimumName) {
    return { name, address: 0, total: options.nameShare * name, unitMarksAgree: false, wordReplaced: false };
  }
  const places = alignWords(row.place, facility.place, options.addressWeight).score;
  const address = Math.max(places, (places + dice(row.placeGrams, facility.placeGrams)) / 2);
  return {
    name,
    address,
    total: options.nameShare * name + (1 - options.nameShare) * address,
    unitMarksAgree: unitMarksAgree(row.unitMarks, facility.unitMarks),
    // Lists often drop words of a name ("Ltd", "(Cambodia)") but seldom swap one for another.
    wordReplaced: names.aHasUnmatched && names.bHasUnmatched,
  };
}

/**
 * Plot, house and street numbers are what tell neighbours in one industrial park apart, so
 * the marks of one address must all appear in the other, repeats counted: a list may leave
 * out the postcode, but "Plot 16" is not "Plot 2", nor "Lô G-5-H, KCN 2" "Lô G-2-H, KCN 2".
 * No marks on a side: no say.
 */
export function unitMarksAgree(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const available = new Map<string, number>();
  for (const mark of large) available.set(mark, (available.get(mark) ?? 0) + 1);
  for (const mark of small) {
    const left = available.get(mark) ?? 0;
    if (left === 0) return false;
    available.set(mark, left - 1);
  }
  return true;
}
