import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { config, overrideConfig, parseConfig, StartupError } from './config';
import { databaseStartupError, postgresDatabase, retryDelay } from './database-startup';
import { cacheSummary, startupError, storageSummary } from './startup';

describe('start-up failures in an operator’s words', () => {
  it('names the setting behind a port in use, EACCES or a foreign HOST', () => {
    const before = config();
    overrideConfig({ PORT: 4100, AGREEMENTS_PORT: 4101, SUPPLIERS_PORT: 4101 });
    try {
      const listen = (code: string, port: number) =>
        startupError(Object.assign(new Error(code), { code, syscall: 'listen', port, address: '10.9.9.9' }));
      expect(listen('EADDRINUSE', 4100)).toMatchObject({
        message: 'Port 4100 is in use (PORT)',
        hint: 'stop the other process or choose another port',
      });
      expect(listen('EADDRINUSE', 4101).message).toBe('Port 4101 is in use (AGREEMENTS_PORT, SUPPLIERS_PORT)');
      expect(listen('EACCES', 4100).message).toBe('Port 4100 may not be opened by this user (PORT)');
      expect(listen('EADDRNOTAVAIL', 4100).message).toBe('HOST=10.9.9.9 is not an address of this machine');
    } finally {
      overrideConfig(before);
    }
  });

  it('keeps a StartupError as it is, and gives anything else one line', () => {
    const known = new StartupError('DATA_DIR=/x is a file, not a folder', 'set DATA_DIR to a writable folder');
    expect(startupError(known)).toBe(known);
    const unexpected = startupError(new Error('something odd\nwith a second line'));
    expect(unexpected.message).toBe('Start-up failed: something odd');
    expect(unexpected.cause).toBeInstanceOf(Error);
  });

  it('names the SQLite file that is corrupt or read-only, and the PostgreSQL server without its password', () => {
    const sqlite = { dialect: 'sqlite', file: '/data/grievances.sqlite' } as const;
    const corrupt = databaseStartupError(
      Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }),
      sqlite,
    );
    expect(corrupt).toMatchObject({
      message: '/data/grievances.sqlite is not a SQLite database (corrupt?)',
      hint: 'move it away or restore a backup',
    });
    const readOnly = databaseStartupError(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }), sqlite);
    expect((readOnly as StartupError).message).toBe(
      '/data/grievances.sqlite cannot be opened for writing (SQLITE_READONLY)',
    );
    const postgres = { dialect: 'postgresql', url: 'postgres://lcg:hunter2@db.internal:5433/lcg' } as const;
    const refused = databaseStartupError(Object.assign(new Error('x'), { code: '28P01' }), postgres) as StartupError;
    expect(refused.message).toBe(
      'PostgreSQL at db.internal:5433/lcg refused the user or password in DATABASE_URL (28P01)',
    );
    const other = new Error('a bug');
    expect(databaseStartupError(other, postgres)).toBe(other);
  });
});

describe('retrying the database', () => {
  it('doubles from 250 ms to at most 5 s, from half to all of each step at random', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((attempt) => retryDelay(attempt, () => 1))).toEqual([
      250, 500, 1000, 2000, 4000, 5000, 5000, 5000,
    ]);
    expect([1, 2, 3, 7].map((attempt) => retryDelay(attempt, () => 0))).toEqual([125, 250, 500, 2500]);
  });
});

describe('what the banner and the "ready" line say', () => {
  it('names the database server and database, never the password', () => {
    const settings = parseConfig({ DATABASE_URL: 'postgres://lcg:hunter2@db.internal:5433/lcg' });
    expect(storageSummary(settings)).toBe('PostgreSQL at db.internal:5433/lcg (a schema per subgraph)');
    expect(postgresDatabase('postgresql://db.internal/')).toBe('db.internal:5432/');
    expect(storageSummary(parseConfig({ DATA_DIR: '/var/lib/lcg' }))).toBe('SQLite files in /var/lib/lcg/');
  });

  it('says Redis is unreachable when it does not answer, and what degrades', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const summary = await cacheSummary(parseConfig({ REDIS_URL: `redis://:hunter2@127.0.0.1:${port}` }));
    expect(summary).toEqual({
      cache: `Redis at 127.0.0.1:${port} is unreachable (ECONNREFUSED): no shared cache and rate limits counted per process until it answers`,
      cacheConnected: false,
    });
    expect(await cacheSummary(parseConfig({}))).toEqual({ cache: 'in-process' });
  });

  it.runIf(config().REDIS_URL)('says Redis is connected, with its host and port', async () => {
    const url = new URL(config().REDIS_URL!);
    expect(await cacheSummary(config())).toEqual({
      cache: `Redis at ${url.hostname}:${url.port || 6379} (connected)`,
      cacheConnected: true,
    });
  });
});
