import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../runtime/config';
import { resetKeys } from '../gateway/src/auth';
import { graphql } from './__generated__';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * Production identity: the gateway verifies RS256 tokens against the identity provider's JWKS,
 * with the provider's own claim names, and no longer accepts development HS256 tokens.
 */
let provider: Server;
let stack: TestStack;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'provider-key-1', alg: 'RS256', use: 'sig' };
  provider = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
  );
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  overrideConfig({
    JWT_JWKS_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}/.well-known/jwks.json`,
    JWT_ISSUER: 'https://login.example.org/',
    JWT_ROLE_CLAIM: 'lcg_role',
    JWT_ORG_CLAIM: 'lcg_org',
    JWT_COUNTRY_CLAIM: 'lcg_country',
  });
  resetKeys();
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
  provider?.close();
});

const providerToken = (claims: Record<string, unknown>, kid = 'provider-key-1') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer('https://login.example.org/')
    .setAudience('labour-cooperation-graph')
    .setSubject('alice@inspectorate.example')
    .setExpirationTime('10m')
    .sign(privateKey);

const VIEWER_IDENTITY = graphql(`
  query JwksViewerIdentity {
    viewer {
      role
      subject
      jurisdiction {
        code
      }
    }
  }
`);
const VIEWER_ROLE = graphql(`
  query JwksViewerRole {
    viewer {
      role
    }
  }
`);

describe('tokens from an identity provider (JWKS, RS256)', () => {
  it("accepts the provider's token and maps its claims to the principal", async () => {
    const token = await providerToken({
      lcg_role: 'REGULATOR',
      lcg_org: 'org-netherlands-labour-authority',
      lcg_country: 'nl',
    });
    const response = await stack.query(VIEWER_IDENTITY, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).viewer).toEqual({
      role: 'REGULATOR',
      subject: 'alice@inspectorate.example',
      jurisdiction: { code: 'NL' },
    });
  });

  it('refuses a development HS256 token once a JWKS is configured', async () => {
    const development = await stack.token({ role: 'ADMIN' });
    const response = await stack.query(VIEWER_ROLE, {}, { token: development });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by a key the provider does not publish, or from another issuer', async () => {
    const stranger = await generateKeyPair('RS256');
    const forged = await new SignJWT({ lcg_role: 'ADMIN' })
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1' })
      .setIssuer('https://login.example.org/')
      .setAudience('labour-cooperation-graph')
      .setExpirationTime('10m')
      .sign(stranger.privateKey);
    expect((await stack.query(VIEWER_ROLE, {}, { token: forged })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const otherIssuer = await new SignJWT({ lcg_role: 'ADMIN' })
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1' })
      .setIssuer('https://evil.example/')
      .setAudience('labour-cooperation-graph')
      .setExpirationTime('10m')
      .sign(privateKey);
    expect((await stack.query(VIEWER_ROLE, {}, { token: otherIssuer })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
