import { spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES } from '../../runtime/subgraph-names';

/** Launchers run as an operator runs them: a child process of their own, with only the environment given. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A stack trace's frame, anywhere in a launcher's output. */
export const STACK_FRAME = /\n\s+at /;

/** What every launch here starts from: loopback, free ports, no demo data, warnings logged. */
export function baseEnvironment(mode: 'production' | 'development', dataDir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: mode,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, '0'])),
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    ...(mode === 'production'
      ? {
          PRINCIPAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
          WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
          JWT_SECRET: randomBytes(32).toString('base64url'),
        }
      : {}),
  };
}

export interface Launched {
  /** Exit code; null when the process was killed (it did not end by itself within the bound). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** When the output first matched `until`, in ms since the launch. */
  matchedAt?: number;
  elapsedMs: number;
}

/**
 * Runs `node <args>` in the project and collects its output until it exits, or until its output
 * matches `until` (then it is stopped with SIGTERM), or for at most `boundMs` (then SIGKILL).
 */
export function launch(
  args: string[],
  env: Record<string, string>,
  options: { until?: RegExp; boundMs?: number; spawn?: SpawnOptions } = {},
): Promise<Launched> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, ...options.spawn });
  const result: Launched = { code: null, stdout: '', stderr: '', elapsedMs: 0 };
  const bound = setTimeout(() => child.kill('SIGKILL'), options.boundMs ?? 90_000);
  const watch = () => {
    if (options.until && result.matchedAt === undefined && options.until.test(result.stdout + result.stderr)) {
      result.matchedAt = Date.now() - started;
      child.kill('SIGTERM');
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => ((result.stdout += chunk.toString()), watch()));
  child.stderr!.on('data', (chunk: Buffer) => ((result.stderr += chunk.toString()), watch()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(bound);
      resolve({ ...result, code, elapsedMs: Date.now() - started });
    }),
  );
}

/** The launchers as `npm run start:service:dev` and `npm start` run them: the sources through tsx. */
export const SERVE = (service: string) => ['--import', 'tsx', 'scripts/serve.ts', service];
export const START = ['--import', 'tsx', 'scripts/start.ts'];
