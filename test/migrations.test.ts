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
      const orm = await openDatabase({ name: definition.name, entities: definition.entities, migrationsDir: definition.migrationsDir, databaseUrl: database.url });
      try {
        const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.name });
        expect(pending.trim()).toBe('');
      } finally {
        await orm.close();
      }
    });
  }
});
