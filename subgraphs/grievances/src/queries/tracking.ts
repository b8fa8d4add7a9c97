import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { config } from '../../../../runtime/config';
import { rateLimited } from '../../../../runtime/errors';
import type { Context } from '../context';
import { normaliseTrackingCode, scryptParameters, verifySecret, type ScryptParameters } from '../domain';
import { Grievance } from '../entities/grievance.entity';

/** What GrievanceTracking resolves from: the case, read through the complainant's eyes. */
export interface TrackingView {
  grievance: Grievance;
}

/**
 * The one cost of tracking-secret hashes, from the deployment's configuration: new secrets, the
 * demo case's secret and the stand-in hash spent on unknown codes all use it. Hashes made at an
 * earlier cost keep verifying, by the parameters stored in them.
 */
export const secretHashing = (): ScryptParameters => scryptParameters(config().TRACKING_SECRET_HASH_COST);

/**
 * Wrong secrets are counted per tracking code and per caller in windows of the service clock;
 * past the limit the lookup is refused before any secret is checked until the window ends, so
 * guessing gains nothing by going on. A caller is its token's subject or, without an account,
 * the gateway's keyed fingerprint of its address (never one shared bucket for every anonymous
 * caller, which would let anyone lock all workers out).
 */
export const WRONG_SECRET_WINDOW_SECONDS = 15 * 60;
export const WRONG_SECRETS_PER_CODE = 5;
export const WRONG_SECRETS_PER_CALLER = 20;

const WINDOW_MS = WRONG_SECRET_WINDOW_SECONDS * 1000;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

export const NO_MATCH_MESSAGE = 'No grievance matches this tracking code and secret';

/**
 * The case behind a tracking code and secret, or null. Every path — unknown code, malformed code,
 * a case without a secret, a wrong secret — does one lookup and one full-cost hash, so the answer
 * time does not tell which codes exist.
 */
export async function findByCodeAndSecret(
  context: Context,
  trackingCode: string,
  secret: string,
): Promise<Grievance | null> {
  const { cache, principal, em, clock } = context;
  const now = clock.now().getTime();
  const window = Math.floor(now / WINDOW_MS);
  const code = normaliseTrackingCode(trackingCode);
  const codeKey = `grievances:wrong-secret:${window}:code:${code ?? `malformed:${digest(trackingCode)}`}`;
  const caller = principal.subject ?? (principal.client ? `client:${principal.client}` : null);
  const callerKey = caller ? `grievances:wrong-secret:${window}:caller:${digest(caller)}` : null;
  const [codeFailures, callerFailures] = await Promise.all([
    cache.get<number>(codeKey),
    callerKey ? cache.get<number>(callerKey) : undefined,
  ]);
  if ((codeFailures ?? 0) >= WRONG_SECRETS_PER_CODE || (callerFailures ?? 0) >= WRONG_SECRETS_PER_CALLER) {
    throw rateLimited('Too many wrong secrets; try again later', Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
  }
  const grievance = await em.findOne(Grievance, { trackingCode: code ?? '' });
  if (await verifySecret(secret, grievance?.secretHash ?? null, secretHashing())) return grievance;
  // The counters outlive their window in the cache only as long as the window itself.
  const keep = WRONG_SECRET_WINDOW_SECONDS;
  await Promise.all([cache.increment(codeKey, keep), callerKey ? cache.increment(callerKey, keep) : undefined]);
  return null;
}

/** A case by tracking code among those the organisation filed (an organisation withdraws without a secret). */
export async function filedByOrganisation(
  em: EntityManager,
  trackingCode: string,
  organisationId: string | null,
): Promise<Grievance | null> {
  const code = normaliseTrackingCode(trackingCode);
  return code && organisationId
    ? em.findOne(Grievance, { trackingCode: code, filingOrganizationId: organisationId })
    : null;
}
