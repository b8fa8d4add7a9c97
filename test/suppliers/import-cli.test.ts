import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacilityListImport } from '../../subgraphs/suppliers/src/entities/facility-list-import.entity';
import { sampleFacilityList } from '../../subgraphs/suppliers/src/facility-list-import/sample-list';
import { addOrganization, scratchSuppliers } from './support';

/** `npm run import -- <file.csv> --org <id>`, run as a user runs it, against a database of its own. */
const CLI = fileURLToPath(new URL('../../subgraphs/suppliers/src/facility-list-import/cli.ts', import.meta.url));

let db: Awaited<ReturnType<typeof scratchSuppliers>>;
beforeAll(async () => {
  db = await scratchSuppliers();
  await addOrganization(db.em(), 'brand-cli', 'BRAND');
});
afterAll(async () => {
  await db?.close();
});

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: { ...process.env, ...db.env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the import command line', () => {
  it('imports a file with a progress bar on stderr and a summary table on stdout', async () => {
    const file = join(db.env.DATA_DIR, 'list.csv');
    writeFileSync(file, sampleFacilityList(1_200, 11));
    const { code, stdout, stderr } = await run(file, '--org', 'brand-cli');
    expect(code).toBe(0);
    expect(stderr).toMatch(/\[#{30}\] 100% {2}1,200\/1,200 rows/);
    const listImport = await db.em().findOneOrFail(FacilityListImport, { organization: 'brand-cli' });
    expect(listImport.status).toBe('COMPLETED');
    expect(stdout).toContain(`Import ${listImport.id} of list.csv`);
    for (const [label, count] of [
      ['NEW', listImport.newCount],
      ['MATCHED', listImport.matchedCount],
      ['ERROR', listImport.errorCount],
      ['Rows', 1_200],
    ] as const) {
      expect(stdout).toMatch(new RegExp(` ${label} +│ +${count.toLocaleString('en-GB')}\\n`));
    }
    expect(stdout).toMatch(/ {2}row \d+: country (is missing|".*" is neither a known ISO 3166-1 alpha-2 code)/);
  });

  it('exits non-zero with the reason when the file cannot be imported', async () => {
    const file = join(db.env.DATA_DIR, 'bad.csv');
    writeFileSync(file, 'country,facility\nBD,Sunrise\n');
    const { code, stderr } = await run(file, '--org', 'brand-cli');
    expect(code).toBe(1);
    expect(stderr).toContain('bad.csv: missing required columns name, address');
  });

  it('explains its usage when arguments are missing', async () => {
    const { code, stderr } = await run('list.csv');
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run import -- <file.csv> --org <organisation id>');
  });
});
