import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { createEventVisibility } from '../../runtime/event-visibility';
import type { GraphEvent } from '../../runtime/events';
import { OutboxEvent } from '../../runtime/outbox';
import { PUBLIC_PRINCIPAL, type Principal } from '../../runtime/principal';
import { signingSecret } from '../../runtime/secrets';
import { ReportAccessGrant } from '../../subgraphs/inspections/src/entities/report-access-grant.entity';
import { graphql } from '../__generated__';
import { addFacility, addInspection, addOrganization, newFacilityId } from './fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * The organisation owning a facility decides which brands read its inspection reports besides the
 * conductor's audience: it grants and revokes, and answers brands' requests. A grant opens the
 * report (never its evidence) in every reader — by id, in lists, in compliance scores.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const OWNER = 'org-ra-owner';
const STRANGER = 'org-ra-other-supplier';
const AUDITOR = 'org-ra-audits';
const BRANDS = { granted: 'org-ra-brand', asking: 'org-ra-asking-brand', declined: 'org-ra-declined-brand' };
const OTHER_BRAND = 'org-ra-other-brand';
const FACILITY = newFacilityId('BD');
const PRIVATE_REPORT = 'insp-ra-private';
const SHARED_REPORT = 'insp-ra-shared';
const PLANNED_VISIT = 'insp-ra-planned';

const REPORT = graphql(`
  query ReportAccessReport($id: ID!) {
    inspection(id: $id) {
      id
      disclosure
      findings {
        id
        evidence
      }
    }
  }
`);
const FACILITY_VIEW = graphql(`
  query ReportAccessFacility($id: ID!) {
    facility(id: $id) {
      inspections {
        totalCount
      }
      compliance {
        basis {
          inspections
          nonPublicInspections
        }
      }
    }
  }
`);
const GRANT = graphql(`
  mutation ReportAccessGrant($input: GrantReportAccessInput!, $key: String!) {
    grantReportAccess(input: $input, idempotencyKey: $key) {
      grant {
        id
        active
        buyer {
          id
        }
        grantedBy {
          id
        }
        inspection {
          id
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation ReportAccessRevoke($input: RevokeReportAccessInput!) {
    revokeReportAccess(input: $input) {
      grant {
        id
        active
        revokedAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const GRANT_OF = graphql(`
  query ReportAccessGrantById($id: ID!) {
    reportAccessGrant(id: $id) {
      id
      active
    }
  }
`);
const INSIDERS = graphql(`
  query ReportAccessInsiders($id: ID!) {
    inspection(id: $id) {
      accessGrants {
        buyer {
          id
        }
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation ReportAccessRequest($input: RequestReportAccessInput!, $key: String!) {
    requestReportAccess(input: $input, idempotencyKey: $key) {
      request {
        ...ReportAccessRequestFields
      }
      replayed
      userErrors {
        code
        field
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation ReportAccessDecide($input: DecideReportAccessRequestInput!) {
    decideReportAccessRequest(input: $input) {
      request {
        ...ReportAccessRequestFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation ReportAccessWithdraw($id: ID!) {
    withdrawReportAccessRequest(id: $id) {
      request {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const REQUESTS = graphql(`
  query ReportAccessRequests($filter: ReportAccessRequestFilter) {
    reportAccessRequests(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          ...ReportAccessRequestFields
        }
      }
    }
  }
  fragment ReportAccessRequestFields on ReportAccessRequest {
    id
    status
    message
    note
    facility {
      id
    }
    inspection {
      id
    }
    requestedBy {
      id
    }
    decidedBy {
      id
    }
    grants {
      active
      inspection {
        id
      }
    }
  }
`);

let stack: TestStack;
let tokens: Record<'owner' | 'stranger' | 'auditor' | 'brand' | 'asking' | 'declined' | 'otherBrand', string>;
let keys = 0;
const key = () => `report-access-${process.pid}-${++keys}`;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER, 'SUPPLIER', 'BD');
  addFacility(registry, FACILITY, OWNER);
  await registry.flush();
  const inspections = stack.em('inspections');
  const evidence = 'Interview notes, worker 7';
  addInspection(inspections, {
    id: PRIVATE_REPORT,
    facilityId: FACILITY,
    ownerId: OWNER,
    conductedById: AUDITOR,
    status: 'SUBMITTED',
    disclosure: 'PRIVATE',
    endedOn: '2026-03-10',
    findings: [{ severity: 'MAJOR', evidence }],
  });
  addInspection(inspections, {
    id: SHARED_REPORT,
    facilityId: FACILITY,
    ownerId: OWNER,
    conductedById: AUDITOR,
    disclosure: 'SHARED_WITH_BUYERS',
    buyers: [BRANDS.granted],
    endedOn: '2026-01-10',
    findings: [{ severity: 'MINOR', evidence }],
  });
  addInspection(inspections, {
    id: PLANNED_VISIT,
    facilityId: FACILITY,
    ownerId: OWNER,
    conductedById: AUDITOR,
    status: 'SCHEDULED',
    disclosure: 'PRIVATE',
    endedOn: '2026-06-10',
  });
  await inspections.flush();
  tokens = {
    owner: await stack.token({ role: 'SUPPLIER', organizationId: OWNER, subject: 'ra-owner' }),
    stranger: await stack.token({ role: 'SUPPLIER', organizationId: STRANGER, subject: 'ra-stranger' }),
    auditor: await stack.token({ role: 'AUDITOR', organizationId: AUDITOR, subject: 'ra-auditor' }),
    brand: await stack.token({ role: 'BRAND', organizationId: BRANDS.granted, subject: 'ra-brand' }),
    asking: await stack.token({ role: 'BRAND', organizationId: BRANDS.asking, subject: 'ra-asking' }),
    declined: await stack.token({ role: 'BRAND', organizationId: BRANDS.declined, subject: 'ra-declined' }),
    otherBrand: await stack.token({ role: 'BRAND', organizationId: OTHER_BRAND, subject: 'ra-other-brand' }),
  };
});
afterAll(() => stack?.stop());

/** The events `change` recorded in the inspections outbox. */
async function told(change: () => Promise<unknown>) {
  const before = new Set((await stack.em('inspections').find(OutboxEvent, {})).map((row) => row.id));
  await change();
  const rows = await stack.em('inspections').find(OutboxEvent, {}, { orderBy: { id: 'asc' } });
  return rows
    .filter((row) => !before.has(row.id))
    .map(({ type, version, subject, country, payload }) => ({ type, version, subject, country, payload }));
}

const auditOf = (operation: string) =>
  stack
    .em('inspections')
    .find(AuditEntry, { operation }, { orderBy: { at: 'asc', id: 'asc' } })
    .then((rows) => rows.map(({ organizationId, target, country }) => ({ organizationId, target, country })));

const grantsIn = () => stack.em('inspections').count(ReportAccessGrant, {});
const facilityAs = async (token: string) =>
  dataOf(await stack.query(FACILITY_VIEW, { id: FACILITY }, { token })).facility;
const reportAs = (token: string, id = PRIVATE_REPORT) => stack.query(REPORT, { id }, { token });

describe('the owner grants and revokes', () => {
  it('a grant lets the brand read the PRIVATE report, not its evidence, and counts it in the brand’s compliance; a revocation takes it back', async () => {
    expect(dataOf(await reportAs(tokens.brand)).inspection).toBeNull();
    expect(await facilityAs(tokens.brand)).toEqual({
      inspections: { totalCount: 1 },
      compliance: { basis: { inspections: 1, nonPublicInspections: 1 } },
    });

    let grantId = '';
    const granted = await told(async () => {
      const payload = dataOf(
        await stack.query(
          GRANT,
          { input: { inspectionId: PRIVATE_REPORT, buyerId: BRANDS.granted }, key: key() },
          { token: tokens.owner },
        ),
      ).grantReportAccess!;
      expect(payload).toMatchObject({
        grant: {
          active: true,
          buyer: { id: BRANDS.granted },
          grantedBy: { id: OWNER },
          inspection: { id: PRIVATE_REPORT },
        },
        userErrors: [],
      });
      grantId = payload.grant!.id;
    });
    const payload = (change: 'GRANTED' | 'REVOKED') => ({
      grantId,
      inspectionId: PRIVATE_REPORT,
      facilityId: FACILITY,
      country: 'BD',
      buyerId: BRANDS.granted,
      change,
      decidedBy: OWNER,
    });
    expect(granted).toEqual([
      {
        type: 'REPORT_ACCESS_CHANGED',
        version: 1,
        subject: `Inspection:${PRIVATE_REPORT}`,
        country: 'BD',
        payload: payload('GRANTED'),
      },
    ]);

    const read = await reportAs(tokens.brand);
    expect(read.data?.inspection).toEqual({
      id: PRIVATE_REPORT,
      disclosure: 'PRIVATE',
      findings: [{ id: `${PRIVATE_REPORT}-f0`, evidence: null }],
    });
    expect(read.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['inspection', 'findings', 0, 'evidence']],
    ]);
    expect(await facilityAs(tokens.brand)).toEqual({
      inspections: { totalCount: 2 },
      compliance: { basis: { inspections: 2, nonPublicInspections: 2 } },
    });

    const revoked = await told(async () => {
      const answer = dataOf(
        await stack.query(
          REVOKE,
          { input: { inspectionId: PRIVATE_REPORT, buyerId: BRANDS.granted } },
          { token: tokens.owner },
        ),
      ).revokeReportAccess!;
      expect(answer).toMatchObject({ grant: { id: grantId, active: false }, userErrors: [] });
    });
    expect(revoked.map((event) => event.payload)).toEqual([payload('REVOKED')]);
    expect(dataOf(await reportAs(tokens.brand)).inspection).toBeNull();
    expect((await facilityAs(tokens.brand))?.compliance?.basis.inspections).toBe(1);
    // Revoking again finds nothing to revoke.
    const twice = dataOf(
      await stack.query(
        REVOKE,
        { input: { inspectionId: PRIVATE_REPORT, buyerId: BRANDS.granted } },
        { token: tokens.owner },
      ),
    ).revokeReportAccess!;
    expect(twice.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);

    expect(await auditOf('grantReportAccess')).toContainEqual({
      organizationId: OWNER,
      target: `ReportAccessGrant:${grantId}`,
      country: 'BD',
    });
    expect(await auditOf('revokeReportAccess')).toContainEqual({
      organizationId: OWNER,
      target: `ReportAccessGrant:${grantId}`,
      country: 'BD',
    });
  });

  it('the grant is read by its buyer, the owner and the conductor — not by another brand, nor the public', async () => {
    const granted = dataOf(
      await stack.query(
        GRANT,
        { input: { inspectionId: SHARED_REPORT, buyerId: OTHER_BRAND }, key: key() },
        { token: tokens.owner },
      ),
    ).grantReportAccess!;
    const id = granted.grant!.id;
    for (const token of [tokens.otherBrand, tokens.owner, tokens.auditor])
      expect(dataOf(await stack.query(GRANT_OF, { id }, { token })).reportAccessGrant).toEqual({ id, active: true });
    for (const token of [tokens.brand, tokens.stranger, undefined])
      expect(dataOf(await stack.query(GRANT_OF, { id }, { token })).reportAccessGrant).toBeNull();
    // The report's insiders see who it was granted to, as they see whom the conductor shared it with.
    const insiders = dataOf(await stack.query(INSIDERS, { id: SHARED_REPORT }, { token: tokens.auditor }));
    expect(insiders.inspection?.accessGrants).toEqual([{ buyer: { id: OTHER_BRAND } }]);
    const brandView = await stack.query(INSIDERS, { id: SHARED_REPORT }, { token: tokens.brand });
    expect(brandView.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('a brand may not grant, another supplier cannot find the report, and a planned visit has no report to grant', async () => {
    const before = await grantsIn();
    const asBrand = await stack.query(
      GRANT,
      { input: { inspectionId: PRIVATE_REPORT, buyerId: BRANDS.granted }, key: key() },
      { token: tokens.brand },
    );
    expect(asBrand.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const asStranger = dataOf(
      await stack.query(
        GRANT,
        { input: { inspectionId: PRIVATE_REPORT, buyerId: BRANDS.granted }, key: key() },
        { token: tokens.stranger },
      ),
    ).grantReportAccess!;
    expect(asStranger.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const planned = dataOf(
      await stack.query(
        GRANT,
        { input: { inspectionId: PLANNED_VISIT, buyerId: BRANDS.granted }, key: key() },
        { token: tokens.owner },
      ),
    ).grantReportAccess!;
    expect(planned.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    const revokeAsStranger = dataOf(
      await stack.query(
        REVOKE,
        { input: { inspectionId: SHARED_REPORT, buyerId: OTHER_BRAND } },
        { token: tokens.stranger },
      ),
    ).revokeReportAccess!;
    expect(revokeAsStranger.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await grantsIn()).toBe(before);
  });

  it('the owner cannot revoke what the conductor shared', async () => {
    const events = await told(async () => {
      const answer = dataOf(
        await stack.query(
          REVOKE,
          { input: { inspectionId: SHARED_REPORT, buyerId: BRANDS.granted } },
          { token: tokens.owner },
        ),
      ).revokeReportAccess!;
      expect(answer.grant).toBeNull();
      expect(answer.userErrors).toEqual([
        {
          code: 'NOT_FOUND',
          message: expect.stringMatching(/conducting organisation shared it/),
          field: ['input', 'buyerId'],
        },
      ]);
    });
    expect(events).toEqual([]);
    expect((await reportAs(tokens.brand, SHARED_REPORT)).data?.inspection?.id).toBe(SHARED_REPORT);
  });
});

const ask = (token: string, input: { facilityId: string; inspectionId?: string; message?: string }) =>
  stack.query(REQUEST, { input, key: key() }, { token }).then(dataOf);
const requestsAs = async (token: string | undefined, filter = {}) =>
  dataOf(await stack.query(REQUESTS, { filter }, { token })).reportAccessRequests!;

describe('brands ask, the owner decides', () => {
  it('a brand asks for a facility’s reports, the owner lists the request and grants it, and the brand reads them', async () => {
    const asked = (await ask(tokens.asking, { facilityId: FACILITY, message: 'For our due diligence' }))
      .requestReportAccess!;
    expect(asked).toMatchObject({
      request: { status: 'PENDING', message: 'For our due diligence', facility: { id: FACILITY }, inspection: null },
      userErrors: [],
    });
    const requestId = asked.request!.id;
    // Asking again while the owner has not answered is refused.
    expect(
      (await ask(tokens.asking, { facilityId: FACILITY })).requestReportAccess!.userErrors.map((error) => error.code),
    ).toEqual(['CONFLICT']);

    const pending = await requestsAs(tokens.owner, { status: ['PENDING'] });
    expect(pending.edges.map((edge) => [edge.node.id, edge.node.requestedBy.id])).toContainEqual([
      requestId,
      BRANDS.asking,
    ]);

    const events = await told(async () => {
      const decided = dataOf(
        await stack.query(
          DECIDE,
          { input: { requestId, decision: 'GRANTED', note: 'Welcome' } },
          { token: tokens.owner },
        ),
      ).decideReportAccessRequest!;
      expect(decided.userErrors).toEqual([]);
      expect(decided.request).toMatchObject({ status: 'GRANTED', note: 'Welcome', decidedBy: { id: OWNER } });
    });
    // Every completed report of the facility, not the visit still planned.
    expect(events.map((event) => [event.type, event.payload.inspectionId, event.payload.change])).toEqual([
      ['REPORT_ACCESS_CHANGED', SHARED_REPORT, 'GRANTED'],
      ['REPORT_ACCESS_CHANGED', PRIVATE_REPORT, 'GRANTED'],
    ]);

    const mine = await requestsAs(tokens.asking);
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({
      id: requestId,
      status: 'GRANTED',
      grants: [
        { active: true, inspection: { id: PRIVATE_REPORT } },
        { active: true, inspection: { id: SHARED_REPORT } },
      ],
    });
    // The granted brand reads the PRIVATE report (its evidence is FORBIDDEN, so read the raw answer).
    expect((await reportAs(tokens.asking)).data?.inspection?.id).toBe(PRIVATE_REPORT);

    const again = dataOf(
      await stack.query(DECIDE, { input: { requestId, decision: 'DECLINED' } }, { token: tokens.owner }),
    ).decideReportAccessRequest!;
    expect(again.userErrors).toEqual([{ code: 'CONFLICT', message: 'The request was already granted' }]);

    const audited = await auditOf('decideReportAccessRequest');
    expect(audited.map((entry) => entry.target)).toEqual(
      expect.arrayContaining([`ReportAccessRequest:${requestId}`, expect.stringMatching(/^ReportAccessGrant:/)]),
    );
    expect(await auditOf('requestReportAccess')).toContainEqual({
      organizationId: BRANDS.asking,
      target: `ReportAccessRequest:${requestId}`,
      country: 'BD',
    });
  });

  it('a declined request grants nothing and tells nothing; the brand reads the owner’s note', async () => {
    const requestId = (await ask(tokens.declined, { facilityId: FACILITY })).requestReportAccess!.request!.id;
    const events = await told(async () => {
      const decided = dataOf(
        await stack.query(
          DECIDE,
          { input: { requestId, decision: 'DECLINED', note: 'Ask us after the next audit' } },
          { token: tokens.owner },
        ),
      ).decideReportAccessRequest!;
      expect(decided.request).toMatchObject({ status: 'DECLINED', grants: [] });
    });
    expect(events).toEqual([]);
    const [mine] = (await requestsAs(tokens.declined)).edges;
    expect(mine.node).toMatchObject({ id: requestId, status: 'DECLINED', note: 'Ask us after the next audit' });
    expect((await reportAs(tokens.declined)).data?.inspection).toBeNull();
  });

  it('each brand sees only its own requests; other organisations see none, and only the owner decides', async () => {
    const { id } = (await ask(tokens.otherBrand, { facilityId: FACILITY, message: 'Private words' }))
      .requestReportAccess!.request!;
    for (const token of [tokens.brand, tokens.stranger, tokens.auditor, undefined]) {
      const seen = await requestsAs(token);
      expect(seen.edges.map((edge) => edge.node.id)).not.toContain(id);
    }
    expect((await requestsAs(tokens.otherBrand)).edges.map((edge) => edge.node.requestedBy.id)).toEqual([OTHER_BRAND]);
    expect((await requestsAs(tokens.owner, { facility: FACILITY })).edges.map((edge) => edge.node.id)).toContain(id);

    const byBrand = await stack.query(
      DECIDE,
      { input: { requestId: id, decision: 'GRANTED' } },
      { token: tokens.otherBrand },
    );
    expect(byBrand.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const byStranger = dataOf(
      await stack.query(DECIDE, { input: { requestId: id, decision: 'GRANTED' } }, { token: tokens.stranger }),
    ).decideReportAccessRequest!;
    expect(byStranger.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);

    // Another brand cannot withdraw it; the brand that asked can, and then it is no longer the owner's to decide.
    const foreign = dataOf(await stack.query(WITHDRAW, { id }, { token: tokens.brand })).withdrawReportAccessRequest!;
    expect(foreign.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const withdrawn = dataOf(
      await stack.query(WITHDRAW, { id }, { token: tokens.otherBrand }),
    ).withdrawReportAccessRequest!;
    expect(withdrawn).toEqual({ request: { id, status: 'WITHDRAWN' }, userErrors: [] });
    const late = dataOf(
      await stack.query(DECIDE, { input: { requestId: id, decision: 'GRANTED' } }, { token: tokens.owner }),
    ).decideReportAccessRequest!;
    expect(late.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
  });

  it('a request naming a report the brand may not see is NOT_FOUND; one it reads already may be asked for', async () => {
    const hidden = (await ask(tokens.brand, { facilityId: FACILITY, inspectionId: PRIVATE_REPORT }))
      .requestReportAccess!;
    expect(hidden).toMatchObject({
      request: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'inspectionId'] }],
    });
    const missing = (await ask(tokens.brand, { facilityId: FACILITY, inspectionId: 'insp-ra-none' }))
      .requestReportAccess!;
    expect(missing.userErrors).toEqual(hidden.userErrors);

    const shared = (await ask(tokens.brand, { facilityId: FACILITY, inspectionId: SHARED_REPORT }))
      .requestReportAccess!;
    expect(shared).toMatchObject({ request: { status: 'PENDING', inspection: { id: SHARED_REPORT } }, userErrors: [] });
    const decided = dataOf(
      await stack.query(
        DECIDE,
        { input: { requestId: shared.request!.id, decision: 'GRANTED' } },
        { token: tokens.owner },
      ),
    ).decideReportAccessRequest!;
    expect(decided.request?.grants).toEqual([{ active: true, inspection: { id: SHARED_REPORT } }]);
  });

  it('a supplier, an auditor or the public may not ask', async () => {
    for (const token of [tokens.owner, tokens.auditor, undefined]) {
      const response = await stack.query(REQUEST, { input: { facilityId: FACILITY }, key: key() }, { token });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('who receives REPORT_ACCESS_CHANGED', () => {
  it('the grant’s readers — its buyer even once revoked, the owner, the conductor — not another brand nor the public', async () => {
    const [event] = await told(async () => {
      dataOf(
        await stack.query(
          GRANT,
          { input: { inspectionId: SHARED_REPORT, buyerId: BRANDS.declined }, key: key() },
          { token: tokens.owner },
        ),
      );
    });
    const published: GraphEvent = {
      id: 'evt-report-access',
      source: 'inspections',
      occurredAt: NOW.toISOString(),
      ...event,
    } as GraphEvent;
    const visibility = createEventVisibility({
      subgraphUrl: (name) => stack.subgraphs[name].url,
      secret: signingSecret(),
      sharing: async () => ({ sharedWith: {}, sharingAgreements: {} }),
    });
    const as = (role: Principal['role'], organizationId: string | null, country: string | null = null): Principal => ({
      ...PUBLIC_PRINCIPAL,
      subject: `ra-events-${role}`,
      role,
      organizationId,
      country,
    });
    const receives = async (principal: Principal) => (await visibility.visibleTo(principal, [published]))[0] !== null;
    const readers = [
      as('BRAND', BRANDS.declined),
      as('SUPPLIER', OWNER),
      as('AUDITOR', AUDITOR),
      as('REGULATOR', 'org-ra-inspectorate-bd', 'BD'),
    ];
    for (const principal of readers) expect(await receives(principal), principal.role).toBe(true);
    // BRANDS.granted reads the report (the conductor shared it) but not whom else it goes to.
    for (const principal of [as('BRAND', BRANDS.granted), as('SUPPLIER', STRANGER), PUBLIC_PRINCIPAL])
      expect(await receives(principal), principal.role).toBe(false);

    dataOf(
      await stack.query(
        REVOKE,
        { input: { inspectionId: SHARED_REPORT, buyerId: BRANDS.declined } },
        { token: tokens.owner },
      ),
    );
    expect(await receives(as('BRAND', BRANDS.declined))).toBe(true);

    // A new grant reopens the same one.
    const again = dataOf(
      await stack.query(
        GRANT,
        { input: { inspectionId: SHARED_REPORT, buyerId: BRANDS.declined }, key: key() },
        { token: tokens.owner },
      ),
    ).grantReportAccess!;
    expect(again.grant).toMatchObject({ id: event.payload.grantId, active: true });
  });
});
