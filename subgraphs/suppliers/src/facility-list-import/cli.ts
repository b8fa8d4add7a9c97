/**
 * Imports a facility list (Open Supply Hub's CSV layout) into the configured database:
 *
 *   npm run import -- <file.csv> --org <organisation id> [--public] [--batch-size 500]
 *
 * A brand's list becomes its supply chain (--public: disclosed links), a supplier's list the
 * facilities it operates. Progress goes to stderr, the summary to stdout. Exit code 0 when the
 * file was imported, 1 when it was refused or stopped (importing it again resumes), 2 on usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { systemClock } from '../../../../runtime/clock';
import { openDatabase } from '../../../../runtime/database';
import type { Principal } from '../../../../runtime/principal';
import { entities } from '../entities';
import { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import { ImportRefused, importFacilityList } from './import-list';
import { progressBar, table } from './progress';

const MAX_BYTES = 64 * 1024 * 1024;
const USAGE = 'usage: npm run import -- <file.csv> --org <organisation id> [--public] [--batch-size <rows>]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { org: { type: 'string' }, public: { type: 'boolean' }, 'batch-size': { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
})();
const [file] = positionals;
const batchSize = Number(values['batch-size'] ?? 500);
if (!file || !values.org || positionals.length > 1 || !Number.isInteger(batchSize) || batchSize < 1) fail(USAGE, 2);

let size: number;
try {
  size = statSync(file).size;
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
}
if (size > MAX_BYTES)
  fail(
    `${file}: the file is ${(size / 2 ** 20).toFixed(1)} MiB, larger than the limit of ${MAX_BYTES / 2 ** 20} MiB; split the list`,
    1,
  );

const principal: Principal = {
  subject: `cli:${userInfo().username}`,
  role: 'ADMIN',
  organizationId: null,
  country: null,
  scopes: [],
};
const orm = await openDatabase({
  name: 'suppliers',
  entities,
  migrationsDir: new URL('../migrations/', import.meta.url),
});
const started = Date.now();
let bar: ReturnType<typeof progressBar> | undefined;
try {
  const result = await importFacilityList(
    orm.em.fork(),
    {
      organizationId: values.org,
      fileName: basename(file),
      content: readFileSync(file),
      publiclyDisclosed: values.public ?? false,
    },
    {
      principal,
      clock: systemClock,
      batchSize,
      maxBytes: MAX_BYTES,
      onProgress: (done, total) => (bar ??= progressBar(total)).update(done),
    },
  );
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  const { counts } = result;
  process.stdout.write(
    `${table(`Import ${result.importId} of ${basename(file)}${result.resumed ? ' (resumed)' : ''}`, [
      ['NEW', counts.new],
      ['MATCHED', counts.matched],
      ['POTENTIAL_MATCH', counts.potentialMatch],
      ['ERROR', counts.error],
      ['Rows', result.totalRows],
      ['Seconds', seconds.toFixed(1)],
    ])}\n`,
  );
  const errors = await orm.em
    .fork()
    .find(
      FacilityListImportRow,
      { listImport: result.importId, outcome: 'ERROR' },
      { orderBy: { rowNumber: 'asc' }, limit: 10 },
    );
  for (const row of errors) process.stdout.write(`  row ${row.rowNumber}: ${row.reason}\n`);
  if (counts.error > errors.length)
    process.stdout.write(`  … and ${counts.error - errors.length} more rows with errors\n`);
  if (counts.potentialMatch > 0)
    process.stdout.write(
      `${counts.potentialMatch} potential matches await confirmation (facilityListImport(id: "${result.importId}") { rows(filter: { pending: true }) })\n`,
    );
} catch (error) {
  bar?.stop();
  if (error instanceof ImportRefused) fail(`${file}: ${error.message}`, 1);
  fail(
    `${file}: the import stopped: ${(error as Error).message.slice(0, 500)}\nCommitted rows stay imported; run the same command again to resume.`,
    1,
  );
} finally {
  await orm.close();
}
