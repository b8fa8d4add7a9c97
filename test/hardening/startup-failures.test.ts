import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnvironment, launch, SERVE, START, STACK_FRAME, type Launched } from './launch';

/**
 * What outside testers found a service doing with a bad start — a stack trace, and no word on what
 * to fix — now ends, for both launchers (`scripts/serve.ts`, one service per process as in
 * production, and `scripts/start.ts`, `npm start`), in exit code 1 and one line on stderr naming the
 * setting or file (and a hint below it), with no stack frame anywhere in the output.
 */
const scratch = mkdtempSync(join(tmpdir(), 'lcg-startup-'));
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(scratch, { recursive: true, force: true });
});

let folders = 0;
/** A folder of its own under the scratch folder, for one launch's DATA_DIR. */
const folder = () => {
  const path = join(scratch, `data-${++folders}`);
  mkdirSync(path);
  return path;
};

/** A port something else holds (PORT / <NAME>_PORT), or one nothing listens on (closed: the server is gone). */
async function port(held: boolean): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  if (held) servers.push(server);
  else await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The launch failed as an operator should see it: code 1, this line then at most a hint, no stack frame. */
function expectOneLineFailure(launched: Launched, line: string | RegExp) {
  const output = `${launched.stdout}\n${launched.stderr}`;
  expect(launched.code, output).toBe(1);
  expect(output).not.toMatch(STACK_FRAME);
  const lines = launched.stderr.trim().split('\n');
  expect(lines.length, launched.stderr).toBeLessThanOrEqual(2);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  if (lines[1]) expect(lines[1]).toMatch(/^ {2}\S/);
}

const production = (extra: Record<string, string> = {}, dataDir = folder()) => ({
  ...baseEnvironment('production', dataDir),
  ...extra,
});
const development = (dataDir: string) => baseEnvironment('development', dataDir);

/** A DATA_DIR this process may not write (running as root, the launch runs as nobody). */
function readOnlyLaunch(dataDir: string) {
  chmodSync(dataDir, 0o555);
  if (process.getuid?.() !== 0) return {};
  // nobody must reach the folder; tsx keeps its cache under TMPDIR.
  chmodSync(scratch, 0o755);
  const tmp = join(scratch, 'tmp-nobody');
  mkdirSync(tmp, { recursive: true, mode: 0o777 });
  chmodSync(tmp, 0o777);
  return { spawn: { uid: 65534, gid: 65534 }, env: { TMPDIR: tmp, HOME: tmp } };
}

describe.each([
  ['npm run start:service -- <service>', (service: string) => SERVE(service)],
  ['npm start', () => START],
])('%s fails to start in one line', (_launcher, command) => {
  it.concurrent('a setting that is not valid: REDIS_URL=redis:/x is no Redis server', async () => {
    expectOneLineFailure(
      await launch(command('agreements'), production({ REDIS_URL: 'redis:/x' })),
      'Invalid configuration: REDIS_URL: must be a redis:// or rediss:// URL with a host, e.g. redis://127.0.0.1:6379',
    );
  });

  it.concurrent('DATA_DIR is a file', async () => {
    const file = join(folder(), 'not-a-folder');
    writeFileSync(file, '');
    expectOneLineFailure(
      await launch(command('agreements'), production({ DATA_DIR: file })),
      `DATA_DIR=${file} is a file, not a folder`,
    );
  });

  it.concurrent('DATA_DIR is not writable', async () => {
    const dataDir = folder();
    const as = readOnlyLaunch(dataDir);
    const launched = await launch(command('agreements'), { ...production({}, dataDir), ...as.env }, as);
    chmodSync(dataDir, 0o755);
    expectOneLineFailure(launched, `DATA_DIR=${dataDir} is not writable`);
  });

  it.concurrent('dev-secrets.json is not JSON, or lacks a secret', async () => {
    const broken = folder();
    writeFileSync(join(broken, 'dev-secrets.json'), '{"jwtSecret": ', { mode: 0o600 });
    expectOneLineFailure(
      await launch(command('agreements'), development(broken)),
      `${broken}/dev-secrets.json is not valid JSON`,
    );
    const partial = folder();
    writeFileSync(join(partial, 'dev-secrets.json'), JSON.stringify({ jwtSecret: 'x'.repeat(43) }), { mode: 0o600 });
    expectOneLineFailure(
      await launch(command('agreements'), development(partial)),
      `${partial}/dev-secrets.json has no valid principalSigningSecret (32+ characters each)`,
    );
  });

  it.concurrent('a SQLite file is not a database', async () => {
    const dataDir = folder();
    writeFileSync(join(dataDir, 'agreements.sqlite'), 'these bytes are not a SQLite database '.repeat(200));
    expectOneLineFailure(
      await launch(command('agreements'), production({}, dataDir)),
      `${dataDir}/agreements.sqlite is not a SQLite database (corrupt?)`,
    );
  });

  it.concurrent('the database does not answer: retried with backoff for the time allowed, then given up', async () => {
    const closed = await port(false);
    const launched = await launch(
      command('agreements'),
      production({
        DATABASE_URL: `postgres://lcg:hunter2-password@127.0.0.1:${closed}/lcg`,
        DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
      }),
    );
    expectOneLineFailure(
      launched,
      `PostgreSQL at 127.0.0.1:${closed} did not answer within 2 s (DATABASE_URL): ECONNREFUSED`,
    );
    const retries = launched.stdout
      .split('\n')
      .filter((line) => line.includes('retrying in'))
      .map((line) => JSON.parse(line) as { level: number; attempt: number; retryInMs: number; time: number });
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries.every((retry) => retry.level === 40 && retry.retryInMs <= 2_000)).toBe(true);
    expect(retries.map((retry) => retry.attempt)).toEqual(retries.map((_, index) => index + 1));
    // Within the 2 s allowed, plus slack for a busy machine.
    expect(retries.at(-1)!.time - retries[0].time).toBeLessThan(2_000 + 10_000);
    expect(launched.stdout + launched.stderr).not.toContain('hunter2');
  });

  it.concurrent('the port is in use', async () => {
    const held = await port(true);
    expectOneLineFailure(
      await launch(command('agreements'), production({ AGREEMENTS_PORT: String(held) })),
      `Port ${held} is in use (AGREEMENTS_PORT)`,
    );
  });
});

describe('npm run start:service -- gateway fails to start in one line', () => {
  it.concurrent('without JWT_SECRET in production', async () => {
    const env = production();
    delete (env as Record<string, string>).JWT_SECRET;
    expectOneLineFailure(
      await launch(SERVE('gateway'), env),
      'Invalid configuration: JWT_SECRET: required in production',
    );
  });

  it.concurrent('when its port is in use', async () => {
    const held = await port(true);
    expectOneLineFailure(
      await launch(SERVE('gateway'), production({ PORT: String(held) })),
      `Port ${held} is in use (PORT)`,
    );
  });
});

describe('npm start tells the truth', () => {
  it('says Redis is unreachable, and what that costs, rather than "cache: Redis"; data files are private', async () => {
    const closed = await port(false);
    const dataDir = join(folder(), 'new');
    const launched = await launch(
      START,
      { ...development(dataDir), REDIS_URL: `redis://:hunter2-password@127.0.0.1:${closed}`, LOG_LEVEL: 'silent' },
      { until: /Ctrl-C stops everything/ },
    );
    expect(launched.matchedAt, launched.stdout + launched.stderr).toBeDefined();
    expect(launched.stdout).toMatch(
      new RegExp(`Cache: Redis at 127\\.0\\.0\\.1:${closed} is unreachable \\(ECONNREFUSED\\)`),
    );
    expect(launched.stdout).toContain(`Storage: SQLite files in ${dataDir}/`);
    expect(launched.stdout + launched.stderr).not.toContain('hunter2');
    // DATA_DIR made 0700; the databases (with their -wal/-shm) and the generated secrets 0600.
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['dev-secrets.json', 'agreements.sqlite', 'grievances.sqlite'])
      expect([file, statSync(join(dataDir, file)).mode & 0o777]).toEqual([file, 0o600]);
  });
});
