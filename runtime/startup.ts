import { config, reportStartupError, StartupError, type Config } from './config';
import { postgresDatabase } from './database-startup';
import { logLevel } from './logger';
import { portSetting, SUBGRAPH_NAMES } from './subgraph-names';

/**
 * The one start-up path of both launchers (`scripts/serve.ts`, `scripts/start.ts`): whatever stops
 * a service from starting ends in one line naming the setting or file and what is wrong, a short
 * hint, and exit code 1 — never a stack trace. Failures with a cause an operator can fix are
 * StartupErrors where they are found (config.ts, data-files.ts, secrets.ts, database-startup.ts);
 * the machine's own (a port in use) are recognised here.
 */
export async function startup<Result>(work: () => Promise<Result> | Result): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    const failure = startupError(error);
    reportStartupError(failure);
    // Unexpected: the details are for whoever asked for them.
    if (failure.cause && ['debug', 'trace'].includes(levelOrInfo())) console.error(failure.cause);
    process.exit(1);
  }
}

const levelOrInfo = () => {
  try {
    return logLevel(config());
  } catch {
    return 'info';
  }
};

type ListenFailure = NodeJS.ErrnoException & { port?: number; address?: string };

/** A start-up failure in an operator's words. */
export function startupError(error: unknown): StartupError {
  if (error instanceof StartupError) return error;
  const failure = error as ListenFailure;
  if (failure?.syscall === 'listen' && failure.port !== undefined) {
    const setting = portSettingsOf(failure.port);
    if (failure.code === 'EADDRINUSE')
      return new StartupError(
        `Port ${failure.port} is in use (${setting})`,
        'stop the other process or choose another port',
      );
    if (failure.code === 'EACCES')
      return new StartupError(
        `Port ${failure.port} may not be opened by this user (${setting})`,
        'choose a port above 1023',
      );
    if (failure.code === 'EADDRNOTAVAIL')
      return new StartupError(
        `HOST=${failure.address} is not an address of this machine`,
        'set HOST to one of its addresses, or 0.0.0.0 for all of them',
      );
  }
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return Object.assign(
    new StartupError(`Start-up failed: ${message}`, 'unexpected; LOG_LEVEL=debug also prints the stack trace'),
    { cause: error },
  );
}

/** The settings that asked for `port` (several services may have been given the same one). */
function portSettingsOf(port: number): string {
  const settings = config();
  const names = [
    ...(settings.PORT === port ? ['PORT'] : []),
    ...SUBGRAPH_NAMES.map(portSetting).filter((name) => settings[name] === port),
  ];
  return names.join(', ') || 'a port given by the caller';
}

/** Where the data is: the database server and database, or the SQLite folder; never a password. */
export const storageSummary = (settings: Config): string =>
  settings.DATABASE_URL
    ? `PostgreSQL at ${postgresDatabase(settings.DATABASE_URL)} (a schema per subgraph)`
    : `SQLite files in ${settings.DATA_DIR}/`;

/** `host:port` of a Redis URL, without its password. */
export function redisServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 6379}`;
}

/** Whether Redis answers a PING within `timeoutMs`, on a connection of its own that is closed again. */
export async function pingRedis(url: string, timeoutMs = 2_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than "Connection is closed".
  let cause: NodeJS.ErrnoException | undefined;
  client.on('error', (error: NodeJS.ErrnoException) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
    return { ok: true };
  } catch (error) {
    const failure = cause ?? (error as NodeJS.ErrnoException);
    return { ok: false, reason: failure.code ?? failure.message };
  } finally {
    client.disconnect();
  }
}

/** What the shared cache is, checked now: the banner and the "ready" line say the truth. */
export async function cacheSummary(settings: Config): Promise<{ cache: string; cacheConnected?: boolean }> {
  if (!settings.REDIS_URL) return { cache: 'in-process' };
  const where = redisServer(settings.REDIS_URL);
  const answer = await pingRedis(settings.REDIS_URL);
  if (answer.ok) return { cache: `Redis at ${where} (connected)`, cacheConnected: true };
  return {
    cache: `Redis at ${where} is unreachable (${answer.reason}): no shared cache and rate limits counted per process until it answers`,
    cacheConnected: false,
  };
}
