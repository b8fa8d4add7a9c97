import type { EntityManager } from '@mikro-orm/core';
import { config } from '../../../../runtime/config';
import { signingSecret } from '../../../../runtime/secrets';
import type { Context } from '../context';
import {
  hashSecret,
  isHashedAt,
  normaliseTrackingCode,
  scryptParameters,
  verifySecret,
  type ScryptParameters,
} from '../domain';
import { isSealed, matchesSealed } from '../domain/sealed-secret';
import { trackingSecretKey } from '../domain/secret-replay';
import { Grievance } from '../entities/grievance.entity';
import { beginSecretAttempt, type SecretAttempt } from './secret-attempts';

export {
  WRONG_SECRET_WINDOW_SECONDS,
  WRONG_SECRETS_PER_CALLER,
  WRONG_SECRETS_PER_CODE_AND_CALLER,
} from './secret-attempts';

/** What GrievanceTracking resolves from: the case, read through the complainant's eyes. */
export interface TrackingView {
  grievance: Grievance;
}

/**
 * The one cost of tracking-secret hashes, from the deployment's configuration: new secrets, the
 * demo case's secret and the stand-in hash spent on unknown codes all use it. A hash made at an
 * earlier cost keeps verifying, by the parameters stored in it, and is made again at this cost
 * the first time its secret opens the case.
 */
export const secretHashing = (): ScryptParameters => scryptParameters(config().TRACKING_SECRET_HASH_COST);

export const NO_MATCH_MESSAGE = 'No grievance matches this tracking code and secret';

/** Stands in for what cannot be a tracking code, so a malformed one takes the same path as any other. */
const NO_CODE = 'malformed';

/** What one secret check found: the case, whether the secret opens it, and the hash that replaces its seal. */
interface SecretCheck {
  grievance: Grievance | null;
  right: boolean;
  /** For a case whose secret was still sealed and was given right: its scrypt hash, to store. */
  hashed?: { seal: string; hash: string };
}

/**
 * The case behind a tracking code and secret, or null. The caller's attempt is counted before
 * anything else (see `secret-attempts.ts`); then every path — unknown code, malformed code, a
 * case without a secret, a wrong secret, the right one, a secret still sealed — takes its turn in
 * the secret-check queue and does the same one lookup and one hash at the configured cost, so the
 * answer time does not tell which codes exist.
 */
export async function findByCodeAndSecret(
  context: Context,
  trackingCode: string,
  secret: string,
): Promise<Grievance | null> {
  const { cache, principal, em } = context;
  const code = normaliseTrackingCode(trackingCode);
  const attempt = await beginSecretAttempt(cache, principal, code ?? NO_CODE);
  const hashing = secretHashing();
  let found: SecretCheck;
  try {
    // The lookup waits in the queue too: a check refused for a full queue costs no query.
    found = await attempt.check(async (scrypt): Promise<SecretCheck> => {
      const grievance = await em.findOne(Grievance, { trackingCode: code ?? '' });
      const stored = grievance?.secretHash ?? null;
      if (!isSealed(stored)) return { grievance, right: await verifySecret(secret, stored, hashing, scrypt) };
      // A new filing, its secret not hashed yet: the seal answers, and this check's one hash is the
      // hash that replaces it (made of whatever was given, so a wrong secret costs the same).
      const right = matchesSealed(trackingSecretKey(signingSecret()), stored, secret);
      const hash = await hashSecret(secret, hashing, scrypt);
      return { grievance, right, hashed: right ? { seal: stored, hash } : undefined };
    });
  } catch (error) {
    // Never checked (the queue was full, or the database failed): the attempt does not count.
    await attempt.refund();
    throw error;
  }
  const { grievance, right, hashed } = found;
  await attempt.settle(right);
  if (!right || !grievance) return null;
  if (hashed) await replaceSeal(context, grievance, hashed);
  else if (!isHashedAt(grievance.secretHash, hashing)) await rehash(context, grievance, secret, hashing, attempt.check);
  return grievance;
}

/** Stores the hash made for a sealed secret, unless the background job stored one first. */
async function replaceSeal({ em, log }: Context, grievance: Grievance, { seal, hash }: { seal: string; hash: string }) {
  try {
    const { id, version } = grievance;
    // Not a change of the case: its version stays, so a handler's expected version still holds.
    await em.nativeUpdate(Grievance, { id, version, secretHash: seal }, { secretHash: hash, version });
  } catch (error) {
    log.warn({ err: (error as Error).message }, 'sealed tracking secret not replaced by its hash; the job does it');
  }
}

/**
 * Makes the hash of a secret just proven right again at the configured cost. Only if no one
 * changed it meanwhile; the case itself is not touched (no version, no event). When it cannot be
 * done now (a full queue), a later lookup does it: the worker's answer never fails for it.
 */
async function rehash(
  { em, log }: Context,
  grievance: Grievance,
  secret: string,
  hashing: ScryptParameters,
  check: SecretAttempt['check'],
) {
  try {
    const rehashed = await check((scrypt) => hashSecret(secret, hashing, scrypt));
    const { id, version, secretHash } = grievance;
    await em.nativeUpdate(Grievance, { id, version, secretHash }, { secretHash: rehashed, version });
  } catch (error) {
    log.warn({ err: (error as Error).message }, 'tracking secret not rehashed at the configured cost; next time');
  }
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
