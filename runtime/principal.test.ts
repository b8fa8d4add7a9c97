import { describe, expect, it } from 'vitest';
import {
  PRINCIPAL_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signPrincipal,
  verifyPrincipal,
  type Principal,
} from './principal';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const regulator: Principal = { subject: 'u1', role: 'REGULATOR', organizationId: 'org-1', country: 'BD', scopes: [] };

describe('signed principal', () => {
  it('round-trips a principal signed with the shared secret', () => {
    const headers = signPrincipal(regulator, secret, 1_000_000);
    expect(verifyPrincipal(headers, secret, 30, 1_010_000)).toEqual({ ok: true, principal: regulator });
  });

  it('rejects a request without the headers', () => {
    expect(verifyPrincipal({}, secret, 30).ok).toBe(false);
  });

  it('rejects a principal edited after signing', () => {
    const headers = signPrincipal(regulator, secret);
    const forged = Buffer.from(JSON.stringify({ ...regulator, role: 'ADMIN' })).toString('base64url');
    expect(verifyPrincipal({ ...headers, [PRINCIPAL_HEADER]: forged }, secret, 30).ok).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    const headers = signPrincipal(regulator, 'another-secret-that-is-long-enough-xxxxxxxx');
    expect(verifyPrincipal(headers, secret, 30)).toMatchObject({
      ok: false,
      reason: 'Principal signature is not valid',
    });
  });

  it('rejects a replayed signature older than its validity', () => {
    const headers = signPrincipal(regulator, secret, 1_000_000);
    expect(verifyPrincipal(headers, secret, 30, 1_031_000)).toMatchObject({
      ok: false,
      reason: 'Principal signature has expired',
    });
  });

  it('rejects a moved timestamp even with the original signature', () => {
    const headers = signPrincipal(regulator, secret, 1_000_000);
    expect(verifyPrincipal({ ...headers, [TIMESTAMP_HEADER]: '1030000' }, secret, 30, 1_031_000).ok).toBe(false);
    expect(headers[SIGNATURE_HEADER]).toBeTruthy();
  });
});
