import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCache } from '../runtime/cache';
import { captureLogs } from '../runtime/logger';
import { addFacility, addOrganization, newFacilityId } from './inspections/fixtures';
import { graphql } from './__generated__';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/** A subgraph down or Redis down degrades the answer, never the whole service. */
const facilityId = newFacilityId('VN');
const FACILITY = graphql(`
  query ResilienceFacility($id: ID!) {
    facility(id: $id) {
      id
      name
      compliance {
        score
      }
      grievanceSummary {
        open
      }
    }
  }
`);
const VIEWER_ROLE = graphql(`
  query ResilienceViewerRole {
    viewer {
      role
    }
  }
`);

async function withFacility(stack: TestStack) {
  const em = stack.em('suppliers');
  addOrganization(em, 'org-resilience-supplier', 'SUPPLIER', 'VN');
  addFacility(em, facilityId, 'org-resilience-supplier');
  await em.flush();
}

describe('a subgraph is down', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    await withFacility(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('still answers what the other subgraphs can, with an error for the rest', async () => {
    await stack.subgraphs.grievances.stop();
    const response = await stack.query(FACILITY, { id: facilityId });
    expect(response.status).toBe(200);
    expect(response.data?.facility).toMatchObject({ id: facilityId, name: `Facility ${facilityId}` });
    expect(response.data?.facility?.grievanceSummary ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['facility'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'grievances' }),
      }),
    ]);
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports itself not ready on /ready, naming the subgraph, and alive on /health', async () => {
    const ready = await fetch(new URL('/ready', stack.gateway.url));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      subgraphs: { grievances: 'unavailable', suppliers: 'ready' },
    });
    expect((await fetch(new URL('/health', stack.gateway.url))).status).toBe(200);
  });
});

describe('Redis is down', () => {
  let stack: TestStack;
  let unreachable: RedisCache;
  let logs: ReturnType<typeof captureLogs>;
  const outageLines = () => logs.lines.filter((line) => /^redis unavailable/.test(line.msg ?? ''));
  beforeAll(async () => {
    logs = captureLogs();
    // Nothing listens on port 1: every cache call fails, as with a Redis outage.
    unreachable = new RedisCache('redis://127.0.0.1:1', 'lcg-down:');
    stack = await startTestStack({ cache: unreachable });
    await withFacility(stack);
  });
  afterAll(async () => {
    await stack?.stop();
    await unreachable?.close();
    logs?.release();
  });

  it('serves reads, writes and rate-limited requests without the cache', async () => {
    const read = await stack.query(FACILITY, { id: facilityId });
    expect(read.errors).toBeUndefined();
    expect(dataOf(read).facility?.id).toBe(facilityId);
    const regulator = await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-viet-nam-labour-inspectorate',
      country: 'VN',
    });
    const asRegulator = await stack.query(VIEWER_ROLE, {}, { token: regulator });
    expect(asRegulator.data).toEqual({ viewer: { role: 'REGULATOR' } });
  });

  it('logs the outage once, not at every request or reconnection attempt', async () => {
    for (let round = 0; round < 5; round++)
      expect((await stack.query(FACILITY, { id: facilityId })).errors).toBeUndefined();
    expect(outageLines()).toHaveLength(1);
    expect(outageLines()[0]).toMatchObject({ level: 40, service: 'cache' });
  });

  it('logs the return of Redis once, and a later outage once more', () => {
    const cache = new RedisCache('redis://127.0.0.1:1', 'lcg-flapping:');
    const before = outageLines().length;
    const back = () => logs.lines.filter((line) => /^redis available again/.test(line.msg ?? '')).length;
    try {
      // The connection's own events, as ioredis emits them when Redis goes away and comes back.
      cache.client.emit('error', new Error('connect ECONNREFUSED'));
      cache.client.emit('error', new Error('connect ECONNREFUSED'));
      cache.client.emit('ready');
      cache.client.emit('ready');
      cache.client.emit('error', new Error('read ECONNRESET'));
      expect(back()).toBe(1);
      expect(outageLines().length - before).toBe(2);
    } finally {
      void cache.close();
    }
  });
});
