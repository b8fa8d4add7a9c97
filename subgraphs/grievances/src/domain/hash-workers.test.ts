import { execFile } from 'node:child_process';
import { scryptSync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HashWorkers } from './hash-workers';
import { scryptMaxmem, scryptParameters } from './tracking';

const FAST = scryptParameters(10);
const salt = (n: number) => Buffer.alloc(16, n);
const direct = (secret: string, n: number) => scryptSync(secret, salt(n), 32, { ...FAST, maxmem: scryptMaxmem(FAST) });

let workers: HashWorkers | undefined;
afterEach(async () => {
  await workers?.close();
  workers = undefined;
});

describe('the scrypt worker threads', () => {
  it('compute what node:crypto computes, on at most `size` threads however many hashes wait', async () => {
    workers = new HashWorkers(2, scryptMaxmem);
    const secrets = ['a', 'secret-two', 'ünïcödé', '', 'x'.repeat(200), 'six'];
    const keys = await Promise.all(secrets.map((secret, n) => workers!.scrypt(secret, salt(n), 32, FAST)));
    expect(keys).toEqual(secrets.map((secret, n) => direct(secret, n)));
    expect(workers.threads).toBeLessThanOrEqual(2);
    expect(workers.meanHashMs).toBeGreaterThan(0);
  });

  it('end their threads on close; a hash asked for afterwards still runs, on a thread that then ends', async () => {
    workers = new HashWorkers(2, scryptMaxmem);
    await workers.scrypt('warm', salt(1), 32, FAST);
    expect(workers.threads).toBe(1);
    await workers.close();
    expect(workers.threads).toBe(0);
    expect(await workers.scrypt('late', salt(2), 32, FAST)).toEqual(direct('late', 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(workers.threads).toBe(0);
  });

  it('reject a hash the thread cannot compute, and keep working', async () => {
    workers = new HashWorkers(1, () => 1024); // far less memory than scrypt needs
    await expect(workers.scrypt('x', salt(1), 32, FAST)).rejects.toThrow(/scrypt failed/);
    workers = new HashWorkers(1, scryptMaxmem);
    expect(await workers.scrypt('x', salt(1), 32, FAST)).toEqual(direct('x', 1));
  });

  it('never keep a process alive: a script that hashed and did nothing else exits on its own', async () => {
    const module = fileURLToPath(new URL('./hash-workers.ts', import.meta.url));
    const script = `
      import { HashWorkers } from ${JSON.stringify(module)};
      const workers = new HashWorkers(2, () => 64 * 1024 * 1024);
      await Promise.all([1, 2, 3].map((n) => workers.scrypt('s' + n, new Uint8Array(16), 32, { N: 1024, r: 8, p: 1 })));
      console.log('hashed', workers.threads);
    `;
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeout: 15_000,
    });
    const { stdout } = await run;
    expect(stdout.trim()).toMatch(/^hashed [12]$/);
  });
});
