import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../gateway/src/auth';
import { graphql } from '../__generated__';
import { IN_FORCE, agreementIn, bilateral } from '../agreements/support';
import { addFacility, addOrganization, file, newFacilityId, submission } from '../grievances/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * Who sees which grievance counts: every role against Facility.grievanceSummary and
 * grievanceStats. Each of two facilities, in Bangladesh and Viet Nam, has five alike union cases
 * (one cell of 5, shown to everyone) and one civil-society case about another area (a cell of 1,
 * withheld). A regulator sees every case of the countries whose cases it may see: its own, and
 * Bangladesh's for the Netherlands' regulator under an agreement sharing GRIEVANCE_CASES.
 */
let stack: TestStack;
const BANGLADESH = newFacilityId('BD');
const VIET_NAM = newFacilityId('VN');
const ORG = {
  brand: 'org-ga-brand',
  supplier: 'org-ga-supplier',
  union: 'org-ga-union',
  civilSociety: 'org-ga-civil-society',
  auditFirm: 'org-ga-audit-firm',
};

const CALLERS: Record<string, TokenRequest | null> = {
  PUBLIC: null,
  BRAND: { role: 'BRAND', organizationId: ORG.brand },
  SUPPLIER: { role: 'SUPPLIER', organizationId: ORG.supplier },
  UNION: { role: 'UNION', organizationId: ORG.union },
  CIVIL_SOCIETY: { role: 'CIVIL_SOCIETY', organizationId: ORG.civilSociety },
  AUDITOR: { role: 'AUDITOR', organizationId: ORG.auditFirm },
  ADMIN: { role: 'ADMIN' },
  REGULATOR_HOME: { role: 'REGULATOR', organizationId: 'org-ga-inspectorate-bd', country: 'BD' },
  REGULATOR_PARTNER: { role: 'REGULATOR', organizationId: 'org-ga-inspectorate-nl', country: 'NL' },
  REGULATOR_FOREIGN: { role: 'REGULATOR', organizationId: 'org-ga-inspectorate-vn', country: 'VN' },
};
type Caller = keyof typeof CALLERS;

/** The countries whose every case each caller sees counted; everyone else sees the cell of 5 only. */
const FULL_VIEW: Record<Caller, ('BD' | 'VN')[]> = {
  PUBLIC: [],
  BRAND: [],
  SUPPLIER: [],
  UNION: [],
  CIVIL_SOCIETY: [],
  AUDITOR: [],
  ADMIN: [],
  REGULATOR_HOME: ['BD'],
  REGULATOR_PARTNER: ['BD'],
  REGULATOR_FOREIGN: ['VN'],
};

const SUMMARIES = graphql(`
  query GrievanceAggregatesSummaries($bangladesh: ID!, $vietNam: ID!) {
    bangladesh: facility(id: $bangladesh) {
      grievanceSummary {
        ...GrievanceAggregatesSummary
      }
    }
    vietNam: facility(id: $vietNam) {
      grievanceSummary {
        ...GrievanceAggregatesSummary
      }
    }
  }
  fragment GrievanceAggregatesSummary on GrievanceSummary {
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
`);
const STATS = graphql(`
  query GrievanceAggregatesStats {
    byCountry: grievanceStats(groupBy: [COUNTRY], filter: { country: ["BD", "VN"] }) {
      country {
        code
      }
      cases
      open
      overdue
      suppressed
    }
    total: grievanceStats(groupBy: []) {
      cases
      open
      overdue
      suppressed
    }
  }
`);

const tokens = {} as Record<Caller, string | undefined>;

beforeAll(async () => {
  stack = await startTestStack();
  const registry = stack.em('suppliers');
  addOrganization(registry, ORG.brand, 'BRAND', 'DE');
  addOrganization(registry, ORG.supplier, 'SUPPLIER');
  addOrganization(registry, ORG.union, 'UNION');
  addOrganization(registry, ORG.civilSociety, 'CIVIL_SOCIETY');
  addOrganization(registry, ORG.auditFirm, 'AUDIT_FIRM');
  addFacility(registry, BANGLADESH, ORG.supplier, [ORG.brand]);
  addFacility(registry, VIET_NAM, ORG.supplier, [ORG.brand]);
  await registry.flush();
  for (const [caller, request] of Object.entries(CALLERS))
    tokens[caller] = request ? await stack.token({ ...request, subject: `ga-${caller.toLowerCase()}` }) : undefined;
  await agreementIn(
    stack,
    tokens.ADMIN!,
    bilateral('BD', 'NL', ['GRIEVANCE_CASES'], 'BD–NL complaint referral'),
    IN_FORCE,
  );
  for (const facility of [BANGLADESH, VIET_NAM]) {
    for (let n = 0; n < 5; n++)
      await file(stack, submission({ facility: { id: facility }, areas: ['WORKING_TIME'] }), tokens.UNION);
    await file(
      stack,
      submission({ facility: { id: facility }, areas: ['FREEDOM_OF_ASSOCIATION'] }),
      tokens.CIVIL_SOCIETY,
    );
  }
});
afterAll(() => stack?.stop());

const summaryOf = (full: boolean) =>
  full
    ? { open: 6, overdue: 0, resolved: 0, suppressed: false }
    : { open: 5, overdue: null, resolved: null, suppressed: true };
const areaOf = (full: boolean) => ({
  WORKING_TIME: { area: 'WORKING_TIME', open: 5, suppressed: !full },
  FREEDOM_OF_ASSOCIATION: { area: 'FREEDOM_OF_ASSOCIATION', open: full ? 1 : null, suppressed: !full },
  CHILD_LABOUR: { area: 'CHILD_LABOUR', open: full ? 0 : null, suppressed: !full },
});
const rowOf = (code: string, full: boolean) =>
  full
    ? { country: { code }, cases: 6, open: 6, overdue: 0, suppressed: false }
    : { country: { code }, cases: 5, open: 5, overdue: null, suppressed: true };

describe.each(Object.keys(CALLERS))('%s', (caller) => {
  const full = (country: 'BD' | 'VN') => FULL_VIEW[caller].includes(country);

  it(`sees ${FULL_VIEW[caller].join(' and ') || 'no country'} in full and the rest as cells of 5 or more in Facility.grievanceSummary`, async () => {
    const response = await stack.query(
      SUMMARIES,
      { bangladesh: BANGLADESH, vietNam: VIET_NAM },
      { token: tokens[caller] },
    );
    const data = dataOf(response);
    for (const [facility, country] of [
      [data.bangladesh, 'BD'],
      [data.vietNam, 'VN'],
    ] as const) {
      const { byArea, ...counts } = facility!.grievanceSummary!;
      expect(counts).toEqual(summaryOf(full(country)));
      expect(byArea).toHaveLength(8);
      const expected = areaOf(full(country));
      for (const area of ['WORKING_TIME', 'FREEDOM_OF_ASSOCIATION', 'CHILD_LABOUR'] as const)
        expect(byArea.find((row) => row.area === area)).toEqual(expected[area]);
    }
  });

  it(`sees ${FULL_VIEW[caller].join(' and ') || 'no country'} in full and the rest as cells of 5 or more in grievanceStats`, async () => {
    const { byCountry, total } = dataOf(await stack.query(STATS, {}, { token: tokens[caller] }));
    expect(byCountry).toEqual([rowOf('BD', full('BD')), rowOf('VN', full('VN'))]);
    // All countries together: the regulator's own cases exactly, the other country's shown cell.
    const cases = (full('BD') ? 6 : 5) + (full('VN') ? 6 : 5);
    expect(total).toEqual([{ cases, open: cases, overdue: FULL_VIEW[caller].length ? 0 : null, suppressed: true }]);
  });
});
