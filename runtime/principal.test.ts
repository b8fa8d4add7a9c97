import { describe, expect, it } from 'vitest';
import {
  DEADLINE_HEADER,
  PRINCIPAL_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signedGraphQLRequest,
  signPrincipal,
  verifyPrincipal,
  type Principal,
} from './principal';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const regulator: Principal = { subject: 'u1', role: 'REGULATOR', organizationId: 'org-1', country: 'BD', scopes: [] };
const request = { subgraph: 'grievances', body: '{"query":"{ __typename }"}' };

describe('signed principal', () => {
  it('round-trips a principal signed with the shared secret for one subgraph and body', () => {
    const headers = signPrincipal(regulator, secret, request, 1_000_000);
    expect(verifyPrincipal(headers, secret, 30, request, 1_010_000)).toEqual({
      ok: true,
      principal: regulator,
      deadline: 1_030_000,
    });
  });

  it('signs the bytes of the body: a string and its UTF-8 bytes are the same body', () => {
    const body = '{"query":"{ grievances { totalCount } }","variables":{"note":"Überstunden"}}';
    const headers = signPrincipal(regulator, secret, { subgraph: 'grievances', body }, 1_000_000);
    expect(
      verifyPrincipal(headers, secret, 30, { subgraph: 'grievances', body: Buffer.from(body) }, 1_000_000).ok,
    ).toBe(true);
  });

  it('rejects a request without the headers', () => {
    expect(verifyPrincipal({}, secret, 30, request).ok).toBe(false);
  });

  it('rejects a principal edited after signing', () => {
    const headers = signPrincipal(regulator, secret, request);
    const forged = Buffer.from(JSON.stringify({ ...regulator, role: 'ADMIN' })).toString('base64url');
    expect(verifyPrincipal({ ...headers, [PRINCIPAL_HEADER]: forged }, secret, 30, request).ok).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    const headers = signPrincipal(regulator, 'another-secret-that-is-long-enough-xxxxxxxx', request);
    expect(verifyPrincipal(headers, secret, 30, request)).toMatchObject({
      ok: false,
      reason: 'Principal signature is not valid for this request to grievances',
    });
  });

  it('rejects a signature made out to another subgraph', () => {
    const headers = signPrincipal(regulator, secret, request);
    expect(verifyPrincipal(headers, secret, 30, { ...request, subgraph: 'inspections' }).ok).toBe(false);
  });

  it('rejects a signature over another body, even one that differs only in spacing', () => {
    const headers = signPrincipal(regulator, secret, request);
    expect(verifyPrincipal(headers, secret, 30, { ...request, body: '{"query":"{ grievances { id } }"}' }).ok).toBe(
      false,
    );
    expect(verifyPrincipal(headers, secret, 30, { ...request, body: '{ "query":"{ __typename }"}' }).ok).toBe(false);
    expect(verifyPrincipal(headers, secret, 30, { ...request, body: '' }).ok).toBe(false);
  });

  it('refuses a signature older than its validity as late, not as unauthenticated', () => {
    const headers = signPrincipal(regulator, secret, request, 1_000_000);
    expect(verifyPrincipal(headers, secret, 30, request, 1_031_000)).toMatchObject({
      ok: false,
      code: 'DEADLINE_EXCEEDED',
    });
  });

  it('rejects a moved timestamp even with the original signature', () => {
    const headers = signPrincipal(regulator, secret, request, 1_000_000);
    expect(
      verifyPrincipal({ ...headers, [TIMESTAMP_HEADER]: '1030000' }, secret, 30, request, 1_031_000),
    ).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(headers[SIGNATURE_HEADER]).toBeTruthy();
  });

  it('accepts a request until its signed deadline, and refuses it as late after', () => {
    const headers = signPrincipal(regulator, secret, request, { now: 1_000_000, deadline: 1_002_000 });
    expect(verifyPrincipal(headers, secret, 30, request, 1_002_000)).toEqual({
      ok: true,
      principal: regulator,
      deadline: 1_002_000,
    });
    expect(verifyPrincipal(headers, secret, 30, request, 1_002_001)).toMatchObject({
      ok: false,
      code: 'DEADLINE_EXCEEDED',
      reason: "The request's deadline passed before the grievances service could take it up",
    });
  });

  it('bounds a deadline by the signature validity, the longest a request may live', () => {
    const headers = signPrincipal(regulator, secret, request, { now: 1_000_000, deadline: 9_000_000 });
    expect(verifyPrincipal(headers, secret, 30, request, 1_000_000)).toMatchObject({ ok: true, deadline: 1_030_000 });
    expect(verifyPrincipal(headers, secret, 30, request, 1_030_001)).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
  });

  it('signs the deadline: a later one, or none, breaks the signature', () => {
    const headers = signPrincipal(regulator, secret, request, { now: 1_000_000, deadline: 1_002_000 });
    const { [DEADLINE_HEADER]: _deadline, ...withoutDeadline } = headers;
    for (const forged of [{ ...headers, [DEADLINE_HEADER]: '1020000' }, withoutDeadline]) {
      expect(verifyPrincipal(forged, secret, 30, request, 1_003_000)).toMatchObject({
        ok: false,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('refuses a signature dated in the future beyond a little clock skew', () => {
    const headers = signPrincipal(regulator, secret, request, 1_010_000);
    expect(verifyPrincipal(headers, secret, 30, request, 1_006_000).ok).toBe(true);
    expect(verifyPrincipal(headers, secret, 30, request, 1_004_000)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('builds a signed GraphQL request over the body it sends', () => {
    const init = signedGraphQLRequest(regulator, secret, 'agreements', { query: '{ __typename }' });
    expect(init.body).toBe('{"query":"{ __typename }"}');
    expect(verifyPrincipal(init.headers, secret, 30, { subgraph: 'agreements', body: init.body }).ok).toBe(true);
    expect(verifyPrincipal(init.headers, secret, 30, { subgraph: 'suppliers', body: init.body }).ok).toBe(false);
  });
});
