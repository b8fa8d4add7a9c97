/**
 * The production topology for tests: every service in a process of its own, started as an operator
 * starts it (`scripts/serve.ts <name>` with NODE_ENV=production and real secrets), on free ports,
 * against a scratch PostgreSQL database and Redis key prefix when the suite uses them (else SQLite
 * files in a temporary folder). Tests can then do to a service what happens in production: stop it
 * (SIGSTOP), kill it, or ask it to shut down (SIGTERM) — and read its JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/core';
import { SignJWT } from 'jose';
import { RedisCache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { openDatabase } from '../../runtime/database';
import type { LogLine } from '../../runtime/logger';
import { SUBGRAPH_NAMES, portSetting, urlSetting, type SubgraphName } from '../../runtime/subgraph-names';
import { createScratchDatabase } from '../../scripts/stack';
import { SUBGRAPHS } from '../../scripts/subgraphs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Starting a service compiles the project's TypeScript: generous on a busy machine. */
const START_TIMEOUT_MS = 90_000;

export type ServiceName = SubgraphName | 'gateway';

export interface ServiceProcess {
  name: ServiceName;
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`: /health, /ready and /metrics hang off it. */
  origin: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** Its JSON log lines so far (stdout), parsed. */
  lines: LogLine[];
  /** Everything it wrote, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  signal(signal: NodeJS.Signals): void;
}

export interface Answer<Data = unknown> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface Topology {
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  /** POSTs a GraphQL operation to the gateway. */
  query<Data = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<Answer<Data>>;
  /** A token signed with this deployment's JWT_SECRET, as its identity provider would sign it. */
  token(claims: { role: string; subject?: string; org?: string; country?: string }): Promise<string>;
  /** The settings every service started with (secrets included, for tests that sign requests themselves). */
  env: Record<string, string>;
  dialect: 'sqlite' | 'postgresql';
  /** Works on a subgraph's own database (its SQLite file, or its PostgreSQL schema) from the test. */
  database<Result>(subgraph: SubgraphName, work: (em: EntityManager) => Promise<Result>): Promise<Result>;
  /** Ends every process still running (SIGKILL, after SIGCONT) and removes the databases and keys. */
  stop(): Promise<void>;
}

export interface TopologyOptions {
  /** Settings for every service. */
  env?: Record<string, string>;
  /** Settings for one service only. */
  services?: Partial<Record<ServiceName, Record<string, string>>>;
}

function spawnService(name: ServiceName, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', name], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const lines: LogLine[] = [];
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time:\n${output}`)), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const text of complete) {
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          continue;
        }
        lines.push(line);
        if (typeof line.port === 'number' && /listening/.test(line.msg ?? '')) {
          clearTimeout(timer);
          const origin = `http://127.0.0.1:${line.port}`;
          resolve({
            name,
            child,
            origin,
            url: name === 'gateway' ? `${origin}/` : `${origin}/graphql`,
            lines,
            output: () => output,
            exited,
            signal: (signal) => void (child.exitCode === null && child.signalCode === null && child.kill(signal)),
          });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was listening:\n${output}`));
    });
  });
}

/** Starts the four subgraphs (side by side) and then the gateway, each in its own process. */
export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const settings = config();
  const database = settings.DATABASE_URL ? await createScratchDatabase(settings.DATABASE_URL) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'lcg-processes-'));
  const redisPrefix = `lcg-test-${randomBytes(6).toString('hex')}:`;
  const jwtSecret = randomBytes(32).toString('base64url');
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PRINCIPAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
    JWT_SECRET: jwtSecret,
    TRACKING_SECRET_HASH_COST: '15',
    HOST: '127.0.0.1',
    PORT: '0',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [portSetting(name), '0'])),
    DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(settings.REDIS_URL ? { REDIS_URL: settings.REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
    ...options.env,
  };
  const started: ServiceProcess[] = [];
  const remove = async () => {
    for (const service of started) {
      service.signal('SIGCONT');
      service.signal('SIGKILL');
    }
    await Promise.all(started.map((service) => service.exited));
    if (settings.REDIS_URL) {
      const redis = new RedisCache(settings.REDIS_URL, redisPrefix);
      if (redis.client.status !== 'ready') await new Promise((resolve) => redis.client.once('ready', resolve));
      await redis.clear();
      await redis.close();
    }
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const launch = async (name: ServiceName, env: Record<string, string>) => {
    const service = await spawnService(name, { ...base, ...env, ...options.services?.[name] });
    started.push(service);
    return service;
  };
  try {
    // The notifications subgraph asks the others, as each webhook subscriber, what it may read: it
    // starts once their addresses are known.
    const peers = Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.filter((name) => name !== 'notifications').map(
          async (name) => [name, await launch(name, {})] as const,
        ),
      ),
    ) as Record<SubgraphName, ServiceProcess>;
    const subgraphs = {
      ...peers,
      notifications: await launch(
        'notifications',
        Object.fromEntries(Object.entries(peers).map(([name, peer]) => [urlSetting(name as SubgraphName), peer.url])),
      ),
    };
    const gateway = await launch(
      'gateway',
      Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlSetting(name), subgraphs[name].url])),
    );
    return {
      gateway,
      subgraphs,
      async query<Data>(query: string, variables?: Record<string, unknown>, request: RequestOptions = {}) {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
            ...request.headers,
          },
          body: JSON.stringify({ query, variables }),
          signal: request.signal,
        });
        const text = await response.text();
        const body = (text ? JSON.parse(text) : {}) as Omit<Answer<Data>, 'status' | 'headers'>;
        return { ...body, status: response.status, headers: response.headers };
      },
      token: ({ role, subject = `${role.toLowerCase()}-1`, org, country }) =>
        new SignJWT({ role, ...(org ? { org } : {}), ...(country ? { country } : {}) })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(subject)
          .setIssuer('labour-cooperation-graph')
          .setAudience('labour-cooperation-graph')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(jwtSecret)),
      env: base,
      dialect: database ? 'postgresql' : 'sqlite',
      async database(subgraph, work) {
        const definition = SUBGRAPHS.find((listed) => listed.name === subgraph)!;
        const orm = await openDatabase({
          name: subgraph,
          entities: definition.entities,
          migrationsDir: definition.migrationsDir,
          databaseUrl: database?.url,
          dataDir,
        });
        try {
          const em = orm.em.fork();
          const result = await work(em);
          await em.flush();
          return result;
        } finally {
          await orm.close();
        }
      },
      stop: remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Waits until `check` holds, asking every 50 ms, for at most `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not so within ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
