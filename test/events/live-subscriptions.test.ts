import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { overrideConfig } from '../../runtime/config';
import { startGateway } from '../../gateway/src/server';
import { IN_FORCE, agreementIn, bilateral } from '../agreements/support';
import { file, move, newFacilityId, submission } from '../grievances/fixtures';
import { addFacility, addOrganization } from '../inspections/fixtures';
import { startTestStack, type TestStack } from '../support/stack';
import { LIVE_EVENTS, liveClients, publishInspection, until } from './live-support';

/**
 * Dashboards subscribe at the gateway over WebSocket (graphql-ws) and receive, live, the events they
 * may read: each subscriber's filter narrows the stream, the graph's read rules decide per event.
 * Events reach the bus when the test settles them; every "never came" is proven by a later event
 * that did come over the same subscription, which keeps the stream's order.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const AUDITOR = 'org-live-audits';
const BRAND_A = 'org-live-brand-a';
const BRAND_B = 'org-live-brand-b';
const UNION_A = 'org-live-union-a';
const UNION_B = 'org-live-union-b';
const SOURCED = newFacilityId('BD');
const CAMBODIAN = newFacilityId('KH');
const OTHER_CAMBODIAN = newFacilityId('KH');

let stack: TestStack;
let live: ReturnType<typeof liveClients>;
let auditor: { token: string; organizationId: string };
let tokens: Record<'admin' | 'brandA' | 'brandB' | 'regulator' | 'unionA' | 'unionB', string>;

beforeAll(async () => {
  overrideConfig({ MAX_LIVE_SUBSCRIPTIONS_PER_CONNECTION: 5, MAX_LIVE_CONNECTIONS_PER_CALLER: 3 });
  stack = await startTestStack({ now: NOW });
  live = liveClients(stack);
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, AUDITOR, 'AUDIT_FIRM', 'BD');
  addOrganization(suppliers, BRAND_A, 'BRAND', 'NL');
  addOrganization(suppliers, BRAND_B, 'BRAND', 'DE');
  // Both brands source from the facility: only the report's buyers may read a report shared with buyers.
  addFacility(suppliers, SOURCED, null, [BRAND_A, BRAND_B]);
  for (const id of [CAMBODIAN, OTHER_CAMBODIAN]) addFacility(suppliers, id, null);
  await suppliers.flush();
  auditor = {
    organizationId: AUDITOR,
    token: await stack.token({ role: 'AUDITOR', organizationId: AUDITOR, subject: 'live-auditor' }),
  };
  tokens = {
    admin: await stack.token({ role: 'ADMIN', subject: 'live-admin' }),
    brandA: await stack.token({ role: 'BRAND', organizationId: BRAND_A, subject: 'live-brand-a' }),
    brandB: await stack.token({ role: 'BRAND', organizationId: BRAND_B, subject: 'live-brand-b' }),
    regulator: await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-live-inspectorate-bd',
      country: 'BD',
      subject: 'live-inspector-bd',
    }),
    unionA: await stack.token({ role: 'UNION', organizationId: UNION_A, subject: 'live-union-a' }),
    unionB: await stack.token({ role: 'UNION', organizationId: UNION_B, subject: 'live-union-b' }),
  };
});
afterEach(() => live?.closeAll());
afterAll(() => stack?.stop());

const publicReport = (facilityId = SOURCED) =>
  publishInspection(stack, auditor, { facilityId, disclosure: 'PUBLIC', findings: [['WORKING_TIME', 'MAJOR']] });

describe('a brand', () => {
  it('receives a report shared with its buyers exactly once, and another brand never does', async () => {
    const brandA = live.subscribe(live.connect(tokens.brandA));
    const brandB = live.subscribe(live.connect(tokens.brandB));
    await live.serving(2);

    const shared = await publishInspection(stack, auditor, {
      facilityId: SOURCED,
      disclosure: 'SHARED_WITH_BUYERS',
      buyers: [BRAND_A],
      findings: [['FORCED_LABOUR', 'ZERO_TOLERANCE']],
    });
    const later = await publicReport();

    await until('the later report at both brands', () => brandA.about(later).length && brandB.about(later).length);
    const [told] = brandA.about(shared);
    expect(brandA.about(shared)).toHaveLength(1);
    expect(told).toMatchObject({
      type: 'INSPECTION_PUBLISHED',
      version: 1,
      source: 'inspections',
      country: 'BD',
      payload: { facilityId: SOURCED, disclosure: 'SHARED_WITH_BUYERS', findings: 1 },
    });
    expect(new Date(told.occurredAt).toISOString()).toBe(told.occurredAt);
    const finding = brandA.events.filter((event) => event.payload.inspectionId === told.payload.inspectionId);
    expect(finding.map((event) => event.type)).toEqual(['INSPECTION_PUBLISHED', 'ZERO_TOLERANCE_FINDING']);
    expect(brandB.events.filter((event) => event.payload.inspectionId === told.payload.inspectionId)).toEqual([]);
  });
});

describe('the public, without a token', () => {
  it('receives a PUBLIC report, and not a PRIVATE one', async () => {
    const anyone = live.subscribe(live.connect());
    await live.serving(1);

    const private_ = await publishInspection(stack, auditor, {
      facilityId: SOURCED,
      disclosure: 'PRIVATE',
      findings: [['WORKING_TIME', 'MAJOR']],
    });
    const public_ = await publicReport();

    await until('the PUBLIC report', () => anyone.about(public_).length);
    expect(anyone.about(public_).map((event) => event.type)).toEqual(['INSPECTION_PUBLISHED']);
    expect(anyone.about(private_)).toEqual([]);
  });
});

describe('a regulator', () => {
  it("receives its own country's cases, not another's, and a partner's once an agreement in force shares them", async () => {
    const regulator = live.subscribe(live.connect(tokens.regulator), { types: ['GRIEVANCE_FILED'] });
    await live.serving(1);
    const fileAt = async (facilityId: string) => {
      const { grievance } = await file(stack, submission({ facility: { id: facilityId } }), tokens.unionA);
      await stack.settleEvents();
      return `Grievance:${grievance.id}`;
    };

    const abroad = await fileAt(CAMBODIAN);
    const home = await fileAt(SOURCED);
    await until('the case at home', () => regulator.about(home).length);
    expect(regulator.about(home)).toMatchObject([{ type: 'GRIEVANCE_FILED', country: 'BD' }]);
    expect(regulator.about(abroad)).toEqual([]);

    await agreementIn(stack, tokens.admin, bilateral('BD', 'NL', ['GRIEVANCE_CASES'], 'BD–NL live referral'), IN_FORCE);
    await stack.settleEvents();
    const partner = await fileAt(newFacilityId('NL'));
    await until("the partner country's case", () => regulator.about(partner).length);
    expect(regulator.about(partner)).toMatchObject([{ type: 'GRIEVANCE_FILED', country: 'NL' }]);
  });
});

describe('a union', () => {
  it("receives the status changes of its own cases, not another union's", async () => {
    const unionA = live.subscribe(live.connect(tokens.unionA), { types: ['GRIEVANCE_STATUS_CHANGED'] });
    await live.serving(1);
    const own = await file(stack, submission({ facility: { id: SOURCED } }), tokens.unionA);
    const others = await file(stack, submission({ facility: { id: SOURCED } }), tokens.unionB);

    await move(stack, tokens.regulator, others.grievance.id, 'ACKNOWLEDGED', others.grievance.version);
    await move(stack, tokens.regulator, own.grievance.id, 'ACKNOWLEDGED', own.grievance.version);
    await stack.settleEvents();

    await until('its own case', () => unionA.about(`Grievance:${own.grievance.id}`).length);
    expect(unionA.about(`Grievance:${own.grievance.id}`)).toMatchObject([
      { type: 'GRIEVANCE_STATUS_CHANGED', payload: { from: 'RECEIVED', to: 'ACKNOWLEDGED' } },
    ]);
    expect(unionA.about(`Grievance:${others.grievance.id}`)).toEqual([]);
    expect(unionA.events.map((event) => event.type)).not.toContain('GRIEVANCE_FILED');
  });
});

describe('a filter', () => {
  it('narrows by type, country, facility and area', async () => {
    const client = live.connect();
    const everything = live.subscribe(client);
    const byType = live.subscribe(client, { types: ['INSPECTION_PUBLISHED'] });
    const byCountry = live.subscribe(client, { countries: ['kh'] });
    const byFacility = live.subscribe(client, { facilities: [OTHER_CAMBODIAN] });
    const byArea = live.subscribe(client, { areas: ['WORKING_TIME'] });
    await live.serving(5);

    // The last report is the last event of all, and each filter matches it.
    const inBangladesh = await publishInspection(stack, auditor, {
      facilityId: SOURCED,
      disclosure: 'PUBLIC',
      findings: [['FORCED_LABOUR', 'ZERO_TOLERANCE']],
    });
    const inCambodia = await publishInspection(stack, auditor, {
      facilityId: CAMBODIAN,
      disclosure: 'PUBLIC',
      findings: [['CHILD_LABOUR', 'ZERO_TOLERANCE']],
    });
    const last = await publicReport(OTHER_CAMBODIAN);

    const ours = new Set([inBangladesh, inCambodia, last].map((subject) => subject.replace('Inspection:', '')));
    const seen = (subscription: typeof everything) =>
      subscription.events
        .filter((event) => ours.has(String(event.payload.inspectionId)))
        .map((event) => `${event.type} ${event.payload.facilityId}`);
    for (const subscription of [everything, byType, byCountry, byFacility, byArea])
      await until('the last report', () => subscription.about(last).length);

    expect(seen(everything)).toEqual([
      `INSPECTION_PUBLISHED ${SOURCED}`,
      `ZERO_TOLERANCE_FINDING ${SOURCED}`,
      `INSPECTION_PUBLISHED ${CAMBODIAN}`,
      `ZERO_TOLERANCE_FINDING ${CAMBODIAN}`,
      `INSPECTION_PUBLISHED ${OTHER_CAMBODIAN}`,
    ]);
    expect(seen(byType)).toEqual([
      `INSPECTION_PUBLISHED ${SOURCED}`,
      `INSPECTION_PUBLISHED ${CAMBODIAN}`,
      `INSPECTION_PUBLISHED ${OTHER_CAMBODIAN}`,
    ]);
    expect(seen(byCountry)).toEqual([
      `INSPECTION_PUBLISHED ${CAMBODIAN}`,
      `ZERO_TOLERANCE_FINDING ${CAMBODIAN}`,
      `INSPECTION_PUBLISHED ${OTHER_CAMBODIAN}`,
    ]);
    expect(seen(byFacility)).toEqual([`INSPECTION_PUBLISHED ${OTHER_CAMBODIAN}`]);
    expect(seen(byArea)).toEqual([`INSPECTION_PUBLISHED ${OTHER_CAMBODIAN}`]);
  });

  it('that is malformed refuses its subscription with BAD_USER_INPUT, and leaves the connection serving', async () => {
    const client = live.connect();
    const refused = live.subscribe(client, { countries: ['Bangladesh'], types: ['GRIEVANCE_FILED'] });
    const served = live.subscribe(client);
    await until('the refusal', () => refused.errors.length);

    expect(refused.errors).toMatchObject([
      { message: expect.stringContaining('filter.countries.0'), extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    await live.serving(1);
    const report = await publicReport();
    await until('the report', () => served.about(report).length);
    expect(refused.events).toEqual([]);
    expect(refused.closed).toBeUndefined();
  });
});

describe('the live endpoint', () => {
  it('refuses a bad token with 4401, naming what is wrong', async () => {
    const refused = live.subscribe(live.connect('not-a-token'));
    await until('the refusal', () => refused.closed);
    expect(refused.closed).toMatchObject({ code: 4401, reason: 'Token is not valid' });
  });

  it('closes the connection when its token expires', async () => {
    const token = await stack.token({
      role: 'BRAND',
      organizationId: BRAND_A,
      subject: 'live-brand-a',
      expiresIn: '2s',
    });
    const subscription = live.subscribe(live.connect(token));
    await live.serving(1);
    await until('the close at expiry', () => subscription.closed, 10_000);
    expect(subscription.closed).toMatchObject({ code: 4401, reason: 'Token has expired' });
  });

  it('holds at most MAX_LIVE_SUBSCRIPTIONS_PER_CONNECTION subscriptions on one connection', async () => {
    const client = live.connect(tokens.brandA);
    const served = Array.from({ length: 5 }, () => live.subscribe(client));
    await live.serving(5);
    const sixth = live.subscribe(client);
    await until('the refusal', () => sixth.errors.length);
    expect(sixth.errors).toMatchObject([{ message: expect.stringMatching(/At most 5 subscriptions/) }]);
    expect(served.every((subscription) => !subscription.errors.length && !subscription.closed)).toBe(true);
  });

  it('holds at most MAX_LIVE_CONNECTIONS_PER_CALLER connections of one caller, closing more with 1013', async () => {
    for (let n = 0; n < 3; n++) live.subscribe(live.connect(tokens.brandB));
    await live.serving(3);
    const fourth = live.subscribe(live.connect(tokens.brandB));
    await until('the refusal', () => fourth.closed);
    expect(fourth.closed).toMatchObject({ code: 1013, reason: expect.stringMatching(/At most 3 live connections/) });
    // Another caller is not held back by them.
    const other = live.subscribe(live.connect(tokens.brandA));
    await live.serving(4);
    expect(other.closed).toBeUndefined();
  });

  it('refuses queries over the socket: they go over HTTP', async () => {
    const refused = live.subscribe(live.connect(), undefined, '{ liveEventsServed }');
    await until('the refusal', () => refused.errors.length);
    expect(refused.errors).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('answers an upgrade to any other path with 404', async () => {
    const socket = new WebSocket(new URL('/graphql', stack.gateway.url.replace(/^http/, 'ws')), 'graphql-transport-ws');
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    socket.terminate();
    expect(status).toBe(404);
  });

  it('closes its connections with 1001 when the gateway stops', async () => {
    const urls = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url]));
    const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: urls });
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.subscribe(
        { query: LIVE_EVENTS },
        { next: () => undefined, error: (error) => resolve(error as never), complete: () => undefined },
      ),
    );
    await until('the connection', async () =>
      (await fetch(new URL('/metrics', gateway.url)).then((response) => response.text())).includes(
        'lcg_gateway_live_subscriptions 1',
      ),
    );

    await gateway.stop();
    expect(await closed).toMatchObject({ code: 1001, reason: 'The gateway is shutting down' });
    void client.dispose();
  });
});
