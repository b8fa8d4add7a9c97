import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import {
  naivelySuppressed,
  publishedStats,
  publishedSummaries,
  recoveries,
  requestFamily,
  Universe,
  type Published,
} from './suppression-support';

/**
 * Differencing on the demo data: every pair of counts the family of requests publishes, for the
 * public and for Bangladesh's regulator (who sees its own country in full, and must learn nothing
 * more about the others).
 */
let stack: TestStack;
let universe: Universe;

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
  universe = await Universe.read(stack);
}, 120_000);
afterAll(() => stack?.stop());

async function everyCount(token: string | undefined): Promise<Published[]> {
  return [
    ...(await publishedStats(stack, token, universe, requestFamily(universe))),
    ...(await publishedSummaries(stack, token, universe)),
  ];
}

describe('small-cell suppression on the demo data', () => {
  it('gives the public no count of 1–4 by subtracting any published count from another', async () => {
    const published = await everyCount(undefined);
    expect(published.length).toBeGreaterThan(100_000);
    expect(recoveries(published, null)).toEqual([]);
    // The same requests under a rule that withholds each count on its own would give many away.
    expect(recoveries(naivelySuppressed(published), null).length).toBeGreaterThan(0);
  }, 600_000);

  it('gives a regulator nothing beyond its own country', async () => {
    const token = await stack.token({ role: 'REGULATOR', organizationId: 'org-suppression-bd', country: 'BD' });
    const published = await everyCount(token);
    const bangladesh = universe.inCountries(['BD']);
    expect(recoveries(published, bangladesh)).toEqual([]);
    // Its own country's counts are exact.
    const own = published.filter((count) => count.cases.within(bangladesh) && count.cases.size > 0);
    expect(own.length).toBeGreaterThan(0);
  }, 600_000);
});
