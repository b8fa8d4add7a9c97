import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WRONG_SECRETS_PER_CALLER,
  WRONG_SECRETS_PER_CODE_AND_CALLER,
} from '../../subgraphs/grievances/src/queries/tracking';
import { startTestStack, type TestStack } from '../support/stack';
import { file, submission } from './fixtures';
import { from, TRACKING_STATUS, TRACKING_WITHDRAW, unknownCode } from './tracking-support';

/**
 * Wrong secrets slow down whoever guesses, never the worker who holds the right one. The attack:
 * anyone who learnt a tracking code (it is read out and written down, it is not a secret) sends a
 * few wrong secrets and so locks the worker out of `grievanceStatus` and `withdrawGrievance` —
 * for good, by doing it again every window. Each test below speaks from addresses of its own.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const WORKER = from('198.51.100.7');
const guess = (attempt: number) => `wrong-secret-${attempt}-aaaaaaaaaaaaaa`;

async function lookup(code: string, secret: string, options = WORKER) {
  const response = await stack.query(TRACKING_STATUS, { code, secret }, options);
  return { status: response.data?.grievanceStatus?.status ?? null, error: response.errors?.[0].extensions };
}

describe('wrong secrets on a tracking code', () => {
  it('never lock out the worker who holds the right secret, however many and from wherever', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    // One guesser far past every limit, and a guesser spread over ten more addresses.
    const guesser = from('203.0.113.66');
    for (let attempt = 0; attempt < WRONG_SECRETS_PER_CODE_AND_CALLER + 3; attempt++)
      await stack.query(TRACKING_STATUS, { code: trackingCode, secret: guess(attempt) }, guesser);
    await Promise.all(
      Array.from({ length: 10 }, (_, address) =>
        Promise.all(
          Array.from({ length: WRONG_SECRETS_PER_CODE_AND_CALLER }, (_, attempt) =>
            stack.query(TRACKING_STATUS, { code: trackingCode, secret: guess(attempt) }, from(`203.0.113.${address}`)),
          ),
        ),
      ),
    );

    expect(await lookup(trackingCode, secret!)).toEqual({ status: 'RECEIVED', error: undefined });
    const withdrawn = await stack.query(TRACKING_WITHDRAW, { code: trackingCode, secret: secret! }, WORKER);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawGrievance).toEqual({ tracking: { status: 'WITHDRAWN' }, userErrors: [] });
  });

  it('refuse the guesser on that code after five, before its secret is checked — even the right one', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    const guesser = from('203.0.113.101');
    for (let attempt = 0; attempt < WRONG_SECRETS_PER_CODE_AND_CALLER; attempt++)
      expect((await lookup(trackingCode, guess(attempt), guesser)).error?.code).toBe('NOT_FOUND');
    const refused = await lookup(trackingCode, secret!, guesser);
    expect(refused.status).toBeNull();
    expect(refused.error).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.toSatisfy((seconds: number) => seconds > 800 && seconds <= 900),
    });
    const withdrawal = await stack.query(TRACKING_WITHDRAW, { code: trackingCode, secret: secret! }, guesser);
    expect(withdrawal.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // The worker, elsewhere, is untouched.
    expect((await lookup(trackingCode, secret!)).status).toBe('RECEIVED');
  });

  it('refuse the guesser after twenty across codes, and do not count right secrets against anyone', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    const guesser = from('203.0.113.102');
    for (let attempt = 0; attempt < WRONG_SECRETS_PER_CALLER; attempt++)
      expect((await lookup(unknownCode(1, attempt), guess(attempt), guesser)).error?.code).toBe('NOT_FOUND');
    expect((await lookup(unknownCode(1, 99), guess(99), guesser)).error?.code).toBe('RATE_LIMITED');
    // A worker who checks often is never limited: a right secret gives its point back.
    for (let check = 0; check < WRONG_SECRETS_PER_CALLER + 5; check++)
      expect((await lookup(trackingCode, secret!)).status).toBe('RECEIVED');
  });

  it('count a signed-in guesser by its account, not against the workers who share its address', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    const token = await stack.token({ role: 'BRAND', organizationId: 'org-tracking-guessing-brand', subject: 'snoop' });
    const office = '192.0.2.44';
    for (let attempt = 0; attempt < WRONG_SECRETS_PER_CALLER; attempt++)
      await lookup(unknownCode(2, attempt), guess(attempt), from(office, token));
    expect((await lookup(unknownCode(2, 99), guess(99), from('192.0.2.45', token))).error?.code).toBe('RATE_LIMITED');
    expect((await lookup(trackingCode, secret!, from(office))).status).toBe('RECEIVED');
  });
});
