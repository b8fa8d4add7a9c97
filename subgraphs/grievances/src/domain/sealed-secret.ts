/**
 * A new filing's secret, kept sealed until its scrypt hash is made. Hashing at the production cost
 * takes a tenth of a second of a core, so a crowd filing at once would wait minutes for their
 * answers if every filing hashed before it answered. Instead the filing stores its secret sealed
 * (AES-256-GCM under a key derived from the tracking-secret server key) and answers at once; a
 * background job then replaces the seal with the scrypt hash (`queries/sealed-secrets.ts`), and a
 * lookup that meets a seal first opens it, then stores the hash itself.
 *
 * A seal protects no less than the derivation already does: whoever holds the server key can
 * derive the secret of a filing from its idempotency record, and whoever holds the database alone
 * can open neither. Seals live for seconds to minutes — until the background hash is stored.
 *
 * Stored as `sealed$<server key id>$<nonce>$<ciphertext with tag>`, base64url. A seal made under
 * another server key (the signing secret was rotated before its hash was made) cannot be opened:
 * that secret is lost, and the job logs it.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretKey } from './secret-replay';

const PREFIX = 'sealed';
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
// Binds a seal to its purpose: a ciphertext made for anything else does not open as a secret.
const ASSOCIATED = Buffer.from('lcg grievances sealed tracking secret v1');

const sealKeys = new WeakMap<SecretKey, Buffer>();

/** The sealing key: its own derivation from the server key, never the key that derives secrets. */
function sealKeyOf(key: SecretKey): Buffer {
  let sealKey = sealKeys.get(key);
  if (!sealKey) {
    sealKey = Buffer.from(hkdfSync('sha256', key.key, 'lcg-sealed-secret', 'tracking-secret seal v1', 32));
    sealKeys.set(key, sealKey);
  }
  return sealKey;
}

/** Whether a stored value is a seal (as opposed to a scrypt hash, or nothing). */
export const isSealed = (stored: string | null | undefined): stored is string =>
  typeof stored === 'string' && stored.startsWith(`${PREFIX}$`);

/** The secret sealed under the server key, with a fresh nonce. */
export function sealSecret(key: SecretKey, secret: string): string {
  const nonce = randomBytes(NONCE_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', sealKeyOf(key), nonce, { authTagLength: TAG_LENGTH });
  cipher.setAAD(ASSOCIATED);
  const sealed = Buffer.concat([cipher.update(secret.normalize('NFC'), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [PREFIX, key.id, nonce.toString('base64url'), sealed.toString('base64url')].join('$');
}

/**
 * The secret in a seal, or null: not a seal, sealed under another server key, or altered (the
 * tag does not hold). Never throws for what is stored.
 */
export function openSealedSecret(key: SecretKey, stored: string | null | undefined): string | null {
  if (!isSealed(stored)) return null;
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[1] !== key.id) return null;
  const nonce = Buffer.from(parts[2], 'base64url');
  const sealed = Buffer.from(parts[3], 'base64url');
  if (nonce.length !== NONCE_LENGTH || sealed.length <= TAG_LENGTH) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKeyOf(key), nonce, { authTagLength: TAG_LENGTH });
    decipher.setAAD(ASSOCIATED);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

/** Whether a secret a caller gave is the one a seal holds, in time that does not depend on where they differ. */
export function matchesSealed(key: SecretKey, stored: string, given: string): boolean {
  const opened = openSealedSecret(key, stored);
  if (opened === null || typeof given !== 'string') return false;
  const expected = Buffer.from(opened);
  const candidate = Buffer.from(given.normalize('NFC'));
  return expected.length === candidate.length && timingSafeEqual(expected, candidate);
}
