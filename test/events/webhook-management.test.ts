import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../runtime/config';
import { graphql } from '../__generated__';
import { agreementIn, bilateral, IN_FORCE } from '../agreements/support';
import { file, move, newKey, submission } from '../grievances/fixtures';
import { addFacility, addOrganization, newFacilityId } from '../inspections/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { CREATE_WEBHOOK, deliver, later, startReceiver, subscribe } from './webhook-support';

/**
 * Managing webhook subscriptions: who may, what a URL may be, pausing and resuming, rotating the
 * secret, the dead-letter list and redelivery, order per record, filters, and a regulator's
 * cross-border events under a sharing clause.
 */
overrideConfig({ WEBHOOK_MAX_ATTEMPTS: 2, WEBHOOK_RETRY_BASE_MS: 1_000, WEBHOOK_RETRY_MAX_MS: 10_000 });

const NOW = new Date('2026-05-04T10:00:00Z');
const BRAND = 'org-hooks-brand';
const UNION = 'org-hooks-union';
const BD_FACILITY = newFacilityId('BD');
const VN_FACILITY = newFacilityId('VN');

const SUBSCRIPTIONS = graphql(`
  query WebhooksList {
    webhookSubscriptions {
      totalCount
      edges {
        node {
          id
          status
          pendingDeliveries
          deadDeliveries
        }
      }
    }
  }
`);
const MANAGE = graphql(`
  mutation WebhooksManage($id: ID!) {
    pauseWebhookSubscription(id: $id) {
      subscription {
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const RESUME = graphql(`
  mutation WebhooksResume($id: ID!) {
    resumeWebhookSubscription(id: $id) {
      subscription {
        status
        pendingDeliveries
      }
      userErrors {
        code
      }
    }
  }
`);
const ROTATE = graphql(`
  mutation WebhooksRotate($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      subscription {
        secretRotatedAt
        previousSecretValidUntil
      }
      userErrors {
        code
      }
    }
  }
`);
const DELETE = graphql(`
  mutation WebhooksDelete($id: ID!) {
    deleteWebhookSubscription(id: $id) {
      deletedId
      userErrors {
        code
      }
    }
  }
`);
const DEAD_LETTERS = graphql(`
  query WebhooksDeadLetters($id: ID!) {
    webhookDeliveries(filter: { subscriptionId: $id, status: DEAD }) {
      totalCount
      edges {
        node {
          id
          eventId
          attempts
          lastStatusCode
          lastError
        }
      }
    }
  }
`);
const REDELIVER = graphql(`
  mutation WebhooksRedeliver($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      delivery {
        status
        attempts
      }
      userErrors {
        code
      }
    }
  }
`);

let stack: TestStack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let brand: string;
let union: string;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  receiver = await startReceiver();
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, BRAND, 'BRAND', 'NL');
  addFacility(suppliers, BD_FACILITY, null, [BRAND]);
  addFacility(suppliers, VN_FACILITY, null, [BRAND]);
  await suppliers.flush();
  brand = await stack.token({ role: 'BRAND', organizationId: BRAND });
  union = await stack.token({ role: 'UNION', organizationId: UNION });
});
afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

const create = (token: string | undefined, url: string, extra: Record<string, unknown> = {}) =>
  stack.query(
    CREATE_WEBHOOK,
    { input: { url, events: ['GRIEVANCE_FILED'], ...extra }, key: newKey('hook') },
    { token },
  );

describe('creating a webhook subscription', () => {
  it('refuses URLs that are not http(s), carry credentials or are not URLs, and changes nothing', async () => {
    for (const url of [
      'ftp://hooks.example.org/x',
      'https://user:pw@hooks.example.org/x',
      'hooks.example.org',
      'https://hooks.example.org/#x',
    ]) {
      const response = await create(union, url);
      expect(response.errors?.[0]?.extensions?.code, url).toBe('BAD_USER_INPUT');
    }
    expect(dataOf(await stack.query(SUBSCRIPTIONS, {}, { token: union })).webhookSubscriptions!.totalCount).toBe(0);
  });

  it('refuses a bad filter with the path of each problem', async () => {
    const response = await create(union, `${receiver.url}/x`, { filter: { countries: ['Bangladesh'] }, events: [] });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (response.errors?.[0]?.extensions?.issues as { path: string[] }[]).map((issue) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['input.events', 'input.filter.countries.0']));
  });

  it('is for a signed-in organisation: the public is refused', async () => {
    const response = await create(undefined, `${receiver.url}/x`);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the same subscription and secret to a retry with the same key', async () => {
    const input = { url: `${receiver.url}/retry`, events: ['GRIEVANCE_FILED' as const] };
    const key = newKey('hook');
    const first = dataOf(
      await stack.query(CREATE_WEBHOOK, { input, key }, { token: union }),
    ).createWebhookSubscription!;
    const again = dataOf(
      await stack.query(CREATE_WEBHOOK, { input, key }, { token: union }),
    ).createWebhookSubscription!;
    expect(again.subscription!.id).toBe(first.subscription!.id);
    expect(again.secret).toBe(first.secret);
    expect(first.secret).toMatch(/^whsec_/);
    expect(
      dataOf(await stack.query(DELETE, { id: first.subscription!.id }, { token: union })).deleteWebhookSubscription!
        .deletedId,
    ).toBe(first.subscription!.id);
  });
});

describe('a subscription', () => {
  it('is invisible to, and cannot be managed by, another organisation', async () => {
    const { id } = await subscribe(stack, union, { url: `${receiver.url}/private`, events: ['GRIEVANCE_FILED'] });
    expect(dataOf(await stack.query(SUBSCRIPTIONS, {}, { token: brand })).webhookSubscriptions!.totalCount).toBe(0);
    expect(dataOf(await stack.query(MANAGE, { id }, { token: brand })).pauseWebhookSubscription!.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    expect(dataOf(await stack.query(DELETE, { id }, { token: brand })).deleteWebhookSubscription!.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    await stack.query(DELETE, { id }, { token: union });
  });

  it('holds its deliveries while paused and sends them, in order, when resumed', async () => {
    const { id } = await subscribe(stack, union, { url: `${receiver.url}/paused`, events: ['GRIEVANCE_FILED'] });
    expect(
      dataOf(await stack.query(MANAGE, { id }, { token: union })).pauseWebhookSubscription!.subscription!.status,
    ).toBe('PAUSED');
    const filed = [];
    for (let index = 0; index < 3; index++)
      filed.push(await file(stack, submission({ facility: { id: BD_FACILITY } }), union));
    await deliver(stack);
    expect(receiver.accepted('/paused')).toEqual([]);
    const resumed = dataOf(await stack.query(RESUME, { id }, { token: union })).resumeWebhookSubscription!;
    expect(resumed.subscription!.pendingDeliveries).toBe(3);
    await deliver(stack);
    expect(receiver.accepted('/paused').map((entry) => entry.event.payload.grievanceId)).toEqual(
      filed.map((each) => each.grievance.id),
    );
    await stack.query(DELETE, { id }, { token: union });
  });

  it('keeps one record’s events in order: a later one waits while an earlier one is retried', async () => {
    const { id } = await subscribe(stack, union, {
      url: `${receiver.url}/ordered`,
      events: ['GRIEVANCE_FILED', 'GRIEVANCE_STATUS_CHANGED'],
    });
    let refuseFirst = true;
    receiver.answerWith((request) => {
      if (request.path !== '/ordered' || !refuseFirst) return 200;
      refuseFirst = false;
      return 500;
    });
    const filed = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    const regulator = await stack.token({ role: 'REGULATOR', organizationId: 'org-hooks-dife', country: 'BD' });
    await move(stack, regulator, filed.grievance.id, 'ACKNOWLEDGED', filed.grievance.version);
    await deliver(stack);
    expect(receiver.accepted('/ordered')).toEqual([]);
    later(stack, 10_000);
    await deliver(stack);
    const types = receiver.accepted('/ordered').map((entry) => entry.event.type);
    expect(types).toEqual(['GRIEVANCE_FILED', 'GRIEVANCE_STATUS_CHANGED']);
    // The refused attempt came first, then both in order.
    expect(
      receiver.received.filter((entry) => entry.path === '/ordered').map((entry) => [entry.event.type, entry.answered]),
    ).toEqual([
      ['GRIEVANCE_FILED', 500],
      ['GRIEVANCE_FILED', 200],
      ['GRIEVANCE_STATUS_CHANGED', 200],
    ]);
    receiver.answerWith(() => 200);
    await stack.query(DELETE, { id }, { token: union });
  });

  it('dead-letters a delivery after its last attempt, lists it, and sends it again on request', async () => {
    const { id } = await subscribe(stack, union, { url: `${receiver.url}/dead`, events: ['GRIEVANCE_FILED'] });
    receiver.answerWith((request) => (request.path === '/dead' ? 410 : 200));
    const filed = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    await deliver(stack);
    later(stack, 10_000);
    await deliver(stack);
    const dead = dataOf(await stack.query(DEAD_LETTERS, { id }, { token: union })).webhookDeliveries!;
    expect(dead.totalCount).toBe(1);
    expect(dead.edges[0]!.node).toMatchObject({ attempts: 2, lastStatusCode: 410 });
    receiver.answerWith(() => 200);
    const redelivered = dataOf(
      await stack.query(REDELIVER, { id: dead.edges[0]!.node.id }, { token: union }),
    ).redeliverWebhookDelivery!;
    expect(redelivered.delivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    await deliver(stack);
    expect(receiver.accepted('/dead').map((entry) => entry.event.payload.grievanceId)).toEqual([filed.grievance.id]);
    // Only a dead letter is sent again.
    expect(
      dataOf(await stack.query(REDELIVER, { id: dead.edges[0]!.node.id }, { token: union })).redeliverWebhookDelivery!
        .userErrors,
    ).toEqual([{ code: 'CONFLICT' }]);
    await stack.query(DELETE, { id }, { token: union });
  });

  it('signs with the new secret and, for the grace period, the previous one after a rotation', async () => {
    const { id, secret } = await subscribe(stack, union, {
      url: `${receiver.url}/rotated`,
      events: ['GRIEVANCE_FILED'],
    });
    const rotated = dataOf(await stack.query(ROTATE, { id }, { token: union })).rotateWebhookSecret!;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    await deliver(stack);
    const [delivery] = receiver.accepted('/rotated');
    expect(String(delivery!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    await stack.query(DELETE, { id }, { token: union });
  });

  it('receives only the countries its filter names', async () => {
    const { id } = await subscribe(stack, union, {
      url: `${receiver.url}/vn-only`,
      events: ['GRIEVANCE_FILED'],
      filter: { countries: ['vn'] },
    });
    const inVietnam = await file(stack, submission({ facility: { id: VN_FACILITY } }), union);
    await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    await deliver(stack);
    expect(receiver.accepted('/vn-only').map((entry) => entry.event.payload.grievanceId)).toEqual([
      inVietnam.grievance.id,
    ]);
    await stack.query(DELETE, { id }, { token: union });
  });
});

describe('a regulator’s subscription', () => {
  it('receives a partner country’s cases while an agreement in force shares them, and not before', async () => {
    const regulator = await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-hooks-inspectorate-nl',
      country: 'NL',
    });
    await subscribe(stack, regulator, { url: `${receiver.url}/nl`, events: ['GRIEVANCE_FILED'] });
    const before = await file(stack, submission({ facility: { id: VN_FACILITY } }), union);
    await deliver(stack);
    expect(receiver.accepted('/nl')).toEqual([]);
    const admin = await stack.token({ role: 'ADMIN', subject: 'hooks-admin' });
    await agreementIn(stack, admin, bilateral('VN', 'NL', ['GRIEVANCE_CASES']), IN_FORCE);
    const after = await file(stack, submission({ facility: { id: VN_FACILITY } }), union);
    await deliver(stack);
    expect(receiver.accepted('/nl').map((entry) => entry.event.payload.grievanceId)).toEqual([after.grievance.id]);
    expect(before.grievance.id).not.toBe(after.grievance.id);
  });
});
