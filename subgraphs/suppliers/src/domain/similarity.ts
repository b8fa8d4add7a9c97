/** String similarity measures for facility matching; all return a score in [0, 1]. */

/** Jaro-Winkler similarity: forgiving of typos and transpositions, rewards a shared prefix. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
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
const TOKEN_MATCH_THRESHOLD = 0.88;

/**
 * How alike two single words are. Words with digits must be equal: plot 12 is not plot 13,
 * and "unit 2" is a different facility from "unit 3". Very short words are too easy to hit
 * by chance, so they must be equal as well.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 4 || b.length < 4 || /\d/.test(a) || /\d/.test(b)) return 0;
  if (isAbbreviationOf(a, b) || isAbbreviationOf(b, a)) return ABBREVIATION_SIMILARITY;
  const score = jaroWinkler(a, b);
  return score >= TOKEN_MATCH_THRESHOLD ? score : 0;
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

/**
 * Weighted soft token-set similarity (a Dice coefficient where each word may match its
 * most similar word on the other side). `weight` says how much a word should count —
 * the matcher passes inverse document frequency, so rare words decide and common ones
 * ("garments", "road") barely matter. Word order is ignored.
 */
export function softTokenSimilarity(a: readonly string[], b: readonly string[], weight: (token: string) => number): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  let matched = 0;
  let total = 0;
  for (const [from, to] of [[a, b], [b, a]] as const) {
    for (const token of from) {
      const w = weight(token);
      total += w;
      let best = 0;
      for (const other of to) {
        const score = tokenSimilarity(token, other);
        if (score > best) best = score;
        if (best === 1) break;
      }
      matched += w * best;
    }
  }
  return total === 0 ? 0 : matched / total;
}
