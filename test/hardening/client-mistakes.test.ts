import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest } from '../../runtime/principal';
import { signingSecret } from '../../runtime/secrets';
import type { TestStack } from '../support/stack';
import { exchange, notGraphQLResponse, startProductionStack, type RawAnswer } from '../support/production';

/**
 * What outside testers found a production gateway doing with clients' own mistakes — 500s, HTML
 * error pages, SQL in messages, limits that did not count — each answered now with a 4xx status
 * and a coded GraphQL error. Every GraphQL request here speaks for a caller of its own (the rate
 * limit counts per caller), but for the last test's, which are about the public's address.
 */
const RATE_LIMIT = 40;

let stack: TestStack;
beforeAll(async () => {
  stack = await startProductionStack({ RATE_LIMIT_PER_MINUTE: RATE_LIMIT });
});
afterAll(async () => {
  await stack?.stop();
});

/** A union member's token with a subject no other test shares. */
const caller = () =>
  stack.token({ role: 'UNION', organizationId: 'org-mekong-textile-workers-union', subject: `user-${randomUUID()}` });

async function ask(
  body: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<RawAnswer> {
  const token = options.token ?? (await caller());
  return exchange(new URL(options.path ?? '/', stack.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...options.headers },
    body: JSON.stringify(body),
  });
}

const errorsOf = (answer: RawAnswer) =>
  (answer.json as { errors?: { message: string; extensions: { code: string; issues?: { path: unknown[] }[] } }[] })
    .errors ?? [];

/** The answer is a GraphQL error response with this status and, first, this code. */
function expectRefused(answer: RawAnswer, status: number, code: string) {
  expect(notGraphQLResponse(answer)).toBeNull();
  expect([answer.status, errorsOf(answer)[0]?.extensions.code]).toEqual([status, code]);
}

const SUBMIT_GRIEVANCE = `mutation ClientMistakeSubmit($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) { userErrors { code } }
}`;

describe('client mistakes are 4xx with a coded GraphQL error, never 500', () => {
  it('answers a variable the operation uses but the request does not supply with 400 BAD_USER_INPUT', async () => {
    const query = await ask({ query: 'query ClientMistakeFacility($id: ID!) { facility(id: $id) { name } }' });
    expectRefused(query, 400, 'BAD_USER_INPUT');
    // A mutation that names a facility is looked up at the gateway first: that lookup read the missing input.
    const mutation = await ask({ query: SUBMIT_GRIEVANCE, variables: { key: randomUUID() } });
    expectRefused(mutation, 400, 'BAD_USER_INPUT');
    expect(errorsOf(mutation)[0].extensions.issues?.[0].path).toEqual(['$input']);
  });

  it('answers null for a non-null argument with 400 BAD_USER_INPUT, also through a variable default', async () => {
    expectRefused(
      await ask({ query: SUBMIT_GRIEVANCE, variables: { input: null, key: randomUUID() } }),
      400,
      'BAD_USER_INPUT',
    );
    const throughDefault = await ask({
      query: `mutation ClientMistakeLink($facility: ID = "BD2024001ABCDE7") {
        linkGrievanceToFacility(id: "grievance-1", facilityId: $facility, expectedVersion: 1) { userErrors { code } }
      }`,
      variables: { facility: null },
    });
    expectRefused(throughDefault, 400, 'BAD_USER_INPUT');
    expect(errorsOf(throughDefault)[0].message).toMatch(/facilityId.*must not be null/);
  });

  it('answers a subscription with 400 saying that this endpoint does not serve them', async () => {
    const answer = await ask({ query: 'subscription ClientMistakeSubscription { viewer { role } }' });
    expectRefused(answer, 400, 'BAD_REQUEST');
    expect(errorsOf(answer)[0].message).toMatch(/Subscriptions are not supported/);
  });

  it('answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const answer = await ask({ query: 'query ClientMistakeViewer { viewer { role } }', operationName: 'Elsewhere' });
    expectRefused(answer, 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(errorsOf(answer)[0].message).toBe('Unknown operation named "Elsewhere"');
  });

  it('answers a NUL byte in an id with 400 BAD_USER_INPUT naming the argument, not an internal error', async () => {
    for (const id of ['org-\u0000atlas', 'org-\u0007atlas']) {
      const answer = await ask({
        query: 'query ClientMistakeOrganization($id: ID!) { organization(id: $id) { name } }',
        variables: { id },
      });
      expectRefused(answer, 400, 'BAD_USER_INPUT');
      expect(errorsOf(answer)[0].extensions.issues?.[0].path).toEqual(['organization', 'id']);
    }
    const literal = await ask({ query: '{ grievance(id: "g\\u0000") { id } }' });
    expectRefused(literal, 400, 'BAD_USER_INPUT');
    expect(literal.text).not.toMatch(/select|insert|from "|invalid byte sequence/i);
  });

  it('answers over-long ids and strings with 400 BAD_USER_INPUT naming the argument path', async () => {
    const longId = await ask({ query: `{ organization(id: "${'o'.repeat(201)}") { name } }` });
    expectRefused(longId, 400, 'BAD_USER_INPUT');
    expect(errorsOf(longId)[0].message).toMatch(/organization\.id: is longer than 200 characters/);
    const longSearch = await ask({
      query: 'query ClientMistakeSearch($search: String) { facilities(filter: { search: $search }) { totalCount } }',
      variables: { search: 'spinning mill '.repeat(60_000) },
    });
    expectRefused(longSearch, 400, 'BAD_USER_INPUT');
    expect(errorsOf(longSearch)[0].extensions.issues?.[0].path).toEqual(['facilities', 'filter', 'search']);
  });

  it('caps a facility search at 200 characters in the registry itself', async () => {
    const answer = await ask({
      query:
        'query ClientMistakeShortSearch($search: String) { facilities(filter: { search: $search }) { totalCount } }',
      variables: { search: 'mill '.repeat(41) },
    });
    expect(notGraphQLResponse(answer)).toBeNull();
    expect(errorsOf(answer)[0]).toMatchObject({
      message: 'filter.search is longer than 200 characters',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('counts __typename aliases toward the alias limit', async () => {
    const aliases = Array.from({ length: 101 }, (_, index) => `t${index}: __typename`).join(' ');
    const answer = await ask({ query: `{ ${aliases} }` });
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(errorsOf(answer)[0].message).toMatch(/Aliases limit of 30 exceeded, found 101/);
  });

  it('gives no "Did you mean" suggestions in production, for fields, enum values, arguments or types', async () => {
    const mistakes = [
      '{ facilitiez(first: 1) { totalCount } }',
      '{ grievances(filter: { status: [RECEIVD] }) { totalCount } }',
      '{ facilities(frist: 1) { totalCount } }',
      'query ClientMistakeType($f: FacilityFiltr) { facilities(filter: $f) { totalCount } }',
    ];
    for (const query of mistakes) {
      const answer = await ask({ query });
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.text).not.toMatch(/Did you mean/);
    }
    const variable = await ask({
      query: 'query ClientMistakeEnum($s: [GrievanceStatus!]) { grievances(filter: { status: $s }) { totalCount } }',
      variables: { s: ['RECEIVD'] },
    });
    expectRefused(variable, 400, 'BAD_USER_INPUT');
    expect(variable.text).not.toMatch(/Did you mean|"RECEIVED"/);
  });

  it('keeps introspection closed in production, but for whether a type of a name exists', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Facility") { fields { name } } }',
      '{ __type(name: "Facility") { ...on __Type { name } } }',
    ]) {
      const answer = await ask({ query });
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(errorsOf(answer)[0].message).toMatch(/introspection has been disabled/);
    }
    const exists = await ask({
      query: '{ facility: __type(name: "Facility") { name } nothing: __type(name: "X") { name } }',
    });
    expect(exists.json).toEqual({ data: { facility: { name: 'Facility' }, nothing: null } });
  });

  it('counts requests that fail to parse or validate toward the rate limit', async () => {
    const token = await caller();
    const statuses: number[] = [];
    for (let request = 0; request < RATE_LIMIT; request++) {
      const query = request % 2 ? '{ facilities(first: 1) { totalCount ' : '{ nothingHere }';
      statuses.push((await ask({ query }, { token })).status);
    }
    expect(new Set(statuses)).toEqual(new Set([400]));
    expectRefused(await ask({ query: '{ viewer { role } }' }, { token }), 429, 'RATE_LIMITED');
  });

  it('serves GraphQL at / only: any other path is 404 NOT_FOUND, at the gateway and at a subgraph', async () => {
    for (const path of ['/graphql', '/api', '/%2e%2e/x']) {
      expectRefused(await ask({ query: '{ viewer { role } }' }, { path }), 404, 'NOT_FOUND');
    }
    expectRefused(await exchange(new URL('/anything?query={__typename}', stack.gateway.url)), 404, 'NOT_FOUND');
    expectRefused(await exchange(new URL('/graphiql/missing.js', stack.gateway.url)), 404, 'NOT_FOUND');
    expectRefused(await exchange(`${stack.subgraphs.suppliers.url}/extra`, { method: 'POST' }), 404, 'NOT_FOUND');
    expectRefused(await exchange(stack.subgraphs.suppliers.url.replace(/graphql$/, 'other')), 404, 'NOT_FOUND');
  });

  it('answers malformed bodies as GraphQL JSON (400, 413, 415), with no stack trace on stderr', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    const consoleError = vi.spyOn(console, 'error');
    try {
      const post = (body: string, type = 'application/json') =>
        exchange(stack.gateway.url, { method: 'POST', headers: { 'content-type': type }, body });
      expectRefused(await post('{"query": '), 400, 'BAD_REQUEST');
      expectRefused(await post('"just a string"'), 400, 'BAD_REQUEST');
      expectRefused(
        await post(JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(1_100_000)}` })),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      expectRefused(
        await post('query=%7Bviewer%7Brole%7D%7D', 'application/x-www-form-urlencoded'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expectRefused(await post('{ viewer { role } }', 'application/graphql'), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(stderr).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      consoleError.mockRestore();
    }
  });

  it('refuses a control character at a subgraph too (defence in depth), passing the code on through the gateway', async () => {
    const answer = await exchange(
      stack.subgraphs.suppliers.url,
      signedGraphQLRequest({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, signingSecret(), 'suppliers', {
        query: 'query ($id: ID!) { organization(id: $id) { name } }',
        variables: { id: 'org-\u0000' },
      }),
    );
    // 200, so that the gateway relays the error and its code rather than failing the whole fetch.
    expectRefused(answer, 200, 'BAD_USER_INPUT');
    expect(errorsOf(answer)[0].extensions.issues?.[0].path).toEqual(['organization', 'id']);
  });

  it('keys the public rate limit on the connection, whatever X-Forwarded-For says (no proxy is trusted)', async () => {
    const statuses: number[] = [];
    for (let request = 0; request <= RATE_LIMIT; request++) {
      const answer = await exchange(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${request}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, RATE_LIMIT).every((status) => status === 200)).toBe(true);
    expect(statuses[RATE_LIMIT]).toBe(429);
  });
});
