import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { StartupError } from './config';
import { logger } from './logger';

/**
 * What a service does about its database before it serves: wait for a PostgreSQL server that is
 * not up yet (containers start in any order), and turn the failures an operator can fix into one
 * line naming the setting or file.
 */

const BACKOFF = { initialMs: 250, maxMs: 5_000 };

/**
 * The wait before retry `attempt` (1, 2, …): doubling from 250 ms up to 5 s, and from half to all
 * of that at random, so that replicas started together do not knock in step.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.initialMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `host:port` of a PostgreSQL URL: what logs and messages name, never its password. */
export function postgresServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}`;
}

/** `host:port/database` of a PostgreSQL URL, without credentials. */
export const postgresDatabase = (url: string): string =>
  `${postgresServer(url)}${decodeURIComponent(new URL(url).pathname) || '/'}`;

const codeOf = (error: unknown) => (error as { code?: unknown }).code as string | undefined;
/** A PostgreSQL SQLSTATE: the server answered (unlike ECONNREFUSED, ENOTFOUND, a timeout). */
const answered = (code: string | undefined) => code !== undefined && /^[0-9A-Z]{5}$/.test(code);
/** The server answered "not now": starting up, or out of connections. */
const BUSY = new Set(['57P03', '53300']);

const credentialsRefused = (where: string, code: string) =>
  new StartupError(
    `PostgreSQL at ${where} refused the user or password in DATABASE_URL (${code})`,
    'correct the credentials in DATABASE_URL',
  );

/**
 * Resolves once the PostgreSQL server of `url` answers, retrying with backoff for `timeoutSeconds`
 * (DATABASE_CONNECT_TIMEOUT_SECONDS) and logging each retry; then gives up with a StartupError.
 * A database that does not exist yet counts as an answer: opening the database creates it.
 */
export async function waitForPostgres(url: string, timeoutSeconds: number, log = logger('database')): Promise<void> {
  const where = postgresServer(url);
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: Math.min(5_000, Math.max(1_000, deadline - Date.now())),
    });
    let failure: unknown;
    try {
      await client.connect();
    } catch (error) {
      failure = error;
    }
    await client.end().catch(() => undefined);
    const code = failure === undefined ? undefined : codeOf(failure);
    if (failure === undefined || (answered(code) && !BUSY.has(code!) && !code!.startsWith('28'))) return;
    if (code?.startsWith('28')) throw credentialsRefused(where, code);
    const reason = code ?? ((failure as Error).message || 'no answer');
    const delay = Math.min(retryDelay(attempt), deadline - Date.now());
    if (delay <= 0)
      throw new StartupError(
        `PostgreSQL at ${where} did not answer within ${timeoutSeconds} s (DATABASE_URL): ${reason}`,
        'start PostgreSQL or correct DATABASE_URL; DATABASE_CONNECT_TIMEOUT_SECONDS says how long to wait',
      );
    log.warn(
      { database: where, attempt, retryInMs: delay, reason },
      `PostgreSQL at ${where} did not answer (${reason}); retrying in ${delay} ms`,
    );
    await sleep(delay);
  }
}

/** Where a database lives, for the messages below. */
export type DatabaseLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };

/**
 * The StartupError for a database failure an operator can fix, or the error itself. Driver errors
 * carry no file name or setting: the location is added here.
 */
export function databaseStartupError(error: unknown, location: DatabaseLocation): unknown {
  if (error instanceof StartupError) return error;
  const code = codeOf(error) ?? '';
  if (location.dialect === 'sqlite') {
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      return new StartupError(
        `${location.file} is not a SQLite database (corrupt?)`,
        'move it away or restore a backup',
      );
    if (/^SQLITE_(READONLY|CANTOPEN|PERM|IOERR)/.test(code))
      return new StartupError(
        `${location.file} cannot be opened for writing (${code})`,
        'make it and DATA_DIR writable for this user, or set DATA_DIR to a writable folder',
      );
    return error;
  }
  const where = postgresDatabase(location.url);
  if (code.startsWith('28')) return credentialsRefused(where, code);
  if (code === '42501')
    return new StartupError(
      `PostgreSQL at ${where} denies the user in DATABASE_URL what start-up needs (${code})`,
      'let it create the database, a schema and tables (CREATE on the database), or use a user that may',
    );
  return error;
}
