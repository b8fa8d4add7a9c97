import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { IdempotencyRecord } from '../../runtime/idempotency';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import {
  REPLAY_KEY_NOTICE,
  REPLAY_NOTICE,
  REPLAY_WINDOW_NOTICE,
} from '../../subgraphs/grievances/src/mutations/submission';
import { ensureRegistered } from '../support/registry';
import { DEFAULT_NOW, startTestStack, type TestStack } from '../support/stack';
import { addOrganization, FILE_GRIEVANCE, submission } from './fixtures';
import { from, scryptWork, secretsHashed, TRACKING_STATUS } from './tracking-support';

/**
 * A worker's secret survives a lost answer. The idempotency key the worker filed with brings the
 * same case and the same secret back for TRACKING_SECRET_REPLAY_HOURS — the worker who never saw
 * the first answer (a dropped connection, an overloaded service, a deploy) retries and can follow
 * the case. Anonymous callers share one subject, so the key is the credential: it must be random
 * and long, and other input under it is refused.
 */
let stack: TestStack;
const UNION = 'org-secret-replay-union';
let union: string;
beforeAll(async () => {
  stack = await startTestStack();
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, UNION, 'UNION');
  await suppliers.flush();
  union = await stack.token({ role: 'UNION', organizationId: UNION });
  await ensureRegistered(stack, submission().facility.id);
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(() => stack.clock.set(DEFAULT_NOW));

const fileWith = (key: string, input = submission(), token?: string) =>
  stack.query(FILE_GRIEVANCE, { input, key }, { token });

const payload = async (response: ReturnType<typeof fileWith>) => {
  const answer = await response;
  expect(answer.errors).toBeUndefined();
  return answer.data!.submitGrievance!;
};

const follow = async (trackingCode: string, secret: string) =>
  (await stack.query(TRACKING_STATUS, { code: trackingCode, secret }, from('198.51.100.30'))).data?.grievanceStatus;

const HOUR = 3_600_000;

describe('a retried anonymous filing', () => {
  it('gets the same case and the same secret, which opens the case, and files nothing twice', async () => {
    const key = randomUUID();
    const first = await payload(fileWith(key));
    expect(first).toMatchObject({ replayed: false, notice: null, userErrors: [] });
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{24}$/);

    // The first answer was lost: the worker sends the same request again, twice at once.
    const retries = await Promise.all([payload(fileWith(key)), payload(fileWith(key))]);
    for (const retry of retries) {
      expect(retry).toMatchObject({
        trackingCode: first.trackingCode,
        secret: first.secret,
        replayed: true,
        notice: REPLAY_NOTICE,
        grievance: { id: first.grievance!.id },
      });
    }
    expect(await follow(first.trackingCode!, retries[0].secret!)).toMatchObject({ status: 'RECEIVED' });
    expect(await stack.em('grievances').count(Grievance, { trackingCode: first.trackingCode })).toBe(1);
  });

  it('costs no hash: the key is checked before anything is hashed', async () => {
    const key = randomUUID();
    await secretsHashed(stack);
    scryptWork.reset();
    await payload(fileWith(key));
    // The filing's one hash, made in the background once it answered.
    await secretsHashed(stack);
    expect(scryptWork.calls()).toHaveLength(1);
    scryptWork.reset();
    const retry = await payload(fileWith(key));
    expect(retry.replayed).toBe(true);
    await secretsHashed(stack);
    expect(scryptWork.calls()).toEqual([]);
  });

  it('with other input under the same key is a CONFLICT, and nothing is filed', async () => {
    const key = randomUUID();
    const first = await payload(fileWith(key));
    const other = await fileWith(key, submission({ summary: 'A different complaint under the same key' }));
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(other.data?.submitGrievance ?? null).toBeNull();
    expect(await stack.em('grievances').count(Grievance, { summary: 'A different complaint under the same key' })).toBe(
      0,
    );
    expect((await payload(fileWith(key))).secret).toBe(first.secret);
  });

  it('shows the secret until the window ends, then answers the case without it and says why', async () => {
    const key = randomUUID();
    const first = await payload(fileWith(key));
    const window = config().TRACKING_SECRET_REPLAY_HOURS;
    stack.clock.set(new Date(DEFAULT_NOW.getTime() + window * HOUR - 60_000));
    expect(await payload(fileWith(key))).toMatchObject({ secret: first.secret, notice: REPLAY_NOTICE });

    stack.clock.set(new Date(DEFAULT_NOW.getTime() + window * HOUR));
    const late = await payload(fileWith(key));
    expect(late).toMatchObject({
      trackingCode: first.trackingCode,
      secret: null,
      replayed: true,
      notice: REPLAY_WINDOW_NOTICE,
    });
    // The secret from the first answer still opens the case.
    expect(await follow(first.trackingCode!, first.secret!)).toMatchObject({ status: 'RECEIVED' });
  });

  it('recorded under a server key since changed answers no secret rather than a wrong one', async () => {
    const key = randomUUID();
    const first = await payload(fileWith(key));
    const em = stack.em('grievances');
    const record = await em.findOneOrFail(IdempotencyRecord, { id: `submitGrievance:public:${key}` });
    await em.nativeUpdate(
      IdempotencyRecord,
      { id: record.id },
      { result: { ...record.result, secretKeyId: 'rotated0' } },
    );
    expect(await payload(fileWith(key))).toMatchObject({
      trackingCode: first.trackingCode,
      secret: null,
      replayed: true,
      notice: REPLAY_KEY_NOTICE,
    });
  });
});

describe('the idempotency key of a filing without an account', () => {
  it.each([
    ['shorter than 16 characters', 'short-key-123'],
    ['long but of few characters', 'abababababababababab'],
  ])('is refused when %s, before anything is written', async (_label, key) => {
    const before = await stack.em('grievances').count(Grievance);
    const response = await fileWith(key);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
    expect(response.errors?.[0].message).toMatch(/at least 16 random characters/);
    expect(await stack.em('grievances').count(Grievance)).toBe(before);
  });

  it('may stay short for an organisation, which files under its own subject and gets no secret', async () => {
    const key = `u-${randomUUID().slice(0, 8)}`;
    const first = await payload(fileWith(key, submission(), union));
    expect(first).toMatchObject({ secret: null, replayed: false, userErrors: [] });
    expect(await payload(fileWith(key, submission(), union))).toMatchObject({
      trackingCode: first.trackingCode,
      secret: null,
      replayed: true,
      notice: null,
    });
  });
});
