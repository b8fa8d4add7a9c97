import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry';

describe('the wait before a retry', () => {
  it('doubles with each failure, between half and all of its ceiling', () => {
    expect(retryDelayMs(1, 10_000, 3_600_000, () => 0)).toBe(5_000);
    expect(retryDelayMs(1, 10_000, 3_600_000, () => 1)).toBe(10_000);
    expect(retryDelayMs(4, 10_000, 3_600_000, () => 0)).toBe(40_000);
    expect(retryDelayMs(4, 10_000, 3_600_000, () => 1)).toBe(80_000);
  });

  it('never exceeds the maximum, however many failures', () => {
    expect(retryDelayMs(40, 10_000, 21_600_000, () => 1)).toBe(21_600_000);
    expect(retryDelayMs(40, 10_000, 21_600_000, () => 0)).toBe(10_800_000);
  });

  it('spreads receivers’ retries apart rather than sending them at one instant', () => {
    const waits = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, 10_000, 3_600_000)));
    expect(waits.size).toBeGreaterThan(10);
  });
});
