import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCache } from '../runtime/cache';
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
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports itself degraded on /health, naming the subgraph', async () => {
    const health = await fetch(new URL('/health', stack.gateway.url));
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'degraded',
      subgraphs: { grievances: 'unavailable', suppliers: 'ok' },
    });
  });
});

describe('Redis is down', () => {
  let stack: TestStack;
  // Nothing listens on port 1: every cache call fails, as with a Redis outage.
  const unreachable = new RedisCache('redis://127.0.0.1:1', 'lcg-down:');
  beforeAll(async () => {
    stack = await startTestStack({ cache: unreachable });
    await withFacility(stack);
  });
  afterAll(async () => {
    await stack?.stop();
    await unreachable.close();
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
});
