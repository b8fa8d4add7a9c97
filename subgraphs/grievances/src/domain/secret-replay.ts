/**
 * A worker's secret survives a lost answer. A worker without an account files with an idempotency
 * key; if the answer never arrives (a dropped connection, an overloaded service, a deploy), the
 * same request again is their only way back to the case. So the secret is not drawn at random but
 * derived: HMAC-SHA256 under a server key, over the filing's idempotency record id (operation,
 * caller and key). A retry derives the same secret again, and nothing secret is stored — the case
 * keeps only the scrypt hash, the idempotency record only the key's short identifier.
 *
 * The server key is derived (HKDF) from PRINCIPAL_SIGNING_SECRET, which every grievances instance
 * already holds. A retry shows the secret again only within the replay window
 * (TRACKING_SECRET_REPLAY_HOURS) and only while the server key is the one that made it: after a
 * rotation the same derivation would give another secret, one that opens nothing.
 *
 * Anonymous callers share one subject, so for them the idempotency key *is* the credential that
 * brings the secret back: it must be long and random (see `anonymousKeyIssue`).
 */
import { createHash, createHmac, hkdfSync } from 'node:crypto';

/** The server key of derived secrets, and the short identifier stored beside each filing. */
export interface SecretKey {
  key: Buffer;
  /** 8 base64url characters of the key's SHA-256: tells a rotated key apart, reveals nothing of it. */
  id: string;
}

const KEY_INFO = 'lcg grievances tracking-secret v1';

let derived: { from: string; key: SecretKey } | undefined;

/** The server key derived from the signing secret (kept while the signing secret stays the same). */
export function trackingSecretKey(signingSecret: string): SecretKey {
  if (derived?.from !== signingSecret) {
    const key = Buffer.from(hkdfSync('sha256', signingSecret, 'lcg-tracking-secret', KEY_INFO, 32));
    derived = {
      from: signingSecret,
      key: { key, id: createHash('sha256').update(key).digest('base64url').slice(0, 8) },
    };
  }
  return derived.key;
}

/** The secret of the filing recorded under `recordId`: 144 bits as 24 base64url characters, like `newSecret`. */
export function derivedSecret(key: SecretKey, recordId: string): string {
  return createHmac('sha256', key.key)
    .update(`tracking-secret\n${recordId}`)
    .digest()
    .subarray(0, 18)
    .toString('base64url');
}

/** The shortest idempotency key a caller without an account may file with. */
export const ANONYMOUS_KEY_MIN_LENGTH = 16;
/** …and the fewest different characters in it: `aaaaaaaaaaaaaaaa` is long but guessable. */
const ANONYMOUS_KEY_MIN_DISTINCT = 8;

/**
 * Why an anonymous filing's idempotency key is too weak to guard a secret, or null. Whoever sends
 * the same key with the same input gets the secret back, so the key must not be guessable; a
 * random UUID (122 random bits) passes.
 */
export function anonymousKeyIssue(key: string): string | null {
  const trimmed = key.trim();
  if (trimmed.length >= ANONYMOUS_KEY_MIN_LENGTH && new Set(trimmed).size >= ANONYMOUS_KEY_MIN_DISTINCT) return null;
  return (
    `filing without an account needs an idempotencyKey of at least ${ANONYMOUS_KEY_MIN_LENGTH} random characters ` +
    '(a UUID is ideal): a retry with it shows the secret again, so it must not be guessable'
  );
}

/** What a retry of an anonymous filing answers in place of the first answer's secret. */
export type ReplayedSecret =
  { secret: string; notice: 'SAME_SECRET' } | { secret: null; notice: 'WINDOW_PASSED' | 'KEY_CHANGED' };

/**
 * The secret a retry shows again: the same one while the replay window lasts and the server key
 * that derived it is still the current one; otherwise none, and the reason. A filing recorded
 * before secrets were derived has no key identifier and gets none either.
 */
export function replayedSecret(
  filing: { filedAt: Date; secretKeyId: string | null },
  current: SecretKey,
  recordId: string,
  now: Date,
  windowHours: number,
): ReplayedSecret {
  if (now.getTime() - filing.filedAt.getTime() >= windowHours * 3_600_000)
    return { secret: null, notice: 'WINDOW_PASSED' };
  if (filing.secretKeyId !== current.id) return { secret: null, notice: 'KEY_CHANGED' };
  return { secret: derivedSecret(current, recordId), notice: 'SAME_SECRET' };
}
