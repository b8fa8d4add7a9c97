import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../../subgraphs/agreements/src/entities/agreement.entity';
import { USMCA_RAPID_RESPONSE_STEPS } from '../../vocabulary/grievance-rules';
import { agreementsSubgraph } from '../../subgraphs/agreements/src/server';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  await agreementsSubgraph.seed!(stack.em('agreements'));
});
afterAll(() => stack?.stop());

const RAPID_RESPONSE = graphql(`
  query AgreementDemoRapidResponse {
    agreements(filter: { countries: ["US", "MX"], provision: GRIEVANCE_MECHANISM }) {
      edges {
        node {
          kind
          status
          inForceFrom
          grievanceMechanism {
            name
            citation
            secretariat {
              id
            }
            steps {
              ...AgreementTestStep
            }
            acknowledgeWithinDays
            respondWithinDays
            reviewSteps {
              name
              withinDays
              after
            }
          }
        }
      }
    }
    rules: grievanceRulesOf(agreementId: "agr-usmca-labour-chapter") {
      applies
      rules {
        mechanism
        secretariat {
          id
        }
        steps {
          name
        }
      }
    }
    suspended: grievanceRulesOf(agreementId: "agr-kh-fr-garment") {
      applies
      reason
    }
  }
`);
const EXCHANGES = graphql(`
  query AgreementDemoExchanges {
    nl: country(code: "NL") {
      fromBangladesh: categoriesReceivedFrom(country: "BD")
    }
    bd: country(code: "BD") {
      fromNetherlands: categoriesReceivedFrom(country: "NL")
    }
    fr: country(code: "FR") {
      fromCambodia: categoriesReceivedFrom(country: "KH")
    }
    de: country(code: "DE") {
      fromTurkiye: categoriesReceivedFrom(country: "TR")
    }
    accord: agreements(filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {
      edges {
        node {
          grievanceMechanism {
            acknowledgeWithinDays
            respondWithinDays
          }
        }
      }
    }
    gfa: agreements(
      filter: { organization: "org-global-industrial-workers-federation", kind: [GLOBAL_FRAMEWORK_AGREEMENT] }
    ) {
      totalCount
    }
  }
`);
const AGREEMENT_COUNT = graphql(`
  query AgreementDemoCount {
    agreements(first: 100) {
      totalCount
    }
  }
`);

describe('demo agreements', () => {
  it('are seeded once: seeding a database that has agreements leaves it alone', async () => {
    const before = await stack.em('agreements').count(Agreement);
    await agreementsSubgraph.seed!(stack.em('agreements'));
    expect(await stack.em('agreements').count(Agreement)).toBe(before);
    expect(before).toBeGreaterThanOrEqual(8);
  });

  it('give the grievances subgraph the rapid-response steps of USMCA Annex 31-A to copy', async () => {
    const response = await stack.query(RAPID_RESPONSE, {});
    expect(response.errors).toBeUndefined();
    const { agreements, rules, suspended } = dataOf(response);
    expect(agreements!.edges).toEqual([
      {
        node: {
          kind: 'TRADE_AGREEMENT_LABOUR_CHAPTER',
          status: 'IN_FORCE',
          inForceFrom: '2020-07-01',
          grievanceMechanism: {
            name: 'USMCA_RAPID_RESPONSE',
            citation: expect.stringContaining('Annex 31-A'),
            secretariat: { id: 'org-united-states-labor-standards-office' },
            steps: USMCA_RAPID_RESPONSE_STEPS,
            acknowledgeWithinDays: 10,
            respondWithinDays: 45,
            reviewSteps: [
              { name: 'REMEDIATION_AGREEMENT', withinDays: 10, after: 'PREVIOUS_STEP' },
              { name: 'REMEDIATION', withinDays: 45, after: 'PREVIOUS_STEP' },
            ],
          },
        },
      },
    ]);
    expect(rules).toEqual({
      applies: true,
      rules: {
        mechanism: 'USMCA_RAPID_RESPONSE',
        secretariat: { id: 'org-united-states-labor-standards-office' },
        steps: USMCA_RAPID_RESPONSE_STEPS.map(({ name }) => ({ name })),
      },
    });
    expect(suspended).toEqual({ applies: false, reason: 'the agreement is SUSPENDED since 2024-08-12' });
  });

  it('let the Dutch and Bangladeshi inspectorates exchange findings and cases, but not the suspended Cambodian–French ones', async () => {
    const response = await stack.query(EXCHANGES, {});
    expect(response.errors).toBeUndefined();
    const { nl, bd, fr, de, accord, gfa } = dataOf(response);
    expect(nl?.fromBangladesh).toEqual(['INSPECTION_FINDINGS', 'GRIEVANCE_CASES']);
    expect(bd?.fromNetherlands).toEqual(['INSPECTION_FINDINGS', 'GRIEVANCE_CASES']);
    expect(fr?.fromCambodia).toEqual([]);
    expect(de?.fromTurkiye).toEqual([]);
    expect(accord!.edges[0].node.grievanceMechanism).toEqual({ acknowledgeWithinDays: 7, respondWithinDays: 90 });
    expect(gfa!.totalCount).toBe(1);
  });

  it('show the public everything but the draft under negotiation', async () => {
    const admin = await stack.token({ role: 'ADMIN' });
    const count = async (token?: string) =>
      dataOf(await stack.query(AGREEMENT_COUNT, {}, { token })).agreements!.totalCount;
    expect(await count(admin)).toBe((await count()) + 1);
  });
});
