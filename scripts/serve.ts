/**
 * Runs one service on its own — the production topology (docker-compose.yml, one container each):
 *   npm run start:service -- gateway|agreements|inspections|suppliers|grievances
 * (compiled: `npm run build` first; `npm run start:service:dev` runs the sources through tsx).
 */
import { config, subgraphPort } from '../runtime/config';
import { dataDirectory } from '../runtime/data-files';
import { logger } from '../runtime/logger';
import { jwtSecret, signingSecret } from '../runtime/secrets';
import { cacheSummary, startup, storageSummary } from '../runtime/startup';
import { SUBGRAPH_NAMES, type SubgraphName } from '../runtime/subgraph-names';

const name = process.argv[2];
const subgraph = SUBGRAPH_NAMES.includes(name as SubgraphName) ? (name as SubgraphName) : undefined;
if (name !== 'gateway' && !subgraph) {
  console.error(`usage: npm run start:service -- <gateway|${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}
// What an operator can get wrong is checked before the services' code is even loaded: a bad
// setting, secret or DATA_DIR fails within a second, in one line.
const settings = await startup(() => {
  const checked = config();
  signingSecret();
  if (name === 'gateway' && !checked.JWT_JWKS_URL) jwtSecret();
  if (subgraph && !checked.DATABASE_URL) dataDirectory(checked.DATA_DIR);
  return checked;
});
const service = await startup(async () => {
  if (!subgraph) return (await import('../gateway/src/server')).startGateway({ port: settings.PORT });
  const { SUBGRAPHS } = await import('./subgraphs');
  // Seeding is each subgraph's; in production only an explicit SEED_DEMO_DATA=true turns it on, with a
  // warning. (The warning lives with the embedded stack, which loads the gateway too: only then imported.)
  if (settings.NODE_ENV === 'production' && settings.SEED_DEMO_DATA)
    (await import('./stack')).warnOfDemoDataInProduction(settings, subgraph);
  const definition = SUBGRAPHS.find((listed) => listed.name === subgraph)!;
  return definition.start({ port: subgraphPort(settings, subgraph), seed: settings.SEED_DEMO_DATA });
});
logger(name).info(
  {
    url: service.url,
    ...(subgraph ? { storage: storageSummary(settings) } : {}),
    ...(await cacheSummary(settings)),
    startupMs: Math.round(performance.now()),
  },
  'ready',
);

// Stop drains: the service answers what is in flight (up to SHUTDOWN_TIMEOUT_MS), then closes. A second
// signal, or a drain that hangs past that bound, ends the process at once.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    logger(name).info({ signal }, 'stopping');
    setTimeout(() => process.exit(1), settings.SHUTDOWN_TIMEOUT_MS + 5_000).unref();
    void service.stop().then(() => process.exit(0));
  });
}
