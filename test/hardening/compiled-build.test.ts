import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { createScratchDatabase } from '../../scripts/stack';
import { baseEnvironment, ROOT, STACK_FRAME } from './launch';

/**
 * Production runs compiled code with plain Node, no TypeScript loader: `npm run build` writes dist/,
 * and `npm run start:service` (and the Docker image) start `node dist/scripts/serve.js`. A subgraph
 * and the gateway started from dist/ in production mode answer a query through the gateway — the
 * subgraph's migrations loaded as .js, its schema and reference data found beside the code.
 */
const ENTRY = join(ROOT, 'dist/scripts/serve.js');
const SOURCES = ['runtime', 'gateway', 'subgraphs', 'vocabulary', 'demo', 'scripts'];

/** The newest source, schema or data file the build reads, in ms. */
function newestSource(folder = ROOT, depth = 0): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    if (depth === 0 && !SOURCES.includes(entry.name)) return newest;
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' ? newest : Math.max(newest, newestSource(path, depth + 1));
    return /\.(ts|graphql|json)$/.test(entry.name) ? Math.max(newest, statSync(path).mtimeMs) : newest;
  }, 0);
}

/** CI builds before the tests; elsewhere the test builds when dist/ is missing or older than the sources. */
async function ensureBuilt(): Promise<void> {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newestSource()) return;
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT });
}

const children: ChildProcess[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'lcg-compiled-'));
let database: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;

/** Starts one compiled service and resolves with the URL of its one-line JSON "ready" log. */
function serve(service: string, env: Record<string, string>): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--enable-source-maps', ENTRY, service], { cwd: ROOT, env });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.split('\n').find((line) => line.includes('"msg":"ready"'));
      if (ready) resolve({ url: (JSON.parse(ready) as { url: string }).url, output: () => output });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => reject(new Error(`${service} exited (${code}) before it was ready:\n${output}`)));
  });
}

beforeAll(async () => {
  await ensureBuilt();
  const baseUrl = config().DATABASE_URL;
  if (baseUrl) database = await createScratchDatabase(baseUrl);
}, 600_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the compiled build', () => {
  it('runs a subgraph and the gateway from dist/ in production, and answers through them', async () => {
    const env = {
      ...baseEnvironment('production', join(scratch, 'data')),
      LOG_LEVEL: 'info',
      ...(database ? { DATABASE_URL: database.url } : {}),
    };
    const agreements = await serve('agreements', env);
    const gateway = await serve('gateway', { ...env, AGREEMENTS_URL: agreements.url });
    const ready = JSON.parse(
      agreements
        .output()
        .split('\n')
        .find((line) => line.includes('"msg":"ready"'))!,
    ) as Record<string, unknown>;
    expect(ready).toMatchObject({ service: 'agreements', cache: 'in-process' });
    expect(ready.storage).toMatch(database ? /^PostgreSQL at / : /^SQLite files in /);

    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ country(code: "BD") { code name } conventions(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as {
      data?: { country: { code: string; name: string }; conventions: unknown };
    };
    expect(response.status).toBe(200);
    expect(body.data?.country).toEqual({ code: 'BD', name: 'Bangladesh' });
    expect(body.data?.conventions).toMatchObject({ totalCount: expect.any(Number) });
    expect(agreements.output() + gateway.output()).not.toMatch(STACK_FRAME);
  });

  it('is what `npm run start:service` starts, which says to build first when dist/ is missing', async () => {
    const scripts = (await import('../../package.json', { with: { type: 'json' } })).default.scripts;
    expect(scripts['start:service']).toContain('node --enable-source-maps dist/scripts/serve.js');
    // Run where there is no dist/, as a checkout that was never built.
    const elsewhere = mkdtempSync(join(scratch, 'unbuilt-'));
    const child = spawn('sh', ['-c', `${scripts['start:service']} agreements`], {
      cwd: elsewhere,
      env: { PATH: process.env.PATH ?? '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(1);
    expect(stderr.trim()).toBe(
      'dist/ is missing: run npm run build first (npm run start:service:dev runs the sources)',
    );
  });
});
