import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../runtime/config';
import { openDatabase } from '../runtime/database';
import { SUBGRAPHS } from '../scripts/subgraphs';
import { createScratchDatabase } from '../scripts/stack';

/**
 * The committed migrations create exactly the tables the entities describe: after migrating a
 * fresh PostgreSQL database, MikroORM finds nothing left to change. (SQLite's schema diff reports
 * spurious table rebuilds, so this runs where CI runs it: against PostgreSQL.)
 */
const baseUrl = config().DATABASE_URL;

describe.skipIf(!baseUrl)('migrations match the entities (PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    database = await createScratchDatabase(baseUrl!);
  });
  afterAll(async () => {
    await database?.drop();
  });

  for (const definition of SUBGRAPHS) {
    it(`leaves nothing to change in the ${definition.name} schema`, async () => {
      const orm = await openDatabase({
        name: definition.name,
        entities: definition.entities,
        migrationsDir: definition.migrationsDir,
        databaseUrl: database.url,
      });
      try {
        const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.name });
        expect(pending.trim()).toBe('');
      } finally {
        await orm.close();
      }
    });
  }
});

describe.skipIf(!baseUrl)('replicas starting together (PostgreSQL)', () => {
  it('migrates a subgraph once when three replicas open the same fresh database at the same time', async () => {
    const database = await createScratchDatabase(baseUrl!);
    try {
      const grievances = SUBGRAPHS.find((definition) => definition.name === 'grievances')!;
      const open = () =>
        openDatabase({
          name: grievances.name,
          entities: grievances.entities,
          migrationsDir: grievances.migrationsDir,
          databaseUrl: database.url,
        });
      const replicas = await Promise.all([open(), open(), open()]);
      const applied: { count: number }[] = await replicas[0].em
        .getConnection()
        .execute('select count(*)::int as count from "grievances"."mikro_orm_migrations"');
      const files = readdirSync(new URL('./postgresql/', grievances.migrationsDir)).filter((file) =>
        file.endsWith('.ts'),
      );
      expect(applied[0].count).toBe(files.length);
      expect(await replicas[0].getMigrator().getPendingMigrations()).toEqual([]);
      await Promise.all(replicas.map((orm) => orm.close()));
    } finally {
      await database.drop();
    }
  });
});
