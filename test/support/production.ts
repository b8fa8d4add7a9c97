import { randomBytes } from 'node:crypto';
import { config, overrideConfig, type Config } from '../../runtime/config';
import { startTestStack, type TestStack } from './stack';

/**
 * The test stack as production runs it, in this process: NODE_ENV=production (no introspection, no
 * GraphiQL, no suggestions, unexpected failures masked), with secrets of its own as production
 * requires. Express reads NODE_ENV from the environment when an app is made, so it is production for
 * the apps this starts, and set back at once for whatever else runs in this worker; the settings are
 * set back when the stack stops.
 */
export async function startProductionStack(settings: Partial<Config> = {}): Promise<TestStack> {
  const before = config();
  overrideConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PRINCIPAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    // Production's default: no proxy is trusted (the suite's other stacks trust loopback).
    TRUST_PROXY: [],
    ...settings,
  });
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let stack: TestStack;
  try {
    stack = await startTestStack();
  } catch (error) {
    overrideConfig(before);
    throw error;
  } finally {
    process.env.NODE_ENV = environment;
  }
  return {
    ...stack,
    async stop() {
      await stack.stop();
      overrideConfig(before);
    },
  };
}

/** What one raw HTTP exchange with a service answered. */
export interface RawAnswer {
  status: number;
  contentType: string | null;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export async function exchange(url: string | URL, init: RequestInit = {}): Promise<RawAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}

/**
 * Why an answer is not a GraphQL response with a code on every error, or null when it is: a JSON
 * object with `data` or a non-empty `errors` list, each error a message and `extensions.code`.
 */
export function notGraphQLResponse(answer: RawAnswer): string | null {
  if (!/^application\/(graphql-response\+)?json/.test(answer.contentType ?? ''))
    return `content type ${answer.contentType}`;
  const body = answer.json as { data?: unknown; errors?: unknown } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'not a JSON object';
  if (!('data' in body) && !('errors' in body)) return 'neither data nor errors';
  if ('errors' in body) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) return 'errors is not a non-empty list';
    for (const error of body.errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
      if (typeof error?.message !== 'string') return 'an error without a message';
      if (typeof error.extensions?.code !== 'string') return `an error without a code: ${error.message}`;
    }
  }
  return null;
}
