import { z } from 'zod';
import {
  DEFAULT_SUBGRAPH_PORTS,
  portSetting,
  SUBGRAPH_NAMES,
  timeoutSetting,
  urlSetting,
  type SubgraphName,
} from './subgraph-names';

/**
 * The one place that reads `process.env`. Every service validates its settings here at start-up
 * and fails fast with a message naming the variable, rather than half-starting.
 */
const port = z.coerce.number({ invalid_type_error: 'must be a port number (0–65535)' }).int().min(0).max(65535);

/**
 * A URL of one of `schemes` that names a host. `new URL` alone accepts `redis:/x` or `redis:x`
 * (a path, no host), which a client would then read as a unix socket or a default host.
 */
const serverUrl = (schemes: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return schemes.includes(url.protocol.slice(0, -1)) && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: `must be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL with a host, e.g. ${example}` },
  );
const postgresUrl = serverUrl(['postgres', 'postgresql'], 'postgres://user:password@127.0.0.1:5432/lcg');

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** pino log level; absent means `info` (`silent` under NODE_ENV=test, `warn` for `npm start`). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** PostgreSQL URL; absent means the embedded SQLite default. */
  DATABASE_URL: postgresUrl.optional(),
  /** Folder for the embedded SQLite files and generated development secrets. */
  DATA_DIR: z.string().default('.data'),
  /** Redis URL; absent means an in-process cache. */
  REDIS_URL: serverUrl(['redis', 'rediss'], 'redis://127.0.0.1:6379').optional(),
  /** Prefix for every Redis key, so that tests and deployments can share a server. */
  REDIS_KEY_PREFIX: z.string().default('lcg:'),
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** HS256 secret for development tokens (generated into DATA_DIR when absent outside production). */
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  /** JWKS endpoint of a real identity provider (RS256/ES256); takes precedence over JWT_SECRET. https in production. */
  JWT_JWKS_URL: serverUrl(['https', 'http'], 'https://login.example.org/.well-known/jwks.json').optional(),
  JWT_ISSUER: z.string().default('labour-cooperation-graph'),
  JWT_AUDIENCE: z.string().default('labour-cooperation-graph'),
  /** Claim names in tokens from an external identity provider. */
  JWT_ROLE_CLAIM: z.string().default('role'),
  JWT_ORG_CLAIM: z.string().default('org'),
  JWT_COUNTRY_CLAIM: z.string().default('country'),
  /** Shared HMAC secret the gateway signs forwarded principals with. */
  PRINCIPAL_SIGNING_SECRET: z.string().min(32, 'PRINCIPAL_SIGNING_SECRET must be at least 32 characters').optional(),
  /** How long a signed principal stays valid, in seconds (limits replay of captured headers). */
  PRINCIPAL_SIGNATURE_TTL_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  /**
   * Seed the demo data (with its published demo case) into empty databases on start. Defaults to
   * on outside production and off in production, where only an explicit `true` turns it on.
   */
  SEED_DEMO_DATA: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  /** Serve GraphiQL at the gateway URL (defaults to on outside production). */
  GRAPHIQL: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(60000),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(1).default(4000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * Cost of the scrypt hash that protects anonymous complainants' tracking secrets, as log2 of N.
   * Production refuses less than the default; the test suite lowers it to stay fast.
   */
  TRACKING_SECRET_HASH_COST: z.coerce.number().int().min(10).max(20).default(15),
  /**
   * At most this many worker threads hash tracking secrets in one grievances instance (filings and
   * secret checks alike); absent means one per core (`os.availableParallelism()`), which is also
   * the most it takes. More hashes wait in a short queue, in lanes, or are refused at once.
   */
  TRACKING_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * Proxies whose `X-Forwarded-For` the gateway believes, as Express's trust list: addresses,
   * CIDR ranges or `loopback`, comma-separated. Absent means none: the rate-limit key is the
   * address the connection comes from.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  /** Longest string any GraphQL argument or variable may carry, in characters (IDs: MAX_ID_LENGTH). */
  MAX_STRING_LENGTH: z.coerce.number().int().min(100).default(20_000),
  /** Longest ID argument, in characters. */
  MAX_ID_LENGTH: z.coerce.number().int().min(16).default(200),
  /** How long the gateway waits for one subgraph fetch, in milliseconds (`<NAME>_TIMEOUT_MS` per subgraph). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /**
   * The deadline of one client request, in milliseconds from its arrival at the gateway. It travels
   * to the subgraphs, which abandon work past it; no subgraph fetch outlives it.
   */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /**
   * Requests one service handles at once; beyond that it answers 503 with `Retry-After` at once
   * instead of queueing. Absent: 200 at the gateway, 1,000 at a subgraph (one gateway request fans
   * out to several subgraph fetches).
   */
  MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(1).max(100_000).optional(),
  /** Live subscriptions one WebSocket connection to the gateway may hold at once (docs/subscriptions.md). */
  MAX_LIVE_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1_000).default(10),
  /**
   * WebSocket connections one caller (a token's subject; without a token, an address) may hold open at
   * one gateway process at once; more are closed with 1013 (try again later).
   */
  MAX_LIVE_CONNECTIONS_PER_CALLER: z.coerce.number().int().min(1).max(100_000).default(20),
  /**
   * How often the grievances subgraph looks for cases past a deadline and escalates them as their
   * mechanism says, in milliseconds (one replica at a time does it; see docs/architecture.md). 0
   * turns the rounds off (the test suite runs them itself, against its own clock).
   */
  DEADLINE_ESCALATION_INTERVAL_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === 0 || (ms >= 50 && ms <= 86_400_000), '0 (off) or between 50 and 86400000')
    .default(60_000),
  /**
   * How often the inspections subgraph looks for corrective actions past their due day and tells
   * the graph of each once (CORRECTIVE_ACTION_OVERDUE), in milliseconds (one replica at a time does
   * it; see docs/architecture.md). 0 turns the rounds off (the test suite runs them itself, against
   * its own clock).
   */
  CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === 0 || (ms >= 50 && ms <= 86_400_000), '0 (off) or between 50 and 86400000')
    .default(60_000),
  /**
   * How often each subgraph's relay publishes the new events of its outbox, in milliseconds. 0
   * turns the relay rounds and the event consumers off (the test suite runs their rounds itself).
   */
  OUTBOX_RELAY_INTERVAL_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === 0 || (ms >= 10 && ms <= 60_000), '0 (off) or between 10 and 60000')
    .default(200),
  /** How long published events stay in the outbox, and consumers' records of handled events, in hours. */
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(8_760).default(168),
  /** How long a consumer may hold an event without acknowledging it before it is delivered again, in milliseconds. */
  EVENT_REDELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /**
   * How many times an event is delivered to a consumer group whose handler keeps failing on it;
   * after the last failure it is parked as a dead letter (`npm run events -- dead-letters`).
   */
  EVENT_MAX_DELIVERIES: z.coerce.number().int().min(1).max(1_000).default(10),
  /** About how many events the event stream keeps (older ones are trimmed, delivered or not). */
  EVENT_STREAM_MAX_LENGTH: z.coerce.number().int().min(1_000).default(1_000_000),
  /**
   * How often the notifications subgraph sends the webhook deliveries that are due, in
   * milliseconds. 0 turns the rounds off (the test suite runs them itself, against its own clock).
   */
  WEBHOOK_DISPATCH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === 0 || (ms >= 10 && ms <= 60_000), '0 (off) or between 10 and 60000')
    .default(250),
  /** Attempts of one webhook delivery before it goes to the subscription's dead-letter list. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(18),
  /** The first retry of a failed webhook delivery waits up to this long; each further one up to twice as long. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  /** The longest wait between two attempts of a webhook delivery. */
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(21_600_000),
  /** How long a subscriber's endpoint may take to answer one delivery. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Deliveries sent at once by one replica of the notifications subgraph. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Webhook subscriptions one organisation may hold. */
  WEBHOOK_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1_000).default(25),
  /** After a secret is rotated, deliveries are signed with the previous secret too for this many hours. */
  WEBHOOK_SECRET_GRACE_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  /**
   * Webhook URLs may name private, loopback and link-local addresses (a receiver on the same
   * machine or network). Off in production, where the graph must not become a way into internal
   * services; on by default elsewhere.
   */
  WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).optional(),
  /**
   * Key that encrypts webhook signing secrets at rest (32+ characters). Required in production;
   * derived from the development secrets elsewhere.
   */
  WEBHOOK_SECRET_KEY: z.string().min(32, 'WEBHOOK_SECRET_KEY must be at least 32 characters').optional(),
  /** On SIGTERM, how long in-flight requests may take to finish before their connections are closed. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * Bearer token that `/metrics` asks for. Outside production /metrics is open when it is unset; in
   * production /metrics is served only with a token.
   */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** Longest lifetime (exp − iat) a token may have, in seconds; tokens without `iat` count from now. */
  JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).default(86_400),
  /** How long a service keeps retrying an unreachable database at start-up (with backoff) before giving up. */
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
  /**
   * How long a retried anonymous filing (same idempotency key, same input) still gets its tracking
   * secret back, in hours. After that the key returns the case without the secret.
   */
  TRACKING_SECRET_REPLAY_HOURS: z.coerce.number().int().min(0).max(720).default(72),
  /** PostgreSQL server on which `npm run migration:create` makes its scratch database. */
  MIGRATIONS_DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
  /** `npm run compose` also prints Apollo's composition hints. */
  COMPOSE_HINTS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

/** `<NAME>_PORT` (default from the subgraph list) and `<NAME>_URL` for every subgraph. */
const SubgraphPlacementSchema = z.object(
  Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [portSetting(name), port.default(DEFAULT_SUBGRAPH_PORTS[name])],
      [
        urlSetting(name),
        serverUrl(['http', 'https'], `http://${name}:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`).optional(),
      ],
      [timeoutSetting(name), z.coerce.number().int().min(100).max(300_000).optional()],
    ]),
  ) as Record<`${Uppercase<SubgraphName>}_PORT`, typeof port> &
    Record<`${Uppercase<SubgraphName>}_URL`, z.ZodOptional<z.ZodEffects<z.ZodString>>> &
    Record<`${Uppercase<SubgraphName>}_TIMEOUT_MS`, z.ZodOptional<z.ZodNumber>>,
);

const FullConfigSchema = ConfigSchema.merge(SubgraphPlacementSchema)
  .refine((settings) => settings.NODE_ENV !== 'production' || settings.TRACKING_SECRET_HASH_COST >= 15, {
    path: ['TRACKING_SECRET_HASH_COST'],
    message: 'must be at least 15 in production',
  })
  // Keys fetched over plain HTTP could be swapped on the way: production takes them over TLS only.
  .refine((settings) => settings.NODE_ENV !== 'production' || !settings.JWT_JWKS_URL?.startsWith('http:'), {
    path: ['JWT_JWKS_URL'],
    message: 'must be an https:// URL in production',
  })
  .transform((settings) => ({
    ...settings,
    SEED_DEMO_DATA: settings.SEED_DEMO_DATA ?? settings.NODE_ENV !== 'production',
    WEBHOOK_ALLOW_PRIVATE_URLS: settings.WEBHOOK_ALLOW_PRIVATE_URLS
      ? settings.WEBHOOK_ALLOW_PRIVATE_URLS === 'true'
      : settings.NODE_ENV !== 'production',
  }));

export type Config = z.infer<typeof FullConfigSchema>;

/**
 * Why a service cannot start, in words an operator acts on: one line naming the setting or file
 * and what is wrong, and a short hint saying what to do. The launchers print it without a stack
 * trace and exit 1 (`runtime/startup.ts`).
 */
export class StartupError extends Error {
  override name = 'StartupError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A setting that is missing or invalid. */
export class ConfigError extends StartupError {
  override name = 'ConfigError';
}

const CONFIG_HINT = 'every setting is an environment variable: see "Settings" in README.md';

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "unset" (docker-compose passes `VAR=` through).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = FullConfigSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`, CONFIG_HINT);
  }
  return result.data;
}

let cached: Config | undefined;

/** The port a subgraph listens on, from `<NAME>_PORT`. */
export const subgraphPort = (settings: Config, name: SubgraphName): number => settings[portSetting(name)];

/** Where a subgraph's GraphQL endpoint is: `<NAME>_URL`, else on this host at `<NAME>_PORT`. */
export const configuredSubgraphUrl = (settings: Config, name: SubgraphName): string =>
  settings[urlSetting(name)] ?? `http://127.0.0.1:${settings[portSetting(name)]}/graphql`;

/** The validated configuration of this process, read once. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests and the embedded launcher adjust settings before services start. */
export function overrideConfig(overrides: Partial<Config>): Config {
  cached = { ...config(), ...overrides };
  return cached;
}

/** Prints a start-up failure as the operator should read it: its line and its hint, no stack trace. */
export function reportStartupError(error: StartupError): void {
  console.error(error.hint ? `${error.message}\n  ${error.hint}` : error.message);
}

/**
 * Runs start-up checks (configuration, required secrets) and, when one fails, prints its
 * message — not a stack trace — and exits: a misconfigured service should say what to fix.
 */
export function failFast<Result>(check: () => Result): Result {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    reportStartupError(error);
    process.exit(1);
  }
}
