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
    expect(failure).toContain('DATABASE_URL: must be a postgres:// URL');
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
      'MIGRATIONS_DATABASE_URL: must be a postgres:// URL',
    );
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ REDIS_URL: '', PORT: '' }).PORT).toBe(4000);
  });
});
