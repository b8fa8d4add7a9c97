import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PRINCIPAL, signPrincipal } from '../runtime/principal';
import { jwtSecret, signingSecret } from '../runtime/secrets';
import { graphql } from './__generated__';
import { startTestStack, type TestStack } from './support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const hmacToken = (claims: Record<string, unknown>) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('labour-cooperation-graph')
    .setAudience('labour-cooperation-graph');

// Typed documents for the requests that are valid GraphQL. The deliberately broken ones (a parse
// error, an unknown field, a variable of the wrong type) stay plain strings: codegen would reject
// them, and these tests read only their status and errors, never their data.
const VIEWER_ROLE = graphql(`
  query GatewayViewerRole {
    viewer {
      role
    }
  }
`);
const OVERSIZED_PAGE = graphql(`
  query GatewayOversizedPage {
    facilities(first: 1000) {
      totalCount
    }
  }
`);
const TOO_DEEP = graphql(`
  query GatewayTooDeep {
    facilities(first: 1) {
      edges {
        node {
          owner {
            facilities {
              edges {
                node {
                  owner {
                    facilities {
                      edges {
                        node {
                          owner {
                            facilities {
                              edges {
                                node {
                                  id
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('bad requests get a coded GraphQL error, never a 500 or a stack trace', () => {
  it('answers a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const response = await stack.query<unknown>('{ facilities(first: 1) { totalCount ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await stack.query<unknown>('{ facilities(first: 1) { totalCount colourOfTheDoor } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const response = await stack.query<unknown>('query ($first: Int) { facilities(first: $first) { totalCount } }', {
      first: 'twenty',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a page size over 100 with BAD_USER_INPUT and no stack trace', async () => {
    const response = await stack.query(OVERSIZED_PAGE, {});
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('rejects a request body that is not JSON without crashing', async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const health = await fetch(new URL('/health', stack.gateway.url));
    expect(health.status).toBe(200);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const response = await stack.query(TOO_DEEP, {});
    expect(response.errors?.[0].message).toMatch(/depth/i);
    expect(response.data ?? null).toBeNull();
  });
});

describe('tokens', () => {
  it('treats a request without a token as PUBLIC', async () => {
    expect((await stack.query(VIEWER_ROLE, {})).data).toEqual({ viewer: { role: 'PUBLIC' } });
  });

  it('accepts a development token and forwards its role to the subgraphs', async () => {
    const token = await stack.token({ role: 'UNION', organizationId: 'org-mekong-textile-workers-union' });
    expect((await stack.query(VIEWER_ROLE, {}, { token })).data).toEqual({ viewer: { role: 'UNION' } });
  });

  it.each([
    [
      'expired',
      async () =>
        await hmacToken({ role: 'BRAND' }).setExpirationTime('1h ago').sign(new TextEncoder().encode(jwtSecret())),
    ],
    [
      'not yet valid',
      async () =>
        await hmacToken({ role: 'BRAND' })
          .setNotBefore('1h')
          .setExpirationTime('2h')
          .sign(new TextEncoder().encode(jwtSecret())),
    ],
    [
      'signed with another secret',
      async () =>
        await hmacToken({ role: 'ADMIN' })
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('x'.repeat(40))),
    ],
    [
      'of an unknown role',
      async () =>
        await hmacToken({ role: 'OVERLORD' }).setExpirationTime('1h').sign(new TextEncoder().encode(jwtSecret())),
    ],
    ['without an expiry', async () => await hmacToken({ role: 'BRAND' }).sign(new TextEncoder().encode(jwtSecret()))],
    [
      'unsigned (alg: none)',
      async () =>
        new UnsecuredJWT({ role: 'ADMIN' })
          .setIssuer('labour-cooperation-graph')
          .setAudience('labour-cooperation-graph')
          .setExpirationTime('1h')
          .encode(),
    ],
    [
      'a regulator without a jurisdiction',
      async () =>
        await hmacToken({ role: 'REGULATOR' }).setExpirationTime('1h').sign(new TextEncoder().encode(jwtSecret())),
    ],
  ])('rejects a token %s with UNAUTHENTICATED', async (_label, make) => {
    const response = await stack.query(VIEWER_ROLE, {}, { token: await make() });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('rejects an Authorization header that is not a bearer token', async () => {
    const response = await stack.query(VIEWER_ROLE, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('subgraphs answer nothing without the gateway signature', () => {
  const operations = {
    _service: '{ _service { sdl } }',
    _entities: '{ _entities(representations: [{ __typename: "Facility", id: "BD2019309B276TS" }]) { __typename } }',
    'a root query': '{ __typename }',
  };
  const subgraphNames = ['agreements', 'inspections', 'suppliers', 'grievances'] as const;

  for (const name of subgraphNames) {
    for (const [label, query] of Object.entries(operations)) {
      it(`${name} refuses ${label} without, with a forged and with a replayed signature`, async (context) => {
        const subgraph = stack.subgraphs[name];
        if (!subgraph) return context.skip();
        const principal = {
          subject: 'mallory',
          role: 'ADMIN' as const,
          organizationId: null,
          country: null,
          scopes: [],
        };
        const body = JSON.stringify({ query });
        const signed = { subgraph: name, body };
        const attempts = [
          [{}, 401, 'UNAUTHENTICATED'],
          [signPrincipal(principal, 'not-the-shared-secret-but-long-enough-123456', signed), 401, 'UNAUTHENTICATED'],
          // Subgraphs check signatures against the real time; the TTL is at most five minutes. A genuine
          // signature past its time is refused as late.
          [signPrincipal(principal, signingSecret(), signed, Date.now() - 10 * 60_000), 504, 'DEADLINE_EXCEEDED'],
        ] as const;
        for (const [headers, status, code] of attempts) {
          const response = await post(subgraph.url, body, headers);
          const answer = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
          expect(response.status).toBe(status);
          expect(answer.data).toBeUndefined();
          expect(answer.errors[0].extensions.code).toBe(code);
        }
      });
    }
    it(`${name} answers a freshly signed request`, async (context) => {
      const subgraph = stack.subgraphs[name];
      if (!subgraph) return context.skip();
      const body = JSON.stringify({ query: '{ _service { sdl } }' });
      const headers = signPrincipal({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, signingSecret(), {
        subgraph: name,
        body,
      });
      const response = await post(subgraph.url, body, headers);
      expect(response.status).toBe(200);
    });
  }

  it('keeps /health open', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      expect((await fetch(subgraph.url.replace(/graphql$/, 'health'))).status).toBe(200);
    }
  });
});

describe('operations', () => {
  it('reports the readiness of every subgraph', async () => {
    const response = await fetch(new URL('/ready', stack.gateway.url));
    const body = (await response.json()) as { status: string; subgraphs: Record<string, string> };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(Object.values(body.subgraphs).every((status) => status === 'ready')).toBe(true);
  });

  it('serves GraphiQL from installed packages, with no CDN', async () => {
    const page = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/src="https?:|href="https?:/);
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const response = await fetch(new URL(`/graphiql/${asset}`, stack.gateway.url));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('exposes request metrics in Prometheus format', async () => {
    await stack.query(VIEWER_ROLE, {});
    await stack.query<unknown>('{ viewer { colourOfTheDoor } }');
    const response = await fetch(new URL('/metrics', stack.gateway.url));
    const metrics = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics).toMatch(/lcg_gateway_requests_total \d+/);
    expect(metrics).toMatch(/lcg_gateway_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(metrics).toMatch(/lcg_gateway_request_duration_seconds_bucket\{le="\+Inf"\} [1-9]/);
    expect(metrics).toMatch(/process_cpu_seconds_total \d/);
  });

  it("exposes each subgraph's request metrics without the gateway signature", async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      const metrics = await (await fetch(subgraph.url.replace(/graphql$/, 'metrics'))).text();
      expect(metrics).toMatch(new RegExp(`lcg_${subgraph.name}_requests_total \\d+`));
      expect(metrics).toContain(`lcg_${subgraph.name}_request_duration_seconds_count`);
    }
  });
});
