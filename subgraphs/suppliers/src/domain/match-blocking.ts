/**
 * Blocking: finding the few registered facilities worth scoring for a row without looking
 * at all of them, so matching a 20,000-row list stays near-linear instead of quadratic.
 * Facilities are filed under keys made from their name words; a row is compared only with
 * facilities sharing its rarest keys.
 */

/** Facilities scored in full per row. */
const MAX_CANDIDATES = 30;
/** Stop widening the search once this many filed facilities have been looked at. */
const LOOKUP_BUDGET = 500;

export class NameBlocks {
  private readonly blocks = new Map<string, number[]>();

  /** Files the facility at `position` under the keys of its name words. */
  add(position: number, nameWords: readonly string[]): void {
    for (const key of blockingKeys(nameWords)) {
      const block = this.blocks.get(key);
      if (block) block.push(position);
      else this.blocks.set(key, [position]);
    }
  }

  /** Positions of facilities sharing the row's rarest keys, those sharing most first. */
  candidates(nameWords: readonly string[]): number[] {
    const blocks = [...new Set(blockingKeys(nameWords))]
      .map((key) => this.blocks.get(key))
      .filter((block): block is number[] => block !== undefined)
      .sort((a, b) => a.length - b.length);
    const hits = new Map<number, number>();
    let looked = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      // Always the two rarest keys; common ones ("garment") only while the budget lasts.
      if (i >= 2 && looked + block.length > LOOKUP_BUDGET) break;
      const weight = 1 / Math.log(2 + block.length); // a shared rare word says more than a common one
      for (const position of block) hits.set(position, (hits.get(position) ?? 0) + weight);
      looked += block.length;
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([position]) => position);
  }
}

/**
 * Each name word, and its first and last four letters, so that a typo in the middle or at
 * either end of a word still finds the facility through another key, and "viettien" meets
 * "viet tien" through "viet".
 */
export function blockingKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of words) {
    keys.push(`w:${word}`);
    if (word.length >= 4 && !/\d/.test(word)) keys.push(`p:${word.slice(0, 4)}`, `s:${word.slice(-4)}`);
  }
  return keys;
}
