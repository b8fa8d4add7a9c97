/**
 * When a failed delivery is tried again: exponential backoff with jitter. The n-th retry waits
 * between half and all of `base × 2^(n−1)` (at most `max`), so that receivers coming back from an
 * outage are not hit by every subscription's retries at the same instant.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** HTTP answers that mean "not now" rather than "never": the delivery is retried after them too. */
export const isSuccess = (status: number) => status >= 200 && status < 300;
