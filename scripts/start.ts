/**
 * The embedded default: `npm start` runs the five subgraphs and the gateway in one process, on
 * SQLite files and an in-process cache unless DATABASE_URL / REDIS_URL say otherwise. In
 * development it seeds the demo data on first run and prints the gateway URL with one demo token
 * per role. In production (NODE_ENV=production) it prints no token at all and seeds demo data only
 * when SEED_DEMO_DATA=true asks for it, with a warning.
 */
import { config, overrideConfig, subgraphPort } from '../runtime/config';
import { dataDirectory } from '../runtime/data-files';
import { logger } from '../runtime/logger';
import { ROLES } from '../runtime/principal';
import { jwtSecret, signingSecret } from '../runtime/secrets';
import { cacheSummary, startup, storageSummary } from '../runtime/startup';
import { SUBGRAPH_NAMES } from '../runtime/subgraph-names';

// The banner below is what a newcomer needs to read; service logs stay quiet unless asked for.
// What an operator can get wrong is checked before the services' code is even loaded: a bad
// setting, secret or DATA_DIR fails within a second, in one line.
const settings = await startup(() => {
  const checked = config().LOG_LEVEL ? config() : overrideConfig({ LOG_LEVEL: 'warn' });
  // Production has no generated secrets: say which one is missing before anything starts.
  signingSecret();
  if (!checked.JWT_JWKS_URL) jwtSecret();
  if (!checked.DATABASE_URL) dataDirectory(checked.DATA_DIR);
  return checked;
});
const production = settings.NODE_ENV === 'production';
const log = logger('start');
const [{ createCache }, { startStack, warnOfDemoDataInProduction }] = await Promise.all([
  import('../runtime/cache'),
  import('./stack'),
]);
warnOfDemoDataInProduction(settings, 'start');
// One cache for all five services, so invalidation reaches every one of them in embedded mode.
const cache = createCache();
const stack = await startup(() =>
  startStack({
    seed: settings.SEED_DEMO_DATA,
    cache,
    ports: {
      gateway: settings.PORT,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphPort(settings, name)])),
    },
  }),
);

const { cache: cacheState } = await cacheSummary(settings);
const lines = [
  '',
  `Labour Cooperation Graph is running at ${stack.gateway.url}  (${(settings.GRAPHIQL ?? !production) ? 'GraphiQL in a browser, ' : ''}GraphQL over POST)`,
  `Storage: ${storageSummary(settings)}`,
  `Cache: ${cacheState}`,
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
  const [{ demoPrincipalFor }, { issueDevelopmentToken }] = await Promise.all([
    import('../demo/world'),
    import('../gateway/src/auth'),
  ]);
  lines.push('Demo tokens (send as "Authorization: Bearer <token>"; no token = PUBLIC):');
  for (const role of ROLES.filter((name) => name !== 'PUBLIC')) {
    const { organizationId, country } = demoPrincipalFor(role);
    const token = await issueDevelopmentToken({ role, organizationId, country });
    lines.push(`  ${role.padEnd(13)} ${organizationId ?? ''}${country ? ` (${country})` : ''}`, `    ${token}`);
  }
  lines.push('', 'More: npm run token -- --role <ROLE> [--org <id>] [--country <CC>]. Ctrl-C stops everything.', '');
}
console.log(lines.join('\n'));

// Stop drains: every service answers what is in flight (up to SHUTDOWN_TIMEOUT_MS), then closes. A second
// signal, or a drain that hangs past that bound, ends the process at once.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  log.info({ signal }, 'stopping');
  setTimeout(() => process.exit(1), 2 * settings.SHUTDOWN_TIMEOUT_MS + 5_000).unref();
  await stack.stop();
  await cache.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
