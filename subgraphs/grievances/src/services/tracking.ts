import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { normaliseTrackingCode, verifySecret } from '../domain';
import { Grievance } from '../entities/grievance.entity';

/** What GrievanceTracking resolves from: the case, read through the complainant's eyes. */
export interface TrackingView {
  grievance: Grievance;
}

/**
 * Wrong secrets are counted per tracking code and per caller for a window; past the limit the
 * lookup is refused before any secret is checked, so guessing gains nothing by going on. A caller
 * without an account has no identity inside the subgraph (the gateway forwards no client address),
 * so for the public only the per-code limit applies here, beside the gateway's per-address rate
 * limit: one shared bucket for every anonymous caller would let anyone lock all workers out.
 */
export const WRONG_SECRET_WINDOW_SECONDS = 15 * 60;
export const WRONG_SECRETS_PER_CODE = 5;
export const WRONG_SECRETS_PER_CALLER = 20;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

export const NO_MATCH_MESSAGE = 'No grievance matches this tracking code and secret';

/**
 * The case behind a tracking code and secret, or null. Every path — unknown code, malformed code,
 * a case without a secret, a wrong secret — does one lookup and one full-cost hash, so the answer
 * time does not tell which codes exist.
 */
export async function findByCodeAndSecret(context: Context, trackingCode: string, secret: string): Promise<Grievance | null> {
  const { cache, principal, em } = context;
  const code = normaliseTrackingCode(trackingCode);
  const codeKey = `grievances:wrong-secret:code:${code ?? `malformed:${digest(trackingCode)}`}`;
  const callerKey = principal.subject ? `grievances:wrong-secret:caller:${digest(principal.subject)}` : null;
  const [codeFailures, callerFailures] = await Promise.all([cache.get<number>(codeKey), callerKey ? cache.get<number>(callerKey) : undefined]);
  if ((codeFailures ?? 0) >= WRONG_SECRETS_PER_CODE || (callerFailures ?? 0) >= WRONG_SECRETS_PER_CALLER) {
    // Not runtime's rateLimited(): its HTTP 429 would make the gateway report the whole subgraph
    // response as an internal error; the code in the body is what the client reads.
    throw new GraphQLError('Too many wrong secrets; try again later', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: WRONG_SECRET_WINDOW_SECONDS } });
  }
  const grievance = await em.findOne(Grievance, { trackingCode: code ?? '' });
  if (await verifySecret(secret, grievance?.secretHash ?? null)) return grievance;
  await Promise.all([cache.increment(codeKey, WRONG_SECRET_WINDOW_SECONDS), callerKey ? cache.increment(callerKey, WRONG_SECRET_WINDOW_SECONDS) : undefined]);
  return null;
}
