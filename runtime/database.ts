import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MikroORM, type EntitySchema, type MigrationObject, type Options } from '@mikro-orm/core';
import pg from 'pg';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { config } from './config';
import { createPrivateFile, dataDirectory } from './data-files';
import { databaseStartupError, waitForPostgres, type DatabaseLocation } from './database-startup';
import { logger } from './logger';

export type Dialect = 'postgresql' | 'sqlite';

export interface DatabaseOptions {
  /** The subgraph that owns the tables: its PostgreSQL schema, or its SQLite file name. */
  name: string;
  /** Schemas of whichever entities: the kind of entity list MikroORM's `entities` option takes. */
  entities: EntitySchema[];
  /** `src/migrations` of the subgraph; holds one folder per dialect. */
  migrationsDir: URL;
  databaseUrl?: string;
  dataDir?: string;
  /** Counts SQL statements (N+1 tests and benchmarks read it). */
  queryCounter?: { count: number };
}

export const dialectOf = (databaseUrl: string | undefined): Dialect => (databaseUrl ? 'postgresql' : 'sqlite');

/** `.ts` when running from source (tsx, vitest), `.js` when compiled into dist/ (`npm run build`). */
const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Migrations are plain MikroORM migration classes, one folder per dialect, loaded in name order. */
async function loadMigrations(folder: string): Promise<MigrationObject[]> {
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((file) => /^Migration\d+/.test(file) && file.endsWith(MODULE_EXTENSION) && !file.endsWith('.d.ts'))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(pathToFileURL(join(folder, file)).href)) as Record<string, MigrationObject['class']>;
      const name = file.slice(0, -MODULE_EXTENSION.length);
      return { name, class: module[name] ?? Object.values(module)[0] };
    }),
  );
}

export function ormOptions(options: DatabaseOptions, migrationsList: MigrationObject[] = []): Options {
  const databaseUrl = options.databaseUrl ?? config().DATABASE_URL;
  const dialect = dialectOf(databaseUrl);
  const counter = options.queryCounter;
  const common: Options = {
    entities: options.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    // Each request forks its own EntityManager; touching the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false,
    debug: counter ? ['query'] : false,
    logger: counter
      ? (message: string) => void (message.startsWith('[query]') && counter.count++)
      : (message: string) => logger('orm').debug(message),
    migrations: {
      path: fileURLToPath(new URL(`./${dialect}`, options.migrationsDir)),
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // MikroORM would wrap each migration in pragma statements that better-sqlite3 cannot run as one.
      disableForeignKeys: false,
      snapshot: false,
      emit: 'ts',
    },
  };
  if (dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: databaseUrl,
      schema: options.name,
      pool: { min: 0, max: 10 },
      // knex's own notices (a dropped connection, when PostgreSQL restarts) go to the service's
      // JSON log like everything else, not to the console.
      driverOptions: {
        log: {
          warn: (message: string) => logger('database').warn({ subgraph: options.name }, message),
          error: (message: string) => logger('database').error({ subgraph: options.name }, message),
          deprecate: (message: string) => logger('database').debug({ subgraph: options.name }, message),
          debug: (message: string) => logger('database').debug({ subgraph: options.name }, message),
        },
      },
    };
  }
  return { ...common, driver: BetterSqliteDriver, dbName: sqliteFile(options) };
}

/** The SQLite file of a subgraph, in a DATA_DIR fit for it; created private (0600) when new. */
function sqliteFile(options: DatabaseOptions): string {
  const file = join(dataDirectory(options.dataDir ?? config().DATA_DIR), `${options.name}.sqlite`);
  createPrivateFile(file);
  return file;
}

/** Holds a PostgreSQL advisory lock named after the subgraph while `work` runs. */
async function withMigrationLock(databaseUrl: string, name: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`lcg-migrations:${name}`]);
    await work();
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [`lcg-migrations:${name}`]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Connects — waiting for a PostgreSQL server that is still starting, up to
 * DATABASE_CONNECT_TIMEOUT_SECONDS —, creates the database and schema if needed, and applies
 * pending migrations. A failure an operator can fix (unreachable server, refused credentials,
 * a corrupt or read-only SQLite file) is a StartupError naming the setting or file.
 */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const databaseUrl = options.databaseUrl ?? config().DATABASE_URL;
  const dialect = dialectOf(databaseUrl);
  const migrations = await loadMigrations(fileURLToPath(new URL(`./${dialect}`, options.migrationsDir)));
  if (databaseUrl) await waitForPostgres(databaseUrl, config().DATABASE_CONNECT_TIMEOUT_SECONDS, logger(options.name));
  const settings = ormOptions(options, migrations);
  const location: DatabaseLocation = databaseUrl
    ? { dialect: 'postgresql', url: databaseUrl }
    : { dialect: 'sqlite', file: settings.dbName! };
  let orm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(settings);
    await migrate(orm, options.name, databaseUrl);
    return orm;
  } catch (error) {
    await orm?.close().catch(() => undefined);
    throw databaseStartupError(error, location);
  }
}

async function migrate(orm: MikroORM, name: string, databaseUrl: string | undefined): Promise<void> {
  if (databaseUrl) {
    await orm.schema.ensureDatabase({ create: true });
    // Replicas of a subgraph start together: one migrates while the others wait for it.
    await withMigrationLock(databaseUrl, name, async () => {
      await orm.em.getConnection().execute(`create schema if not exists "${name}"`);
      await orm.getMigrator().up();
    });
  } else {
    // SQLite: WAL lets readers run beside the writer.
    const connection = orm.em.getConnection();
    await connection.execute('pragma journal_mode = wal');
    // A migration that changes a constraint rebuilds the table (SQLite cannot alter one) and drops
    // the old copy. With foreign keys on, that drop deletes every row referring to it (ON DELETE
    // CASCADE), and `pragma foreign_keys` does nothing inside the migration's transaction: so
    // migrations run with foreign keys off, the references are checked after, and then enforced.
    await connection.execute('pragma foreign_keys = off');
    await orm.getMigrator().up();
    const broken = await connection.execute<{ table: string; parent: string }[]>('pragma foreign_key_check');
    if (broken.length)
      throw new Error(
        `the migrations left ${broken.length} rows referring to missing ones (first: ${broken[0].table} → ${broken[0].parent})`,
      );
    await connection.execute('pragma foreign_keys = on');
  }
}
