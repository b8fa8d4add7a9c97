import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../runtime/config';
import { graphql } from '../__generated__';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { addFacility, addInspection, addOrganization, newFacilityId } from './fixtures';

/**
 * No N+1: the SQL statements behind a list do not grow with its length. Counted across all
 * subgraphs for the canonical BrandSupplierCompliance shape (its inspections and suppliers
 * parts) for a brand with 5 suppliers and one with 50.
 */
const BRAND_QUERY = graphql(`
  query BatchingBrandSupplierCompliance {
    viewer {
      organization {
        name
        supplyChain(first: 50) {
          totalCount
          edges {
            node {
              tier
              facility {
                id
                name
                country {
                  code
                }
                compliance {
                  score
                  grade
                  openFindings
                  openFindingsBySeverity {
                    major
                  }
                  nonComplianceByArea {
                    area
                  }
                  lastInspected
                  overdueCorrectiveActions
                }
                latestInspection {
                  endedOn
                  findings(first: 5) {
                    area
                    severity
                    status
                  }
                }
                inspections(first: 3) {
                  totalCount
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const INSPECTIONS_QUERY = graphql(`
  query BatchingInspections($first: Int!) {
    inspections(first: $first) {
      edges {
        node {
          id
          sharedWith {
            id
          }
          jointInspectors {
            id
          }
          findings(first: 5) {
            evidence
            correctiveActions {
              status
              overdue
            }
          }
          correctiveActions {
            finding {
              severity
            }
            facility {
              id
            }
          }
          facility {
            compliance {
              score
            }
            latestInspection {
              id
            }
            inspections(first: 2) {
              totalCount
            }
          }
        }
      }
    }
  }
`);

let stack: TestStack;

function seedBrand(brandId: string, facilityCount: number) {
  const suppliers = stack.em('suppliers');
  const inspections = stack.em('inspections');
  addOrganization(suppliers, brandId, 'BRAND');
  for (let n = 0; n < facilityCount; n++) {
    const facilityId = newFacilityId(['BD', 'VN', 'MX'][n % 3]);
    addFacility(suppliers, facilityId, null, [brandId]);
    for (const [k, endedOn] of ['2025-09-01', '2026-02-01'].entries()) {
      addInspection(inspections, {
        id: `${brandId}-${n}-${k}`,
        facilityId,
        endedOn,
        disclosure: 'PUBLIC',
        findings: [
          { severity: 'MAJOR', actions: [{ dueOn: '2025-10-01', status: 'IN_PROGRESS' }] },
          { severity: 'MINOR', area: 'WORKING_TIME' },
          { severity: 'OBSERVATION', area: 'COMPENSATION' },
        ],
      });
    }
  }
  return Promise.all([suppliers.flush(), inspections.flush()]);
}

/**
 * Runs a query and counts its SQL statements; denied confidential fields are expected, other
 * errors are not. A first run warms what other services cache across requests, so it is not counted.
 */
async function statementsFor<Data>(run: () => Promise<GraphQLResponse<Data>>) {
  await run();
  const before = stack.queries.count;
  const response = await run();
  expect((response.errors ?? []).every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
  return { statements: stack.queries.count - before, data: response.data };
}

beforeAll(async () => {
  // The canonical query is deeper than the gateway's default cost budget allows (reported to the lead).
  overrideConfig({ MAX_QUERY_COST: 1_000_000 });
  stack = await startTestStack({ now: new Date('2026-06-15T12:00:00Z') });
  addOrganization(stack.em('suppliers'), 'org-batch-supplier', 'SUPPLIER');
  await seedBrand('org-batch-small', 5);
  await seedBrand('org-batch-large', 50);
});
afterAll(() => stack?.stop());

describe('no N+1 queries', () => {
  it('reads a brand’s 50 suppliers’ compliance with as many statements as 5 suppliers', async () => {
    const brand = async (organizationId: string) => {
      const token = await stack.token({ role: 'BRAND', organizationId });
      return statementsFor(() => stack.query(BRAND_QUERY, {}, { token }));
    };
    const small = await brand('org-batch-small');
    const large = await brand('org-batch-large');
    const facilities = large.data?.viewer!.organization?.supplyChain!.edges.map((edge) => edge.node.facility) ?? [];
    expect(facilities).toHaveLength(50);
    // Two inspections (2025-09-01, 2026-02-01), each an open MAJOR and an open MINOR, in full: 100 − 2 × (15 + 5) = 60, C
    expect(
      new Set(facilities.map((facility) => `${facility.compliance?.score}/${facility.compliance?.grade}`)),
    ).toEqual(new Set(['60/C']));
    expect(facilities[0]).toMatchObject({
      compliance: { openFindings: 6, overdueCorrectiveActions: 2 },
      latestInspection: { endedOn: '2026-02-01' },
      inspections: { totalCount: 2 },
    });
    expect(facilities[0].latestInspection?.findings).toHaveLength(3);
    expect(large.statements).toBe(small.statements);
  });

  it('reads a long list of inspections with their findings, plans and facilities in as many statements as a short one', async () => {
    const token = await stack.token({ role: 'REGULATOR', organizationId: 'org-batch-regulator', country: 'BD' });
    const short = await statementsFor(() => stack.query(INSPECTIONS_QUERY, { first: 2 }, { token }));
    const long = await statementsFor(() => stack.query(INSPECTIONS_QUERY, { first: 60 }, { token }));
    expect(long.data?.inspections!.edges).toHaveLength(60);
    expect(long.statements).toBe(short.statements);
  });
});
