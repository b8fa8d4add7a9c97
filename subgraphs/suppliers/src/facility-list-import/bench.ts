/**
 * Times the import of a 20,000-row list (generated deterministically) into a fresh SQLite
 * database and, when DATABASE_URL is set, a fresh PostgreSQL database; the demo registry is
 * seeded first so that rows are matched against existing facilities too.
 *
 *   npx tsx subgraphs/suppliers/src/facility-list-import/bench.ts [rows]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../../../runtime/clock';
import { config, overrideConfig } from '../../../../runtime/config';
import { openDatabase } from '../../../../runtime/database';
import { organizationsOfKind } from '../../../../demo/organizations';
import { createScratchDatabase } from '../../../../scripts/stack';
import { entities } from '../entities';
import { Facility } from '../entities/facility.entity';
import { seedSuppliers } from '../seed/seed';
import { sampleFacilityList } from './sample-list';
import { importFacilityList } from './import-list';

const rows = Number(process.argv[2] ?? 20_000);
const csv = Buffer.from(sampleFacilityList(rows), 'utf8');
const brand = organizationsOfKind('BRAND')[0];
const principal = { subject: 'bench', role: 'ADMIN' as const, organizationId: null, country: null, scopes: [] };

async function measure(label: string, databaseUrl: string | undefined, dataDir: string) {
  const orm = await openDatabase({
    name: 'suppliers',
    entities,
    migrationsDir: new URL('../migrations/', import.meta.url),
    databaseUrl,
    dataDir,
  });
  try {
    await seedSuppliers(orm.em.fork());
    const before = await orm.em.fork().count(Facility);
    const started = performance.now();
    const result = await importFacilityList(
      orm.em.fork(),
      { organizationId: brand.id, fileName: 'bench.csv', content: csv },
      { principal, clock: systemClock, maxBytes: 64 * 2 ** 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    const created = (await orm.em.fork().count(Facility)) - before;
    console.log(
      `${label.padEnd(10)} ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s ` +
        `(NEW ${result.counts.new}, MATCHED ${result.counts.matched}, POTENTIAL_MATCH ${result.counts.potentialMatch}, ERROR ${result.counts.error}; ${created} facilities created)`,
    );
  } finally {
    await orm.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'lcg-import-bench-'));
const baseUrl = config().DATABASE_URL;
try {
  console.log(`list: ${rows} rows, ${(csv.byteLength / 2 ** 20).toFixed(1)} MiB; node ${process.version}`);
  // The embedded store first, whatever DATABASE_URL says; then a scratch PostgreSQL database.
  overrideConfig({ DATABASE_URL: undefined });
  await measure('sqlite', undefined, dataDir);
  if (baseUrl) {
    const database = await createScratchDatabase(baseUrl);
    try {
      await measure('postgresql', database.url, dataDir);
    } finally {
      await database.drop();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
