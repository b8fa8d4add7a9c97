import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINCIPAL_HEADER, PrincipalSchema, signPrincipal } from '../runtime/principal';
import { signingSecret } from '../runtime/secrets';
import { startGateway, type RunningGateway } from '../gateway/src/server';
import { createScratchCache } from '../scripts/stack';
import { graphql } from './__generated__';
import type { TypedDocumentString } from './__generated__/graphql';
import { file, newFacilityId, submission } from './grievances/fixtures';
import { addFacility, addOrganization } from './support/registry';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * The gateway signs each subgraph request for that subgraph and that body. Someone who captures
 * the headers of one request between gateway and subgraphs cannot send them with another body —
 * another query, or `_entities` representations naming another facility's owner — nor to another
 * subgraph. Facility.grievances trusts the owner in the representation (@requires) only because
 * the representation is part of the signed body.
 *
 * The capture is real: a second gateway sends its grievances requests through a recording relay.
 */
const VICTIM = 'org-binding-victim-supplier';
const ATTACKER = 'org-binding-attacker-supplier';
const VICTIMS_FACILITY = newFacilityId('BD');
const ATTACKERS_FACILITY = newFacilityId('BD');

const OWN_FACILITY_CASES = graphql(`
  query PrincipalBindingFacilityCases($id: ID!) {
    facility(id: $id) {
      id
      grievances(first: 10) {
        totalCount
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);

interface Captured {
  headers: Record<string, string>;
  body: string;
}

let stack: TestStack;
let relay: Server;
let watched: RunningGateway;
let watchedCache: ReturnType<typeof createScratchCache>;
const captured: Captured[] = [];
const cases: { victim: string[]; attacker: string[] } = { victim: [], attacker: [] };
let attackerToken: string;

/** Passes requests on to `target` unchanged, keeping a copy of each (an eavesdropper's view). */
async function recordingRelay(target: string): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => !['host', 'connection', 'content-length', 'keep-alive'].includes(name))
          .map(([name, value]) => [name, String(value)]),
      );
      captured.push({ headers, body });
      void fetch(target, { method: 'POST', headers, body }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(await answer.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const relayUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function send(url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

async function throughWatchedGateway<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  token: string,
) {
  const response = await fetch(watched.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return { ...((await response.json()) as { data?: Result; errors?: unknown[] }), status: response.status };
}

/** The attacker's own, legitimate request for its own facility, as the relay saw it. */
async function captureOwnRequest(): Promise<Captured> {
  captured.length = 0;
  const own = await throughWatchedGateway(OWN_FACILITY_CASES, { id: ATTACKERS_FACILITY }, attackerToken);
  expect(own.errors).toBeUndefined();
  const entities = captured.find((request) => request.body.includes('_entities'));
  expect(entities?.body).toContain(ATTACKER);
  return entities!;
}

beforeAll(async () => {
  stack = await startTestStack();
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, VICTIM, 'SUPPLIER', 'BD');
  addOrganization(suppliers, ATTACKER, 'SUPPLIER', 'BD');
  addFacility(suppliers, VICTIMS_FACILITY, VICTIM);
  addFacility(suppliers, ATTACKERS_FACILITY, ATTACKER);
  await suppliers.flush();
  // Anonymous workers name no owner: only Facility.grievances, for the facility's owner, shows these cases.
  for (const summary of ['Locked fire exit on the second floor', 'Wages withheld for two months'])
    cases.victim.push((await file(stack, submission({ facility: { id: VICTIMS_FACILITY }, summary }))).grievance.id);
  cases.attacker.push((await file(stack, submission({ facility: { id: ATTACKERS_FACILITY } }))).grievance.id);
  attackerToken = await stack.token({ role: 'SUPPLIER', organizationId: ATTACKER });

  relay = await recordingRelay(stack.subgraphs.grievances.url);
  watchedCache = createScratchCache();
  watched = await startGateway({
    port: 0,
    host: '127.0.0.1',
    cache: watchedCache.cache,
    subgraphUrls: {
      ...Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
      grievances: relayUrl(relay),
    },
  });
});

afterAll(async () => {
  await watched?.stop();
  await watchedCache?.clear();
  if (relay) {
    relay.closeAllConnections();
    await new Promise((resolve) => relay.close(resolve));
  }
  await stack?.stop();
});

describe('a signature bound to its subgraph and body', () => {
  it('lets the gateway’s own requests through, and an unchanged replay within the validity window', async () => {
    const own = await throughWatchedGateway(OWN_FACILITY_CASES, { id: ATTACKERS_FACILITY }, attackerToken);
    expect(own.data?.facility?.grievances?.edges.map((edge) => edge.node.id)).toEqual(cases.attacker);
    const request = await captureOwnRequest();
    const replay = await send(stack.subgraphs.grievances.url, request.headers, request.body);
    expect(replay.status).toBe(200);
  });

  it('refuses captured headers with a forged facility owner in the _entities representations', async () => {
    const request = await captureOwnRequest();
    // "The attacker owns the victim's facility": the same representation, another facility id.
    const forged = request.body.replaceAll(ATTACKERS_FACILITY, VICTIMS_FACILITY);
    expect(forged).not.toBe(request.body);
    const response = await send(stack.subgraphs.grievances.url, request.headers, forged);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain(cases.victim[0]);
  });

  it('would have shown the victim’s cases to a body signed for it — which only the gateway can sign', async () => {
    // Why the representations must be covered: the subgraph believes the owner it is sent.
    const request = await captureOwnRequest();
    const forged = request.body.replaceAll(ATTACKERS_FACILITY, VICTIMS_FACILITY);
    const principal = PrincipalSchema.parse(
      JSON.parse(Buffer.from(request.headers[PRINCIPAL_HEADER], 'base64url').toString('utf8')),
    );
    const headers = {
      'content-type': 'application/json',
      ...signPrincipal(principal, signingSecret(), { subgraph: 'grievances', body: forged }),
    };
    const response = await send(stack.subgraphs.grievances.url, headers, forged);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain(cases.victim[0]);
  });

  it('refuses captured headers with another query', async () => {
    const request = await captureOwnRequest();
    const other = JSON.stringify({ query: '{ grievances(first: 50) { totalCount edges { node { id summary } } } }' });
    const response = await send(stack.subgraphs.grievances.url, request.headers, other);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the same body re-serialized: the signature covers the exact bytes', async () => {
    const request = await captureOwnRequest();
    const respaced = JSON.stringify(JSON.parse(request.body), null, 1);
    const response = await send(stack.subgraphs.grievances.url, request.headers, respaced);
    expect(response.status).toBe(401);
  });

  it('refuses captured headers and body sent to another subgraph', async () => {
    const request = await captureOwnRequest();
    for (const name of ['suppliers', 'inspections', 'agreements'] as const) {
      const response = await send(stack.subgraphs[name].url, request.headers, request.body);
      expect([name, response.status]).toEqual([name, 401]);
      expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps the facility owner’s view through the gateway, where the registry names the owner', async () => {
    const victimToken = await stack.token({ role: 'SUPPLIER', organizationId: VICTIM });
    const owner = dataOf(await stack.query(OWN_FACILITY_CASES, { id: VICTIMS_FACILITY }, { token: victimToken }));
    expect(owner.facility?.grievances?.edges.map((edge) => edge.node.id).sort()).toEqual([...cases.victim].sort());
    const stranger = dataOf(await stack.query(OWN_FACILITY_CASES, { id: VICTIMS_FACILITY }, { token: attackerToken }));
    expect(stranger.facility?.grievances?.totalCount).toBe(0);
  });
});
