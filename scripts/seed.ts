/**
 * Creates the databases, applies migrations and writes the demo data where a database is empty.
 * In production it refuses unless SEED_DEMO_DATA=true asks for demo data explicitly.
 */
import { config, failFast } from '../runtime/config';
import { openDatabase } from '../runtime/database';
import { SUBGRAPHS } from './subgraphs';
import { warnOfDemoDataInProduction } from './stack';

const settings = failFast(() => config());
if (!settings.SEED_DEMO_DATA) {
  console.error(
    settings.NODE_ENV === 'production'
      ? 'Not seeding: demo data in production needs SEED_DEMO_DATA=true, set explicitly.'
      : 'Not seeding: SEED_DEMO_DATA=false.',
  );
  process.exit(1);
}
warnOfDemoDataInProduction(settings, 'seed');

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
