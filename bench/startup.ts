/**
 * `npm run bench:startup`: how long one service takes to start — from the process's spawn to its
 * "listening" log line — and its resident memory once it listens, run from the sources through
 * tsx (`node --import tsx scripts/serve.ts`, the process `tsx` starts) and compiled
 * (`node --enable-source-maps dist/scripts/serve.js`, what production runs), alternating the two
 * round by round so that a busy machine slows both alike.
 *   npm run build && npm run bench:startup -- [--rounds 5] [--services agreements,gateway]
 * Production mode, SQLite in a folder migrated by a first, unmeasured start (each start is a restart).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES } from '../runtime/subgraph-names';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, services: { type: 'string', default: 'agreements,gateway' } },
});
const ROUNDS = Number(values.rounds);
const SERVICES = values.services.split(',');

const VARIANTS = {
  tsx: (service: string) => ['--import', 'tsx', 'scripts/serve.ts', service],
  compiled: (service: string) => ['--enable-source-maps', 'dist/scripts/serve.js', service],
};
type Variant = keyof typeof VARIANTS;

if (!existsSync(join(ROOT, 'dist/scripts/serve.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'lcg-bench-startup-'));
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  PORT: '0',
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, '0'])),
  DATA_DIR: dataDir,
  PRINCIPAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
  WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
  JWT_SECRET: randomBytes(32).toString('base64url'),
};

/** Resident memory of a process, in MB (Linux). */
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** Starts the service, waits for "listening", measures, stops it. */
function measure(variant: Variant, service: string): Promise<{ startupMs: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, VARIANTS[variant](service), { cwd: ROOT, env });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!/listening/.test(output) || child.killed) return;
      const startupMs = performance.now() - started;
      // Memory once the service settled after listening (timers, first GC).
      setTimeout(() => {
        const rss = rssMb(child.pid!);
        child.kill('SIGTERM');
        child.once('close', () => resolve({ startupMs, rssMb: rss }));
      }, 1_000);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code) => {
      if (!/listening/.test(output)) reject(new Error(`${variant} ${service} exited (${code}):\n${output}`));
    });
  });
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const results = new Map<string, { startupMs: number[]; rssMb: number[] }>();

try {
  // Unmeasured: migrates the databases and fills tsx's transform cache.
  for (const service of SERVICES)
    for (const variant of Object.keys(VARIANTS) as Variant[]) await measure(variant, service);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so neither always follows the other's disk and CPU state.
    const order = (round % 2 === 0 ? ['tsx', 'compiled'] : ['compiled', 'tsx']) as Variant[];
    for (const service of SERVICES) {
      for (const variant of order) {
        const { startupMs, rssMb } = await measure(variant, service);
        const key = `${service} ${variant}`;
        const entry = results.get(key) ?? { startupMs: [], rssMb: [] };
        entry.startupMs.push(startupMs);
        entry.rssMb.push(rssMb);
        results.set(key, entry);
        process.stderr.write('.');
      }
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`\n\n${ROUNDS} rounds each, alternating; times from spawn to the "listening" log line\n`);
console.log('| service | run as | startup median (min–max) | RSS after start, median (min–max) |');
console.log('| --- | --- | --- | --- |');
for (const [key, { startupMs, rssMb }] of results) {
  const [service, variant] = key.split(' ');
  console.log(
    `| ${service} | ${variant === 'tsx' ? 'tsx (sources)' : 'node dist/ (compiled)'} | ` +
      `${Math.round(median(startupMs))} ms (${Math.round(Math.min(...startupMs))}–${Math.round(Math.max(...startupMs))}) | ` +
      `${median(rssMb).toFixed(0)} MB (${Math.min(...rssMb).toFixed(0)}–${Math.max(...rssMb).toFixed(0)}) |`,
  );
}
