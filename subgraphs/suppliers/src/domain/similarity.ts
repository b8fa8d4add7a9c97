/**
 * String similarity measures for facility matching; all return a score in [0, 1].
 *
 * Written here rather than taken from a library: the matcher calls Jaro-Winkler millions of
 * times per list, so it reuses its buffers and first checks a cheap bound that rejects most
 * unrelated word pairs; and the word alignment (weighted by rarity, reporting unmatched words
 * on either side) is the matcher's own rule. Common string-distance packages offer Levenshtein
 * distance, which punishes transposed and dropped letters more than list spellings warrant.
 */

// Reused between calls: matching a large list calls Jaro-Winkler millions of times.
let aFlags = new Uint8Array(64);
let bFlags = new Uint8Array(64);

/** Jaro-Winkler similarity: forgiving of typos and transpositions, rewards a shared prefix. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (aFlags.length < a.length) aFlags = new Uint8Array(a.length * 2);
  if (bFlags.length < b.length) bFlags = new Uint8Array(b.length * 2);
  const aMatched = aFlags.fill(0, 0, a.length);
  const bMatched = bFlags.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Character trigrams of a string padded at both ends, so short strings still have some. */
export function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Sørensen–Dice coefficient of two sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two tokens count as the same word above this Jaro-Winkler score (typos, transliteration). */
const TOKEN_MATCH_THRESHOLD = 0.9;

/**
 * How alike two single words are. Words with digits must be equal: plot 12 is not plot 13,
 * and "unit 2" is a different facility from "unit 3". Very short words are too easy to hit
 * by chance, so they must be equal as well.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 4 || b.length < 4 || /\d/.test(a) || /\d/.test(b)) return 0;
  if (isAbbreviationOf(a, b) || isAbbreviationOf(b, a)) return ABBREVIATION_SIMILARITY;
  if (!canReachThreshold(a, b)) return 0;
  const score = jaroWinkler(a, b);
  return score >= TOKEN_MATCH_THRESHOLD ? score : 0;
}

const letterCounts = new Int32Array(128);
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A cheap upper bound, since most word pairs a matcher meets are unrelated: Jaro-Winkler
 * ≥ 0.9 needs Jaro ≥ 0.833, and Jaro ≤ (c/|a| + c/|b| + 1) / 3 where c counts the letters
 * the words share (the Winkler prefix bonus adds at most 0.4 × (1 − Jaro)).
 */
function canReachThreshold(a: string, b: string): boolean {
  if (jaroBound(Math.min(a.length, b.length), a.length, b.length) < MINIMUM_JARO) return false;
  // Letters outside ASCII (other scripts survive normalisation): skip the shortcut.
  if (NON_ASCII.test(a) || NON_ASCII.test(b)) return true;
  let shared = 0;
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]++;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (letterCounts[code] > 0) {
      letterCounts[code]--;
      shared++;
    }
  }
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)] = 0;
  return jaroBound(shared, a.length, b.length) >= MINIMUM_JARO;
}

const MINIMUM_JARO = (TOKEN_MATCH_THRESHOLD - 0.4) / 0.6;

function jaroBound(shared: number, aLength: number, bLength: number): number {
  return (shared / aLength + shared / bLength + 1) / 3;
}

/** An abbreviation the vocabulary does not list still matches, a little below an equal word. */
const ABBREVIATION_SIMILARITY = 0.9;

/**
 * "lthr" → "leather", "apprl" → "apparel", "elec" → "electronics": same first letter, the
 * letters in order, and either a consonant skeleton or at most 60% of the length (so that
 * "hong" is not taken for an abbreviation of "hongda"). Callers guarantee ≥ 4 letters.
 */
export function isAbbreviationOf(short: string, long: string): boolean {
  if (short[0] !== long[0] || short.length > long.length - 2) return false;
  if (short.length > long.length * 0.6 && /[aeiouy]/.test(short.slice(1))) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && long[j] !== short[i]) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

export interface WordAlignment {
  /**
   * Weighted soft token-set similarity: a Dice coefficient where each word may match its
   * most similar word on the other side. Word order is ignored.
   */
  score: number;
  /** Some word of `a` has no similar word in `b`; and the converse. */
  aHasUnmatched: boolean;
  bHasUnmatched: boolean;
}

/**
 * Aligns two lists of words, comparing each pair once. `weight` says how much a word should
 * count — the matcher passes inverse document frequency, so rare words decide and common
 * ones ("garments", "road") barely matter.
 */
export function alignWords(
  a: readonly string[],
  b: readonly string[],
  weight: (token: string) => number,
): WordAlignment {
  if (a.length === 0 || b.length === 0) {
    return { score: a.length === b.length ? 1 : 0, aHasUnmatched: a.length > 0, bHasUnmatched: b.length > 0 };
  }
  const bestForB = new Array<number>(b.length).fill(0);
  let matched = 0;
  let total = 0;
  let aHasUnmatched = false;
  for (const word of a) {
    let best = 0;
    for (let j = 0; j < b.length; j++) {
      const score = tokenSimilarity(word, b[j]);
      if (score > best) best = score;
      if (score > bestForB[j]) bestForB[j] = score;
    }
    const w = weight(word);
    total += w;
    matched += w * best;
    if (best === 0) aHasUnmatched = true;
  }
  let bHasUnmatched = false;
  for (let j = 0; j < b.length; j++) {
    const w = weight(b[j]);
    total += w;
    matched += w * bestForB[j];
    if (bestForB[j] === 0) bHasUnmatched = true;
  }
  return { score: total === 0 ? 0 : matched / total, aHasUnmatched, bHasUnmatched };
}

export const softTokenSimilarity = (
  a: readonly string[],
  b: readonly string[],
  weight: (token: string) => number,
): number => alignWords(a, b, weight).score;
