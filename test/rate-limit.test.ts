import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../runtime/config';
import { graphql } from './__generated__';
import { startTestStack, type TestStack } from './support/stack';

let stack: TestStack;
beforeAll(async () => {
  overrideConfig({ RATE_LIMIT_PER_MINUTE: 5 });
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const VIEWER_ROLE = graphql(`
  query RateLimitViewerRole {
    viewer {
      role
    }
  }
`);

describe('the gateway rate limit', () => {
  it('answers a caller over its limit with 429 and RATE_LIMITED, and counts each caller separately', async () => {
    const token = await stack.token({
      role: 'UNION',
      organizationId: 'org-mekong-textile-workers-union',
      subject: 'busy-union-user',
    });
    const statuses: number[] = [];
    for (let request = 0; request < 5; request++) statuses.push((await stack.query(VIEWER_ROLE, {}, { token })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await stack.query(VIEWER_ROLE, {}, { token });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The caller's minute started with its first request, so the refusal cannot fall in a fresh window.
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);

    const other = await stack.token({
      role: 'UNION',
      organizationId: 'org-mekong-textile-workers-union',
      subject: 'another-user',
    });
    expect((await stack.query(VIEWER_ROLE, {}, { token: other })).status).toBe(200);
  });
});
