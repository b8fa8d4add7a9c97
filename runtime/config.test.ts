import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { logLevel } from './logger';

describe('configuration', () => {
  it('defaults to the embedded stores and port 4000', () => {
    const settings = parseConfig({});
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.REDIS_URL).toBeUndefined();
    expect(settings.PORT).toBe(4000);
  });

  it('fails fast naming every invalid variable', () => {
    const failure = (() => {
      try {
        parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(failure).toContain('PORT: must be a port number (0–65535)');
    expect(failure).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL with a host');
    // One line: the launchers print it as it is, with a hint below.
    expect(failure).not.toContain('\n');
    expect(failure).toContain('JWT_SECRET: JWT_SECRET must be at least 32 characters');
  });

  it('keeps tests quiet unless LOG_LEVEL asks otherwise', () => {
    expect(logLevel(parseConfig({}))).toBe('info');
    expect(logLevel(parseConfig({ NODE_ENV: 'test' }))).toBe('silent');
    expect(logLevel(parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }))).toBe('debug');
  });

  it('reads the settings of the development scripts too', () => {
    expect(parseConfig({})).toMatchObject({
      COMPOSE_HINTS: false,
      MIGRATIONS_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    expect(parseConfig({ COMPOSE_HINTS: 'true' }).COMPOSE_HINTS).toBe(true);
    expect(() => parseConfig({ MIGRATIONS_DATABASE_URL: 'mysql://x' })).toThrow(
      'MIGRATIONS_DATABASE_URL: must be a postgres:// or postgresql:// URL with a host',
    );
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ REDIS_URL: '', PORT: '' }).PORT).toBe(4000);
  });

  describe('server URLs name a scheme the client speaks and a host', () => {
    const problem = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };

    it('takes redis:// and rediss:// with a host, and nothing a client would read as a socket path', () => {
      for (const good of [
        'redis://127.0.0.1:6379',
        'redis://:secret@cache.internal:6380/2',
        'rediss://cache.example.org',
      ])
        expect(problem({ REDIS_URL: good }), good).toBeUndefined();
      for (const bad of ['redis:/x', 'redis:x', 'redis://', 'http://cache:6379', 'cache:6379', 'redis'])
        expect(problem({ REDIS_URL: bad }), bad).toMatch(
          /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL with a host/,
        );
    });

    it('takes postgres:// and postgresql:// with a host for DATABASE_URL and MIGRATIONS_DATABASE_URL', () => {
      for (const good of ['postgres://lcg:lcg@postgres:5432/lcg', 'postgresql://127.0.0.1/lcg'])
        expect(problem({ DATABASE_URL: good, MIGRATIONS_DATABASE_URL: good }), good).toBeUndefined();
      for (const bad of ['postgres:///lcg', 'postgres:lcg', 'postgresx://h/db', 'mysql://h/db']) {
        expect(problem({ DATABASE_URL: bad }), bad).toContain('DATABASE_URL: must be a postgres:// or postgresql://');
        expect(problem({ MIGRATIONS_DATABASE_URL: bad }), bad).toContain('MIGRATIONS_DATABASE_URL: must be');
      }
    });

    it('takes http(s) with a host for where the gateway finds a subgraph', () => {
      expect(problem({ AGREEMENTS_URL: 'http://agreements:4001/graphql' })).toBeUndefined();
      expect(problem({ GRIEVANCES_URL: 'https://grievances.internal/graphql' })).toBeUndefined();
      for (const bad of ['agreements:4001/graphql', 'ftp://agreements/graphql', '/graphql'])
        expect(problem({ AGREEMENTS_URL: bad }), bad).toContain('AGREEMENTS_URL: must be a http:// or https:// URL');
    });

    it('takes the JWKS over https, and over plain http only outside production', () => {
      const https = 'https://login.example.org/.well-known/jwks.json';
      const http = 'http://127.0.0.1:8080/jwks.json';
      expect(problem({ NODE_ENV: 'production', JWT_JWKS_URL: https })).toBeUndefined();
      expect(problem({ NODE_ENV: 'production', JWT_JWKS_URL: http })).toContain(
        'JWT_JWKS_URL: must be an https:// URL in production',
      );
      expect(problem({ NODE_ENV: 'development', JWT_JWKS_URL: http })).toBeUndefined();
      expect(problem({ JWT_JWKS_URL: 'file:///etc/jwks.json' })).toContain('JWT_JWKS_URL: must be');
    });

    it('never repeats a URL (and the password in it) in the message', () => {
      expect(problem({ REDIS_URL: 'redis:/hunter2-password' })).not.toContain('hunter2');
      expect(problem({ DATABASE_URL: 'postgres:///db?password=hunter2' })).not.toContain('hunter2');
    });
  });
});
