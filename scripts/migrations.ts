/**
 * Writes the next migration of one subgraph for both dialects, from the difference between its
 * entities and a scratch database that has every existing migration applied.
 *   npm run migration:create -- <subgraph> [--initial]
 * PostgreSQL is needed for the postgresql half (MIGRATIONS_DATABASE_URL, default local trust auth).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { config, failFast } from '../runtime/config';
import { ormOptions, openDatabase } from '../runtime/database';
import { SUBGRAPHS } from './subgraphs';

const [name, ...flags] = process.argv.slice(2);
const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
if (!definition) {
  console.error(
    `usage: npm run migration:create -- <${SUBGRAPHS.map((subgraph) => subgraph.name).join('|')}> [--initial]`,
  );
  process.exit(2);
}
const initial = flags.includes('--initial');
const adminUrl = failFast(() => config().MIGRATIONS_DATABASE_URL);

async function create(databaseUrl: string | undefined, dataDir: string) {
  const options = {
    name: definition!.name,
    entities: definition!.entities,
    migrationsDir: definition!.migrationsDir,
    databaseUrl,
    dataDir,
  };
  // Initial: start from an empty database; otherwise apply what exists and diff against it.
  const orm = initial ? await MikroORM.init(ormOptions(options)) : await openDatabase(options);
  if (initial && databaseUrl) await orm.em.getConnection().execute(`create schema if not exists "${definition!.name}"`);
  const result = await orm.getMigrator().createMigration(undefined, false, initial);
  console.log(result.fileName ? `${databaseUrl ? 'postgresql' : 'sqlite'}: wrote ${result.fileName}` : 'no changes');
  await orm.close(true);
}

const scratch = mkdtempSync(join(tmpdir(), 'lcg-migrations-'));
const database = `lcg_migrations_${process.pid}`;
const admin = await MikroORM.init({
  ...ormOptions({ name: 'admin', entities: [], migrationsDir: definition.migrationsDir, databaseUrl: adminUrl }),
  discovery: { warnWhenNoEntities: false },
});
try {
  await create(undefined, scratch);
  await admin.em.getConnection().execute(`create database "${database}"`);
  await create(adminUrl.replace(/\/[^/]*$/, `/${database}`), scratch);
} finally {
  await admin.em.getConnection().execute(`drop database if exists "${database}"`);
  await admin.close(true);
  rmSync(scratch, { recursive: true, force: true });
}
