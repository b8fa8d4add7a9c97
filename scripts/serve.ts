/**
 * Runs one service on its own — the production topology (docker-compose.yml, one container each):
 *   npm run start:service -- gateway|agreements|inspections|suppliers|grievances
 */
import { config, failFast, subgraphPort } from '../runtime/config';
import { logger } from '../runtime/logger';
import { jwtSecret, signingSecret } from '../runtime/secrets';
import { startGateway } from '../gateway/src/server';
import { warnOfDemoDataInProduction } from './stack';
import { SUBGRAPHS } from './subgraphs';

const name = process.argv[2];
const settings = failFast(() => {
  const checked = config();
  signingSecret();
  if (process.argv[2] === 'gateway' && !checked.JWT_JWKS_URL) jwtSecret();
  return checked;
});
const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
if (name !== 'gateway' && !definition) {
  console.error(`usage: npm run start:service -- <gateway|${SUBGRAPHS.map((subgraph) => subgraph.name).join('|')}>`);
  process.exit(2);
}
// Seeding is each subgraph's; in production only an explicit SEED_DEMO_DATA=true turns it on.
if (definition) warnOfDemoDataInProduction(settings, definition.name);
const service = definition
  ? await definition.start({ port: subgraphPort(settings, definition.name), seed: settings.SEED_DEMO_DATA })
  : await startGateway({ port: settings.PORT });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    logger(name).info({ signal }, 'stopping');
    await service.stop();
    process.exit(0);
  });
}
