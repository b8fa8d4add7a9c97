import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Finding } from '../../subgraphs/inspections/src/entities/finding.entity';
import { graphql } from '../__generated__';
import type { FindingInput, SubmitInspectionInput } from '../__generated__/graphql';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { newFacilityId } from './fixtures';

/**
 * What a finding rests on: ILO conventions from the agreements subgraph's list, each citable for
 * the finding's area; an audit scheme's code, whose topic compares findings across schemes; and
 * the legal basis the agreements subgraph judges from the facility country's ratifications.
 */
const TODAY = '2026-06-15';
const SUBMIT = graphql(`
  mutation CitationsSubmit($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        findings {
          id
          area
          conventions
          citedConventions {
            code
            title
            category
            areas
          }
          schemeCode {
            scheme
            code
            title
            topic
            area
            conventions {
              code
            }
          }
          topic
          legalBasis
        }
      }
      userErrors {
        message
      }
    }
  }
`);
const LEGAL_BASIS = graphql(`
  query CitationsLegalBasis($id: ID!) {
    inspection(id: $id) {
      findings {
        conventions
        legalBasis
      }
    }
  }
`);
const SCHEME_CODES = graphql(`
  query CitationsSchemeCodes($area: ComplianceArea) {
    auditSchemeCodes(area: $area) {
      scheme
      code
      topic
      source
    }
  }
`);
const STATS_BY_TOPIC = graphql(`
  query CitationsStatsByTopic($country: String!) {
    complianceStats(groupBy: [TOPIC], filter: { countries: [$country] }) {
      topic
      nonCompliantFacilities
      findingsBySeverity {
        major
        minor
      }
    }
  }
`);
const FINDINGS_OF_ALL = graphql(`
  query CitationsFindingsOfAll($withBasis: Boolean!) {
    inspections(first: 50) {
      edges {
        node {
          country {
            code
          }
          findings {
            conventions
            legalBasis @include(if: $withBasis)
          }
        }
      }
    }
  }
`);
const RECORD_RATIFICATION = graphql(`
  mutation CitationsRecordRatification($input: RecordRatificationInput!, $key: String!) {
    recordRatification(input: $input, idempotencyKey: $key) {
      ratification {
        status
      }
      userErrors {
        message
      }
    }
  }
`);

let stack: TestStack;
let auditor: string;
let admin: string;

const finding = (overrides: Partial<FindingInput> = {}): FindingInput => ({
  area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
  conventions: ['C155'],
  compliancePoint: 'Emergency exits',
  severity: 'MAJOR',
  description: 'The exit on the second floor was locked',
  ...overrides,
});
let keys = 0;
async function submit(findings: FindingInput[], country = 'BD') {
  const input: SubmitInspectionInput = {
    facilityId: newFacilityId(country),
    kind: 'SOCIAL_AUDIT',
    startedOn: '2026-06-10',
    endedOn: '2026-06-11',
    announced: true,
    workersInterviewed: 12,
    findings,
  };
  await ensureRegistered(stack, input.facilityId);
  return stack.query(SUBMIT, { input, key: `citations-${++keys}` }, { token: auditor });
}
const findingsOf = async (findings: FindingInput[], country?: string) =>
  dataOf(await submit(findings, country)).submitInspection!.inspection!.findings;

/** The BAD_USER_INPUT refusal of a submission, after checking that nothing was written. */
async function refusal(findings: FindingInput[]) {
  const before = await stack.em('inspections').count(Finding);
  const response = await submit(findings);
  expect(await stack.em('inspections').count(Finding)).toBe(before);
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return response.errors![0].extensions!.issues as { path: string[]; message: string }[];
}

beforeAll(async () => {
  stack = await startTestStack({ now: new Date(`${TODAY}T12:00:00Z`) });
  auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-citations-audits' });
  admin = await stack.token({ role: 'ADMIN' });
});
afterAll(() => stack?.stop());

describe('findings cite ILO conventions from the shared list', () => {
  it('refuses an unknown convention code, listing the codes it knows', async () => {
    const issues = await refusal([finding({ conventions: ['C155', 'C999'] })]);
    expect(issues).toEqual([
      {
        path: ['input', 'findings', '0', 'conventions', '1'],
        message: expect.stringMatching(
          /^C999 is not an ILO instrument the graph knows; known codes: C001, C014, .*C190, P029$/,
        ),
      },
    ]);
  });

  it('refuses a convention outside the finding’s area, naming the area’s conventions', async () => {
    const issues = await refusal([
      finding({ area: 'FORCED_LABOUR', severity: 'ZERO_TOLERANCE', conventions: ['C155'] }),
    ]);
    expect(issues).toEqual([
      {
        path: ['input', 'findings', '0', 'conventions', '0'],
        message: 'C155 cannot be cited for FORCED_LABOUR; its instruments are C029, P029, C105, C181',
      },
    ]);
  });

  it('refuses a zero-tolerance finding that cites no convention', async () => {
    const issues = await refusal([finding({ area: 'CHILD_LABOUR', severity: 'ZERO_TOLERANCE', conventions: [] })]);
    expect(issues).toEqual([
      {
        path: ['input', 'findings', '0', 'conventions'],
        message: 'a ZERO_TOLERANCE finding must cite at least one ILO instrument; for CHILD_LABOUR: C138, C182',
      },
    ]);
  });

  it('accepts conventions of the area, technical ones included, resolved through the agreements subgraph', async () => {
    const [osh, hours] = await findingsOf([
      finding(),
      finding({ area: 'WORKING_TIME', conventions: ['C001', 'C014'], compliancePoint: 'Overtime' }),
    ]);
    expect(osh.citedConventions).toEqual([
      {
        code: 'C155',
        title: 'Occupational Safety and Health Convention, 1981 (No. 155)',
        category: 'FUNDAMENTAL',
        areas: ['OCCUPATIONAL_SAFETY_AND_HEALTH'],
      },
    ]);
    expect(hours.conventions).toEqual(['C001', 'C014']);
    expect(hours.citedConventions.map((c) => [c.code, c.title, c.category])).toEqual([
      ['C001', 'Hours of Work (Industry) Convention, 1919 (No. 1)', 'TECHNICAL'],
      ['C014', 'Weekly Rest (Industry) Convention, 1921 (No. 14)', 'TECHNICAL'],
    ]);
    expect(osh.schemeCode).toBeNull();
    expect(osh.topic).toBeNull();
  });
});

describe('one findings vocabulary across audit schemes', () => {
  it('files findings under SMETA and amfori BSCI codes that share a topic, and compares them', async () => {
    const [smeta, bsci, plain] = await findingsOf(
      [
        finding({ schemeCode: { scheme: 'SMETA', code: '3' }, conventions: [] }),
        finding({ schemeCode: { scheme: 'AMFORI_BSCI', code: 'pa7' }, severity: 'MINOR' }),
        finding({ area: 'WORKING_TIME', conventions: ['C001'], severity: 'MINOR' }),
      ],
      'KH',
    );
    expect(smeta.schemeCode).toEqual({
      scheme: 'SMETA',
      code: '3',
      title: 'Working conditions are safe and hygienic',
      topic: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
      area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
      conventions: [{ code: 'C155' }, { code: 'C187' }],
    });
    // Without conventions of its own, the finding cites its scheme code's.
    expect(smeta.conventions).toEqual(['C155', 'C187']);
    expect(bsci.schemeCode).toMatchObject({
      scheme: 'AMFORI_BSCI',
      code: 'PA7',
      title: 'Occupational health and safety',
    });
    expect([smeta.topic, bsci.topic]).toEqual(['OCCUPATIONAL_SAFETY_AND_HEALTH', 'OCCUPATIONAL_SAFETY_AND_HEALTH']);
    expect(plain.topic).toBeNull();

    const codes = dataOf(await stack.query(SCHEME_CODES, { area: 'OCCUPATIONAL_SAFETY_AND_HEALTH' })).auditSchemeCodes!;
    expect(new Set(codes.map((code) => code.topic))).toEqual(new Set(['OCCUPATIONAL_SAFETY_AND_HEALTH']));
    expect(codes.filter((code) => code.scheme !== 'BETTER_WORK').map((code) => code.code)).toEqual(['3', 'PA7']);
    expect(codes.find((code) => code.scheme === 'AMFORI_BSCI')?.source).toMatch(/amfori BSCI Code of Conduct.*2021/);

    const rows = dataOf(await stack.query(STATS_BY_TOPIC, { country: 'KH' }, { token: auditor })).complianceStats!;
    expect(rows.find((row) => row.topic === 'OCCUPATIONAL_SAFETY_AND_HEALTH')).toEqual({
      topic: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
      nonCompliantFacilities: 1,
      findingsBySeverity: { major: 1, minor: 1 },
    });
    expect(rows.at(-1)).toMatchObject({ topic: null, findingsBySeverity: { major: 0, minor: 1 } });
    expect(rows.find((row) => row.topic === 'WAGES')?.nonCompliantFacilities).toBe(0);
  });

  it('refuses a scheme code of another area, and an unknown one', async () => {
    const issues = await refusal([
      finding({ area: 'WORKING_TIME', conventions: ['C001'], schemeCode: { scheme: 'SMETA', code: '1' } }),
      finding({ schemeCode: { scheme: 'BETTER_WORK', code: 'OSH.99' } }),
    ]);
    expect(issues).toEqual([
      {
        path: ['input', 'findings', '0', 'schemeCode', 'code'],
        message:
          'SMETA 1 (Employment is freely chosen) is a FORCED_LABOUR code, not WORKING_TIME; SMETA codes for WORKING_TIME: 6',
      },
      {
        path: ['input', 'findings', '1', 'schemeCode', 'code'],
        message: expect.stringMatching(/^BETTER_WORK has no code "OSH.99"; its codes are CL.1, .*WT.3$/),
      },
    ]);
  });
});

describe('the legal basis of a finding, from the ratifications the agreements subgraph keeps', () => {
  it('is CONVENTION where Bangladesh ratified a cited convention, NATIONAL_LAW_ONLY where it did not, until it does', async () => {
    const submitted = dataOf(
      await submit([
        finding({ area: 'FORCED_LABOUR', severity: 'ZERO_TOLERANCE', conventions: ['C029'] }),
        finding({ conventions: ['C155'] }),
        finding({ area: 'WORKING_TIME', conventions: ['C001'] }),
      ]),
    ).submitInspection!.inspection!;
    // BD ratified C029 in 1972; it has not ratified C155; whether it ratified C001 the graph does not know.
    expect(submitted.findings.map((f) => f.legalBasis)).toEqual(['CONVENTION', 'NATIONAL_LAW_ONLY', null]);

    const recorded = dataOf(
      await stack.query(
        RECORD_RATIFICATION,
        {
          input: { country: 'BD', convention: 'C155', status: 'IN_FORCE', date: '2026-01-10' },
          key: 'citations-bd-c155',
        },
        { token: admin },
      ),
    ).recordRatification!;
    expect(recorded).toEqual({ ratification: { status: 'IN_FORCE' }, userErrors: [] });

    const after = dataOf(await stack.query(LEGAL_BASIS, { id: submitted.id }, { token: auditor })).inspection!;
    expect(after.findings.map((f) => [f.conventions, f.legalBasis])).toEqual([
      [['C029'], 'CONVENTION'],
      [['C155'], 'CONVENTION'],
      [['C001'], null],
    ]);
  });

  it('judges every finding of a request on one ratification lookup, whatever the countries and findings', async () => {
    const statements = async (withBasis: boolean) => {
      const before = stack.queries.count;
      const response = await stack.query(FINDINGS_OF_ALL, { withBasis }, { token: auditor });
      expect(response.errors).toBeUndefined();
      const inspections = dataOf(response).inspections!.edges.map((edge) => edge.node);
      return { count: stack.queries.count - before, inspections };
    };
    const without = await statements(false);
    const withBasis = await statements(true);
    expect(new Set(withBasis.inspections.map((inspection) => inspection.country?.code))).toEqual(new Set(['BD', 'KH']));
    expect(withBasis.inspections.flatMap((inspection) => inspection.findings).length).toBeGreaterThan(5);
    expect(withBasis.count - without.count).toBe(1);
  });
});
