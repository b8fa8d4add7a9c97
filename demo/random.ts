/**
 * The one seeded PRNG (mulberry32): demo data, generated data sets and fixtures are the same on
 * every machine. Hand-written because it is ten lines whose output must never change with a
 * library upgrade: the demo data's ids and the labelled matching fixture depend on it.
 */
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<Value>(values: readonly Value[]): Value {
    return values[Math.floor(this.next() * values.length)];
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  sample<Value>(values: readonly Value[], count: number): Value[] {
    const pool = [...values];
    const chosen: Value[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return chosen;
  }
  /** A date between two dates, as YYYY-MM-DD. */
  dateBetween(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    return new Date(start + Math.floor(this.next() * (end - start))).toISOString().slice(0, 10);
  }
}

/** The same generator shaped like `Math.random`, for code that takes a `() => number`. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}
