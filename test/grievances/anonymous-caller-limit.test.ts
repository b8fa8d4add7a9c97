import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRONG_SECRETS_PER_CALLER } from '../../subgraphs/grievances/src/queries/tracking';
import { graphql } from '../__generated__';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const STATUS = graphql(`
  query AnonymousCallerLimitStatus($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      status
    }
  }
`);
const code = (n: number) => `GRV-${String(n).padStart(4, '0')}-ZZZZ`;

describe('guessing tracking codes without an account', () => {
  it('refuses one anonymous caller after too many wrong secrets across different codes', async () => {
    for (let attempt = 0; attempt < WRONG_SECRETS_PER_CALLER; attempt++) {
      const response = await stack.query(STATUS, { code: code(attempt), secret: 'not-the-secret' });
      expect(response.data?.grievanceStatus ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const refused = await stack.query(STATUS, { code: code(9999), secret: 'not-the-secret' });
    expect(refused.status).toBe(200);
    expect(refused.data?.grievanceStatus ?? null).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
