import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNION_GRIEVANCES } from '../../bench/operations';
import { AuditEntry } from '../../runtime/audit';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacility, addOrganization, file, move, newFacilityId, submission } from './fixtures';

/**
 * Organisations file and handle cases: a union follows its own case in full; the supplier that
 * handles a case about its facility never sees who complained; a brand sourcing from the facility
 * sees counts only; the jurisdiction's regulator sees everything but the identity.
 */
const NOW = new Date('2026-04-01T09:00:00Z');
const UNION = 'org-grv-org-union';
const OTHER_UNION = 'org-grv-org-other-union';
const SUPPLIER = 'org-grv-org-supplier';
const BRAND = 'org-grv-org-brand';
const FACILITY = newFacilityId('BD');
const QUIET_FACILITY = newFacilityId('BD');

let stack: TestStack;
const tokens: Record<string, string> = {};
let caseId: string;

const OWN_CASES = graphql(UNION_GRIEVANCES);
const SUMMARY = graphql(`
  query OrganisationsFacilitySummary($id: ID!) {
    facility(id: $id) {
      grievanceSummary {
        open
        overdue
        resolved
        suppressed
        byArea {
          area
          open
          suppressed
        }
      }
    }
  }
`);
const DETAIL = graphql(`
  query OrganisationsCaseDetail($id: ID!) {
    grievance(id: $id) {
      complainantIdentity
      contact
      description
      filedBy
      filingOrganization {
        id
      }
      handlerKind
      handler {
        id
      }
      timeline {
        kind
        public
        note
        notifiedOrganization {
          id
        }
      }
    }
  }
`);
const COUNT_AND_CASE = graphql(`
  query OrganisationsCountAndCase($id: ID!) {
    grievances(first: 5) {
      totalCount
    }
    grievance(id: $id) {
      id
    }
  }
`);
const SUPPLIER_READ = graphql(`
  query OrganisationsSupplierRead($id: ID!) {
    grievance(id: $id) {
      summary
      description
      complainantIdentity
      contact
      version
    }
  }
`);
const BRAND_READ = graphql(`
  query OrganisationsBrandRead($id: ID!) {
    grievances(first: 10) {
      totalCount
    }
    grievance(id: $id) {
      summary
    }
  }
`);
const COUNT = graphql(`
  query OrganisationsCaseCount($first: Int!) {
    grievances(first: $first) {
      totalCount
    }
  }
`);
const REGULATOR_READ = graphql(`
  query OrganisationsRegulatorRead($id: ID!) {
    grievances(first: 10) {
      totalCount
    }
    grievance(id: $id) {
      description
      complainantIdentity
    }
  }
`);
const IDENTITY_READ = graphql(`
  query OrganisationsIdentityRead($id: ID!) {
    grievance(id: $id) {
      complainantIdentity
      description
    }
  }
`);

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, SUPPLIER, 'SUPPLIER');
  addOrganization(suppliers, BRAND, 'BRAND', 'DE');
  addOrganization(suppliers, UNION, 'UNION');
  addFacility(suppliers, FACILITY, SUPPLIER, [BRAND]);
  addFacility(suppliers, QUIET_FACILITY, SUPPLIER, [BRAND]);
  await suppliers.flush();
  tokens.union = await stack.token({ role: 'UNION', organizationId: UNION, subject: 'union-officer' });
  tokens.otherUnion = await stack.token({ role: 'UNION', organizationId: OTHER_UNION });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER, subject: 'supplier-compliance' });
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: BRAND });
  tokens.regulator = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-grv-org-inspectorate',
    country: 'BD',
    subject: 'inspector',
  });
  tokens.foreignRegulator = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-grv-org-vn-inspectorate',
    country: 'VN',
  });

  const filed = await file(
    stack,
    submission({
      facility: { id: FACILITY },
      areas: ['FREEDOM_OF_ASSOCIATION'],
      summary: 'Union officers dismissed after registration',
      complainantIdentity: 'Nasrin A., union secretary',
      contact: '+880 1700 000000',
      facilityOwnerId: SUPPLIER,
      brandIds: [BRAND],
      language: 'bn',
      channel: 'UNION_REPRESENTATIVE',
    }),
    tokens.union,
  );
  caseId = filed.grievance.id;
  // Five more open cases about the same facility, so that its summary clears the suppression threshold.
  for (let n = 0; n < 5; n++)
    await file(stack, submission({ facility: { id: FACILITY }, facilityOwnerId: SUPPLIER }), tokens.union);
});
afterAll(() => stack?.stop());

describe('a union', () => {
  it('files and follows its own case with the canonical query, routed to the facility owner with brand and regulator notified', async () => {
    const response = await stack.query(OWN_CASES, {}, { token: tokens.union });
    expect(response.errors).toBeUndefined();
    const { grievances } = dataOf(response);
    expect(grievances!.totalCount).toBe(6);
    const own = grievances!.edges
      .map((edge) => edge.node)
      .find((node) => node.areas.includes('FREEDOM_OF_ASSOCIATION'));
    expect(own).toMatchObject({
      status: 'RECEIVED',
      overdue: false,
      // The Bangladesh Labour Act's periods: no statutory acknowledgement period (7 days), a decision in 30.
      deadlines: { acknowledgeBy: '2026-04-08T09:00:00.000Z', respondBy: '2026-05-01T09:00:00.000Z' },
      facility: { name: `Facility ${FACILITY}` },
      agreement: null,
    });
    expect(own?.trackingCode).toMatch(/^GRV-/);
    expect(own?.timeline.map((event) => event.status)).toEqual(['RECEIVED', 'RECEIVED', 'RECEIVED', 'RECEIVED']);

    const detail = await stack.query(DETAIL, { id: caseId }, { token: tokens.union });
    expect(detail.errors).toBeUndefined();
    const { grievance } = dataOf(detail);
    expect(grievance).toMatchObject({
      complainantIdentity: 'Nasrin A., union secretary',
      contact: '+880 1700 000000',
      filedBy: 'UNION',
      filingOrganization: { id: UNION },
      handlerKind: 'FACILITY_OWNER',
      handler: { id: SUPPLIER },
    });
    expect(grievance?.timeline).toEqual([
      { kind: 'FILED', public: true, note: null, notifiedOrganization: null },
      {
        kind: 'ROUTED',
        public: false,
        note: expect.stringContaining(`Routed to ${SUPPLIER} (FACILITY_OWNER)`),
        notifiedOrganization: null,
      },
      { kind: 'NOTIFIED', public: false, note: expect.any(String), notifiedOrganization: { id: BRAND } },
      { kind: 'NOTIFIED', public: false, note: 'The labour inspectorate of BD notified.', notifiedOrganization: null },
    ]);
  });

  it('does not see the cases another union filed', async () => {
    const response = await stack.query(COUNT_AND_CASE, { id: caseId }, { token: tokens.otherUnion });
    expect(response.data).toEqual({ grievances: { totalCount: 0 }, grievance: null });
  });
});

describe('the supplier handling a case about its facility', () => {
  it('moves the case, but never reads the complainant’s words or who reported it', async () => {
    const read = await stack.query(SUPPLIER_READ, { id: caseId }, { token: tokens.supplier });
    const grievance = read.data?.grievance;
    expect(grievance).toMatchObject({
      summary: null,
      description: null,
      complainantIdentity: null,
      contact: null,
    });
    expect(read.errors?.map((error) => [error.path?.at(-1), error.extensions?.code])).toEqual([
      ['summary', 'FORBIDDEN'],
      ['description', 'FORBIDDEN'],
      ['complainantIdentity', 'FORBIDDEN'],
      ['contact', 'FORBIDDEN'],
    ]);
    await move(stack, tokens.supplier, caseId, 'ACKNOWLEDGED', grievance!.version);
  });
});

describe('a brand sourcing from the facility', () => {
  it('sees counts for its supplier and no case text', async () => {
    const cases = await stack.query(BRAND_READ, { id: caseId }, { token: tokens.brand });
    expect(cases.data).toEqual({ grievances: { totalCount: 0 }, grievance: null });

    const summary = await stack.query(SUMMARY, { id: FACILITY }, { token: tokens.brand });
    expect(summary.errors).toBeUndefined();
    const grievanceSummary = dataOf(summary).facility?.grievanceSummary;
    if (!grievanceSummary) throw new Error('expected the facility’s grievance summary');
    const { byArea, ...counts } = grievanceSummary;
    // The five alike cases make one cell of 5, which is shown; the sixth is a cell of 1, withheld.
    expect(counts).toEqual({ open: 5, overdue: null, resolved: null, suppressed: true });
    expect(byArea).toHaveLength(8);
    expect(byArea.find((row) => row.area === 'WORKING_TIME')).toEqual({
      area: 'WORKING_TIME',
      open: 5,
      suppressed: true,
    });
    expect(byArea.find((row) => row.area === 'FREEDOM_OF_ASSOCIATION')).toEqual({
      area: 'FREEDOM_OF_ASSOCIATION',
      open: null,
      suppressed: true,
    });

    const quiet = await stack.query(SUMMARY, { id: QUIET_FACILITY }, { token: tokens.brand });
    expect(quiet.data?.facility?.grievanceSummary).toMatchObject({
      open: null,
      overdue: null,
      resolved: null,
      suppressed: true,
    });
  });

  it('sees the same suppressed counts as the public', async () => {
    const anonymous = await stack.query(SUMMARY, { id: FACILITY });
    expect(anonymous.data?.facility?.grievanceSummary).toMatchObject({
      open: 5,
      overdue: null,
      resolved: null,
      suppressed: true,
    });
    expect((await stack.query(COUNT, { first: 5 })).data?.grievances!.totalCount).toBe(0);
  });
});

describe('the regulator of the jurisdiction', () => {
  it('sees every case about its facilities and the counts unsuppressed, but not the identity of a case it does not handle', async () => {
    const cases = await stack.query(REGULATOR_READ, { id: caseId }, { token: tokens.regulator });
    expect(cases.data?.grievances!.totalCount).toBe(6);
    expect(cases.data?.grievance).toEqual({ description: expect.any(String), complainantIdentity: null });
    expect(cases.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const summary = await stack.query(SUMMARY, { id: FACILITY }, { token: tokens.regulator });
    expect(summary.data?.facility?.grievanceSummary).toMatchObject({
      open: 6,
      overdue: 0,
      resolved: 0,
      suppressed: false,
    });
  });

  it('of another country sees none of them', async () => {
    const cases = await stack.query(COUNT, { first: 10 }, { token: tokens.foreignRegulator });
    expect(cases.data?.grievances!.totalCount).toBe(0);
    const summary = await stack.query(SUMMARY, { id: FACILITY }, { token: tokens.foreignRegulator });
    expect(summary.data?.facility?.grievanceSummary?.suppressed).toBe(true);
  });
});

describe('dashboard statistics', () => {
  const STATS = graphql(`
    query OrganisationsStats {
      grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: ["BD"] }) {
        country {
          code
        }
        area
        cases
        open
        overdue
        suppressed
      }
    }
  `);

  it('withhold cells under five cases from the public', async () => {
    const rows = (await stack.query(STATS)).data?.grievanceStats;
    expect(rows).toEqual(
      expect.arrayContaining([
        { country: { code: 'BD' }, area: 'WORKING_TIME', cases: 5, open: 5, overdue: null, suppressed: true },
        {
          country: { code: 'BD' },
          area: 'FREEDOM_OF_ASSOCIATION',
          cases: null,
          open: null,
          overdue: null,
          suppressed: true,
        },
      ]),
    );
  });

  it('show every count to the regulator of the country', async () => {
    const rows = (await stack.query(STATS, {}, { token: tokens.regulator })).data?.grievanceStats;
    expect(rows?.find((row) => row.area === 'FREEDOM_OF_ASSOCIATION')).toEqual({
      country: { code: 'BD' },
      area: 'FREEDOM_OF_ASSOCIATION',
      cases: 1,
      open: 1,
      overdue: 0,
      suppressed: false,
    });
  });
});

describe('withdrawal by the filing organisation', () => {
  const WITHDRAW = graphql(`
    mutation OrganisationsWithdraw($code: String!) {
      withdrawGrievance(trackingCode: $code, reason: "Settled with management") {
        tracking {
          status
        }
        userErrors {
          code
        }
      }
    }
  `);

  it('needs no secret for the organisation that filed, and is refused to anyone else', async () => {
    const { trackingCode } = await file(stack, submission({ facility: { id: QUIET_FACILITY } }), tokens.union);
    expect(
      (await stack.query(WITHDRAW, { code: trackingCode }, { token: tokens.otherUnion })).data?.withdrawGrievance,
    ).toEqual({ tracking: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await stack.query(WITHDRAW, { code: trackingCode })).data?.withdrawGrievance!.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    expect(
      (await stack.query(WITHDRAW, { code: trackingCode }, { token: tokens.union })).data?.withdrawGrievance,
    ).toEqual({ tracking: { status: 'WITHDRAWN' }, userErrors: [] });
  });
});

describe('the audit log', () => {
  it('records every filing, every move and every read of an identity or a description, with who read it', async () => {
    const read = await stack.query(IDENTITY_READ, { id: caseId }, { token: tokens.union });
    // Still there after the supplier moved the case: changes never touch the confidential columns.
    expect(read.data?.grievance?.complainantIdentity).toBe('Nasrin A., union secretary');
    const entries = await stack
      .em('grievances')
      .find(AuditEntry, { target: `Grievance:${caseId}` }, { orderBy: { at: 'asc' } });
    const seen = entries.map((entry) => `${entry.operation} by ${entry.subject ?? entry.role}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'submitGrievance by union-officer',
        'transitionGrievance by supplier-compliance',
        'read:Grievance.complainantIdentity by union-officer',
        'read:Grievance.description by union-officer',
        'read:Grievance.description by inspector',
      ]),
    );
    // A denied read is not a read: the supplier's attempts on the identity and the description left no entry.
    expect(seen).not.toContain('read:Grievance.complainantIdentity by supplier-compliance');
    expect(seen).not.toContain('read:Grievance.description by supplier-compliance');
    expect(entries.every((entry) => entry.country === 'BD')).toBe(true);
  });
});
