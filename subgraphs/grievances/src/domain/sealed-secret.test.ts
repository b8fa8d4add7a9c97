import { describe, expect, it } from 'vitest';
import { isSealed, matchesSealed, openSealedSecret, sealSecret } from './sealed-secret';
import { derivedSecret, trackingSecretKey } from './secret-replay';

const key = trackingSecretKey('a signing secret of the deployment, long enough to be real');
const rotated = trackingSecretKey('the signing secret after a rotation, also long enough');
const secret = derivedSecret(key, 'submitGrievance:public:3f1c9a7e-5b2d-4e8f-9a61-0c7d2b4e6f80');

describe('a sealed tracking secret', () => {
  it('opens to the secret under the server key that sealed it, and holds no readable trace of it', () => {
    const sealed = sealSecret(key, secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(sealed.length).toBeLessThanOrEqual(200); // the column's length
    expect(openSealedSecret(key, sealed)).toBe(secret);
    expect(matchesSealed(key, sealed, secret)).toBe(true);
  });

  it('is made with a fresh nonce each time', () => {
    expect(sealSecret(key, secret)).not.toBe(sealSecret(key, secret));
  });

  it('does not open under another server key, once altered, or from a hash or nothing', () => {
    const sealed = sealSecret(key, secret);
    expect(openSealedSecret(rotated, sealed)).toBeNull();
    const parts = sealed.split('$');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(openSealedSecret(key, [...parts.slice(0, 3), flipped.toString('base64url')].join('$'))).toBeNull();
    expect(openSealedSecret(key, `${parts.slice(0, 3).join('$')}$`)).toBeNull();
    expect(openSealedSecret(key, 'scrypt$32768$8$1$c2FsdA$aGFzaA')).toBeNull();
    expect(openSealedSecret(key, null)).toBeNull();
    expect(isSealed('scrypt$32768$8$1$c2FsdA$aGFzaA')).toBe(false);
  });

  it('matches only the exact secret', () => {
    const sealed = sealSecret(key, secret);
    expect(matchesSealed(key, sealed, `${secret}x`)).toBe(false);
    expect(matchesSealed(key, sealed, secret.slice(1))).toBe(false);
    expect(matchesSealed(key, sealed, '')).toBe(false);
    expect(matchesSealed(rotated, sealed, secret)).toBe(false);
  });
});
