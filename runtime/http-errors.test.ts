import { request as httpRequest } from 'node:http';
import express from 'express';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, listen } from './http';
import { answerClientErrors, httpErrorHandler, notFoundHandler, requireJsonBody } from './http-errors';

/** A small Express app wired as the services wire theirs, with a logger that remembers what it was told. */
const logged: { level: string; message: string }[] = [];
const log = {
  error: (_fields: unknown, message: string) => logged.push({ level: 'error', message }),
} as unknown as Logger;

let base = '';
let stop: () => Promise<void>;
beforeAll(async () => {
  const app = express();
  app.get('/broken', () => {
    throw new Error('secret detail: connection string postgres://user:password@db');
  });
  app.all('/graphql', requireJsonBody, express.json({ limit: '1kb' }), (_request, response) => {
    response.json({ data: { ok: true } });
  });
  app.use(notFoundHandler('/graphql'), httpErrorHandler(log));
  const { server, port } = await listen(app, 0, '127.0.0.1');
  answerClientErrors(server);
  base = `http://127.0.0.1:${port}`;
  stop = () => close(server);
});
afterAll(async () => {
  await stop?.();
});

async function answer(path: string, init?: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: response.status, type: response.headers.get('content-type'), body };
}

const post = (body: string, type = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': type },
  body,
});

describe('HTTP errors are answered as GraphQL errors', () => {
  it('answers a body that is not JSON with 400 BAD_REQUEST, without quoting it back', async () => {
    const answered = await answer('/graphql', post('{"query": "secret'));
    expect(answered).toMatchObject({ status: 400, type: expect.stringMatching(/^application\/json/) });
    expect(answered.body).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const answered = await answer('/graphql', post(JSON.stringify({ query: 'x'.repeat(2_000) })));
    expect(answered.status).toBe(413);
    expect(answered.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a POST body of another type with 415 UNSUPPORTED_MEDIA_TYPE, and an unsupported charset too', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const answered = await answer('/graphql', post('{ viewer { role } }', type));
      expect([type, answered.status, answered.body.errors[0].extensions.code]).toEqual([
        type,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ]);
    }
    const latin1 = await answer('/graphql', post('{}', 'application/json; charset=latin1'));
    expect([latin1.status, latin1.body.errors[0].extensions.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('answers any other path with 404 NOT_FOUND naming where GraphQL is', async () => {
    const answered = await answer('/graphql/extra', post('{}'));
    expect(answered.status).toBe(404);
    expect(answered.body.errors[0]).toEqual({
      message: 'Nothing is served at this path; GraphQL is served at /graphql',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('logs an unexpected failure once at error level and tells the client nothing of it', async () => {
    logged.length = 0;
    const answered = await answer('/broken');
    expect(answered.status).toBe(500);
    expect(answered.body).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(logged).toEqual([{ level: 'error', message: 'request failed outside GraphQL' }]);
  });

  it('answers a request Node cannot parse with a JSON 400 instead of a bare status line', async () => {
    const raw = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const request = httpRequest(`${base}/graphql`, { method: 'GET', headers: { 'x-bad': 'a'.repeat(20_000) } });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode, body }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(raw.status).toBe(431);
    expect(JSON.parse(raw.body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
