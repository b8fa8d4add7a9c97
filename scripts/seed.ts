/** Creates the databases, applies migrations and writes the demo data where a database is empty. */
import { openDatabase } from '../runtime/database';
import { SUBGRAPHS } from './subgraphs';

for (const definition of SUBGRAPHS) {
  const orm = await openDatabase({
    name: definition.name,
    entities: definition.entities,
    migrationsDir: definition.migrationsDir,
  });
  await definition.seed?.(orm.em.fork());
  await orm.close();
  console.log(`${definition.name}: migrated and seeded`);
}
