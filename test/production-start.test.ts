import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisCache } from '../runtime/cache';
import { config, parseConfig } from '../runtime/config';
import { openDatabase } from '../runtime/database';
import { createScratchDatabase } from '../scripts/stack';
import { SUBGRAPHS } from '../scripts/subgraphs';
import { Grievance } from '../subgraphs/grievances/src/entities/grievance.entity';
import { DEMO_TRACKING } from '../subgraphs/grievances/src/seed/seed';
import { Facility } from '../subgraphs/suppliers/src/entities/facility.entity';
import { graphql } from './__generated__';
import type { TypedDocumentString } from './__generated__/graphql';

/**
 * `NODE_ENV=production npm start`, run as an operator runs it, in a child process with the secrets
 * production requires: it prints no token for any role, seeds no demo data unless SEED_DEMO_DATA=true
 * says so explicitly (and then warns), and the README's demo secret opens nothing there.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

const FACILITY_COUNT = graphql(`
  query ProductionStartFacilityCount {
    facilities(first: 1) {
      totalCount
    }
  }
`);
const DEMO_CASE = graphql(`
  query ProductionStartDemoCase($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      status
    }
  }
`);
const VIEWER = graphql(`
  query ProductionStartViewer {
    viewer {
      role
    }
  }
`);

interface Deployment {
  env: Record<string, string>;
  jwtSecret: string;
  /** The same databases the child used, opened here after it stopped. */
  open(subgraph: 'grievances' | 'suppliers'): ReturnType<typeof openDatabase>;
  remove(): Promise<void>;
}

const deployments: Deployment[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const deployment of deployments.splice(0)) await deployment.remove();
});

/** A production environment of its own: fresh stores (PostgreSQL and Redis when the suite uses them), real secrets. */
async function deployment(extra: Record<string, string> = {}): Promise<Deployment> {
  const settings = config();
  const database = settings.DATABASE_URL ? await createScratchDatabase(settings.DATABASE_URL) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'lcg-production-'));
  const redisPrefix = `lcg-test-${randomBytes(6).toString('hex')}:`;
  const jwtSecret = randomBytes(32).toString('base64url');
  // What the child leaves in Redis is removed through this connection afterwards.
  const redis = settings.REDIS_URL ? new RedisCache(settings.REDIS_URL, redisPrefix) : undefined;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'production',
    PRINCIPAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
    JWT_SECRET: jwtSecret,
    TRACKING_SECRET_HASH_COST: '15',
    HOST: '127.0.0.1',
    PORT: '0',
    ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_PORT`, '0'])),
    DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(settings.REDIS_URL ? { REDIS_URL: settings.REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
    ...extra,
  };
  const result: Deployment = {
    env,
    jwtSecret,
    open(name) {
      const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
      return openDatabase({
        name,
        entities: definition.entities,
        migrationsDir: definition.migrationsDir,
        databaseUrl: database?.url,
        dataDir,
      });
    },
    async remove() {
      if (redis) {
        if (redis.client.status !== 'ready') await new Promise((resolve) => redis.client.once('ready', resolve));
        await redis.clear();
        await redis.close();
      }
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  deployments.push(result);
  return result;
}

interface Started {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `scripts/start.ts` and waits for the line that names the gateway URL. */
function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT, env });
  children.push(child);
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const running = /running at (http:\/\/\S+)/.exec(output);
      if (!running) return;
      resolve({
        url: running[1],
        output: () => output,
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => reject(new Error(`the launcher exited (${code}) before it was running:\n${output}`)));
  });
}

/** Runs `scripts/seed.ts` to its end. */
function seed(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: ROOT, env });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function ask<Result, Variables>(
  url: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<{ data?: Result | null; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json()) as { data?: Result | null; errors?: { extensions?: { code?: string } }[] };
}

/** A token as the operator's identity provider would sign it with JWT_SECRET. */
const adminToken = (secret: string) =>
  new SignJWT({ role: 'ADMIN' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('operator')
    .setIssuer('labour-cooperation-graph')
    .setAudience('labour-cooperation-graph')
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));

describe('SEED_DEMO_DATA', () => {
  it('defaults to on in development and off in production, where only an explicit true turns it on', () => {
    expect(parseConfig({}).SEED_DEMO_DATA).toBe(true);
    expect(parseConfig({ NODE_ENV: 'test' }).SEED_DEMO_DATA).toBe(true);
    expect(parseConfig({ NODE_ENV: 'development', SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production' }).SEED_DEMO_DATA).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: '' }).SEED_DEMO_DATA).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
  });
});

describe('NODE_ENV=production npm start', () => {
  it('prints no token and seeds no demo data; tokens signed with JWT_SECRET work', { timeout: 180_000 }, async () => {
    const deployed = await deployment();
    const running = await start(deployed.env);
    const output = running.output();
    expect(output).not.toMatch(JWT);
    expect(output).not.toMatch(/Demo tokens|npm run token/);
    expect(output).not.toMatch(/WARNING/);
    expect(output).toMatch(/no demo tokens/i);

    expect((await ask(running.url, FACILITY_COUNT, {})).data?.facilities!.totalCount).toBe(0);
    const demoCase = await ask(running.url, DEMO_CASE, {
      code: DEMO_TRACKING.trackingCode,
      secret: DEMO_TRACKING.secret,
    });
    expect(demoCase.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const viewer = await ask(running.url, VIEWER, {}, await adminToken(deployed.jwtSecret));
    expect(viewer.data?.viewer!.role).toBe('ADMIN');
    await running.stop();
    expect(running.output()).not.toMatch(JWT);

    // Nothing of the demo world in the databases themselves, and no development secrets on disk.
    for (const [name, entity] of [
      ['suppliers', Facility],
      ['grievances', Grievance],
    ] as const) {
      const orm = await deployed.open(name);
      expect([name, await orm.em.fork().count(entity, {})]).toEqual([name, 0]);
      await orm.close();
    }
    expect(existsSync(join(deployed.env.DATA_DIR, 'dev-secrets.json'))).toBe(false);
  });

  it(
    'seeds the demo data only when SEED_DEMO_DATA=true, says so loudly, and still prints no token',
    { timeout: 180_000 },
    async () => {
      const deployed = await deployment({ SEED_DEMO_DATA: 'true' });
      const running = await start(deployed.env);
      const output = running.output();
      expect(output).toMatch(/WARNING: SEED_DEMO_DATA=true in production/);
      expect(output).toMatch(/"level":40.*demo data is seeded into empty databases in production/);
      expect(output).not.toMatch(JWT);

      expect((await ask(running.url, FACILITY_COUNT, {})).data?.facilities!.totalCount).toBeGreaterThan(0);
      // The README's demo secret is public knowledge: in production it opens nothing.
      const demoCase = await ask(running.url, DEMO_CASE, {
        code: DEMO_TRACKING.trackingCode,
        secret: DEMO_TRACKING.secret,
      });
      expect(demoCase.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(demoCase.data?.grievanceStatus ?? null).toBeNull();
      await running.stop();
      expect(running.output()).not.toMatch(JWT);

      const orm = await deployed.open('grievances');
      const seeded = await orm.em.fork().findOneOrFail(Grievance, { trackingCode: DEMO_TRACKING.trackingCode });
      expect(seeded.secretHash).toBeNull();
      await orm.close();
    },
  );

  it('will not seed through `npm run seed` either, unless SEED_DEMO_DATA=true', async () => {
    const deployed = await deployment();
    const refused = await seed(deployed.env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/needs SEED_DEMO_DATA=true/);
    expect(readdirSync(deployed.env.DATA_DIR)).toEqual([]);
  });
});
