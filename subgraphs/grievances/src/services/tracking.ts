import { createHash } from 'node:crypto';
import { rateLimited } from '../../../../runtime/errors';
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
 * is its token's subject or, without an account, the gateway's keyed fingerprint of its address
 * (never one shared bucket for every anonymous caller, which would let anyone lock all workers out).
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
  const caller = principal.subject ?? (principal.client ? `client:${principal.client}` : null);
  const callerKey = caller ? `grievances:wrong-secret:caller:${digest(caller)}` : null;
  const [codeFailures, callerFailures] = await Promise.all([cache.get<number>(codeKey), callerKey ? cache.get<number>(callerKey) : undefined]);
  if ((codeFailures ?? 0) >= WRONG_SECRETS_PER_CODE || (callerFailures ?? 0) >= WRONG_SECRETS_PER_CALLER) {
    throw rateLimited('Too many wrong secrets; try again later', WRONG_SECRET_WINDOW_SECONDS);
  }
  const grievance = await em.findOne(Grievance, { trackingCode: code ?? '' });
  if (await verifySecret(secret, grievance?.secretHash ?? null)) return grievance;
  await Promise.all([cache.increment(codeKey, WRONG_SECRET_WINDOW_SECONDS), callerKey ? cache.increment(callerKey, WRONG_SECRET_WINDOW_SECONDS) : undefined]);
  return null;
}
