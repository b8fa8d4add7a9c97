import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../runtime/config';
import { jwtSecret } from '../runtime/secrets';
import { issueDevelopmentToken, TokenLifetimeError } from '../gateway/src/auth';
import { startTestStack, type TestStack } from './support/stack';

/**
 * A token is a credential for as long as it lives: the gateway refuses one that lives longer than
 * JWT_MAX_LIFETIME_SECONDS (24 h by default) — from `iat` to `exp`, or from now when `iat` is
 * absent or in the future — while the 12 h development tokens stay good, and `npm run token`
 * makes none that the gateway would refuse.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOUR = 3600;
const VIEWER = 'query TokenLifetimeViewer { viewer { role } }';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const now = () => Math.floor(Date.now() / 1000);

/** An ADMIN token signed like the development ones, with the times a test chooses. */
function tokenWith(times: { iat?: number; exp: number }): Promise<string> {
  const token = new SignJWT({ role: 'ADMIN' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('lifetime-test')
    .setIssuer(config().JWT_ISSUER)
    .setAudience(config().JWT_AUDIENCE)
    .setExpirationTime(times.exp);
  if (times.iat !== undefined) token.setIssuedAt(times.iat);
  return token.sign(new TextEncoder().encode(jwtSecret()));
}

async function viewerWith(token: string) {
  const response = await stack.query<{ viewer: { role: string } }>(VIEWER, {}, { token });
  return { status: response.status, role: response.data?.viewer?.role, error: response.errors?.[0] };
}

describe('token lifetime', () => {
  it('accepts the development tokens (12 h) and tokens up to the 24 h maximum', async () => {
    const development = await issueDevelopmentToken({ role: 'ADMIN' });
    const { iat, exp } = decodeJwt(development) as Required<JWTPayload>;
    expect(exp - iat).toBe(12 * HOUR);
    expect(await viewerWith(development)).toMatchObject({ status: 200, role: 'ADMIN' });
    expect(await viewerWith(await tokenWith({ iat: now(), exp: now() + 24 * HOUR }))).toMatchObject({ role: 'ADMIN' });
    // Without iat, what is left of it counts.
    expect(await viewerWith(await tokenWith({ exp: now() + HOUR }))).toMatchObject({ role: 'ADMIN' });
  });

  it('refuses a token that lives longer than the maximum, with UNAUTHENTICATED and why', async () => {
    for (const times of [
      { iat: now(), exp: now() + 48 * HOUR },
      // Issued an hour ago, valid for another 23.5 h: 24.5 h in all.
      { iat: now() - HOUR, exp: now() + 23.5 * HOUR },
      { exp: now() + 25 * HOUR },
      // An iat in the future does not shorten what is left of it.
      { iat: now() + 24 * HOUR, exp: now() + 25 * HOUR },
      { iat: now(), exp: now() + 10 * 365 * 24 * HOUR },
    ]) {
      const refused = await viewerWith(await tokenWith(times));
      expect(refused.status, JSON.stringify(times)).toBe(401);
      expect(refused.error?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.error?.message).toMatch(/^Token lives too long: .* at most 24 h accepted/);
    }
  });

  it('follows JWT_MAX_LIFETIME_SECONDS, and development tokens shorten to fit it', async () => {
    const before = config().JWT_MAX_LIFETIME_SECONDS;
    overrideConfig({ JWT_MAX_LIFETIME_SECONDS: HOUR });
    try {
      expect((await viewerWith(await tokenWith({ iat: now(), exp: now() + 2 * HOUR }))).status).toBe(401);
      const development = await issueDevelopmentToken({ role: 'BRAND' });
      const { iat, exp } = decodeJwt(development) as Required<JWTPayload>;
      expect(exp - iat).toBe(HOUR);
      expect(await viewerWith(development)).toMatchObject({ role: 'BRAND' });
      await expect(issueDevelopmentToken({ role: 'BRAND', expiresIn: '2h' })).rejects.toThrow(TokenLifetimeError);
    } finally {
      overrideConfig({ JWT_MAX_LIFETIME_SECONDS: before });
    }
  });

  it('`npm run token` refuses to make a token beyond the maximum', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lcg-token-'));
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/token.ts', '--role', 'ADMIN', '--expires', '3d'],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', DATA_DIR: dataDir },
        },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(2);
      expect(output.trim()).toBe('--expires: a token lives at most 24 h (JWT_MAX_LIFETIME_SECONDS); 3d is 72 h');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
