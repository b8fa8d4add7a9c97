import type { RequestHandler } from 'express';

/** How long an overloaded service asks a client to wait before it tries again, in seconds. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/** The in-flight limit when MAX_IN_FLIGHT_REQUESTS is absent. */
export const DEFAULT_IN_FLIGHT_LIMIT = {
  gateway: 200,
  // One client request fans out into several subgraph fetches.
  subgraph: 1_000,
} as const;

export interface Admission {
  /** Counts the requests it lets through until they are answered; refuses the rest at once. */
  middleware: RequestHandler;
  /** Requests let through and not answered yet. */
  readonly inFlight: number;
}

/**
 * Admission control: at most `limit` requests of a service are worked on at once. One more is
 * refused at once with 503, `Retry-After` and a GraphQL error body (SERVICE_UNAVAILABLE) — never
 * queued: under overload a queue only makes every answer late, and the callers gone by then.
 * Mount it on the GraphQL endpoint only, after /health, /ready and /metrics, so probes and
 * scrapes are always answered.
 */
export function createAdmission(limit: number, onRefused: () => void = () => undefined): Admission {
  let inFlight = 0;
  return {
    get inFlight() {
      return inFlight;
    },
    middleware(_request, response, next) {
      if (inFlight >= limit) {
        onRefused();
        response
          .status(503)
          .set('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS))
          .json({
            errors: [
              {
                message: 'The service is at capacity; try again shortly',
                extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: OVERLOAD_RETRY_AFTER_SECONDS },
              },
            ],
          });
        return;
      }
      inFlight += 1;
      // 'close' comes once per response, answered or cut off.
      response.once('close', () => (inFlight -= 1));
      next();
    },
  };
}
