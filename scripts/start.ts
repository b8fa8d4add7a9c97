/**
 * The embedded default: `npm start` runs the four subgraphs and the gateway in one process, on
 * SQLite files and an in-process cache unless DATABASE_URL / REDIS_URL say otherwise. In
 * development it seeds the demo data on first run and prints the gateway URL with one demo token
 * per role. In production (NODE_ENV=production) it prints no token at all and seeds demo data only
 * when SEED_DEMO_DATA=true asks for it, with a warning.
 */
import { createCache } from '../runtime/cache';
import { config, failFast, overrideConfig, subgraphPort } from '../runtime/config';
import { SUBGRAPH_NAMES } from '../runtime/subgraph-names';
import { demoPrincipalFor } from '../demo/world';
import { logger } from '../runtime/logger';
import { ROLES } from '../runtime/principal';
import { jwtSecret, signingSecret } from '../runtime/secrets';
import { issueDevelopmentToken } from '../gateway/src/auth';
import { startStack, warnOfDemoDataInProduction } from './stack';

// The banner below is what a newcomer needs to read; service logs stay quiet unless asked for.
const settings = failFast(() => {
  const checked = config().LOG_LEVEL ? config() : overrideConfig({ LOG_LEVEL: 'warn' });
  // Production has no generated secrets: say which one is missing before anything starts.
  signingSecret();
  if (!checked.JWT_JWKS_URL) jwtSecret();
  return checked;
});
const production = settings.NODE_ENV === 'production';
const log = logger('start');
warnOfDemoDataInProduction(settings, 'start');
// One cache for all five services, so invalidation reaches every one of them in embedded mode.
const cache = createCache();
const stack = await startStack({
  seed: settings.SEED_DEMO_DATA,
  cache,
  ports: {
    gateway: settings.PORT,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphPort(settings, name)])),
  },
});

const storage = settings.DATABASE_URL ? 'PostgreSQL' : `SQLite files in ${settings.DATA_DIR}/`;
const lines = [
  '',
  `Labour Cooperation Graph is running at ${stack.gateway.url}  (${(settings.GRAPHIQL ?? !production) ? 'GraphiQL in a browser, ' : ''}GraphQL over POST)`,
  `Storage: ${storage}; cache: ${settings.REDIS_URL ? 'Redis' : 'in-process'}`,
  '',
];
if (production) {
  // Tokens for every role, ADMIN included, would be credentials on a production console.
  lines.push(
    `Production: no demo tokens. Callers bring their own, ${settings.JWT_JWKS_URL ? 'from the identity provider (JWT_JWKS_URL)' : 'signed with JWT_SECRET'}; no token = PUBLIC.`,
    `Demo data: ${settings.SEED_DEMO_DATA ? 'seeded into empty databases (SEED_DEMO_DATA=true)' : 'none'}. Ctrl-C stops everything.`,
    '',
  );
} else {
  lines.push('Demo tokens (send as "Authorization: Bearer <token>"; no token = PUBLIC):');
  for (const role of ROLES.filter((name) => name !== 'PUBLIC')) {
    const { organizationId, country } = demoPrincipalFor(role);
    const token = await issueDevelopmentToken({ role, organizationId, country });
    lines.push(`  ${role.padEnd(13)} ${organizationId ?? ''}${country ? ` (${country})` : ''}`, `    ${token}`);
  }
  lines.push('', 'More: npm run token -- --role <ROLE> [--org <id>] [--country <CC>]. Ctrl-C stops everything.', '');
}
console.log(lines.join('\n'));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  await stack.stop();
  await cache.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
