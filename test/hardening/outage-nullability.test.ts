import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '../../runtime/subgraph-names';
import { graphql } from '../__generated__';
import { addFacility, addInspection, addOrganization, newFacilityId } from '../inspections/fixtures';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * One service's outage nulls only the fields that service resolves: the objects around them, and
 * the other services' fields, are still answered (test/schema-nullability.test.ts checks the
 * schema rule that makes this so). Each suite stops one subgraph of its own stack.
 */
const BRAND = 'org-outage-brand';
const SUPPLIER = 'org-outage-supplier';
const FACILITY = newFacilityId('BD');

const BRAND_ORGANIZATION = graphql(`
  query OutageBrandOrganization {
    viewer {
      role
      organization {
        id
        name
        country {
          code
          name
        }
      }
    }
  }
`);
const VIEWER_AND_COUNTRIES = graphql(`
  query OutageViewerAndCountries {
    viewer {
      role
    }
    countries(first: 1) {
      totalCount
    }
  }
`);
const INSPECTED_FACILITY = graphql(`
  query OutageInspectedFacility {
    inspections(first: 5) {
      edges {
        node {
          id
          endedOn
          facility {
            id
            name
            country {
              code
            }
            compliance {
              score
            }
          }
        }
      }
    }
  }
`);
const FACILITY_AND_AUDIT_TRAIL = graphql(`
  query OutageFacilityAndAuditTrail($id: ID!) {
    facility(id: $id) {
      id
      name
      compliance {
        score
      }
    }
    auditTrail {
      suppliers(first: 1) {
        totalCount
      }
      inspections(first: 1) {
        totalCount
      }
    }
  }
`);
const SUPPLY_CHAIN_GRIEVANCES = graphql(`
  query OutageSupplyChainGrievances {
    viewer {
      organization {
        name
        supplyChain(first: 5) {
          edges {
            node {
              tier
              facility {
                id
                name
                grievanceSummary {
                  open
                }
              }
            }
          }
        }
      }
    }
    grievances(first: 1) {
      totalCount
    }
  }
`);

/** A stack with a brand buying from one inspected facility, and `down` stopped. */
function stackWithout(down: SubgraphName) {
  const running = { stack: undefined as TestStack | undefined };
  beforeAll(async () => {
    const stack = await startTestStack();
    running.stack = stack;
    const registry = stack.em('suppliers');
    addOrganization(registry, BRAND, 'BRAND', 'NL');
    addOrganization(registry, SUPPLIER, 'SUPPLIER', 'BD');
    addFacility(registry, FACILITY, SUPPLIER, [BRAND]);
    await registry.flush();
    const inspections = stack.em('inspections');
    addInspection(inspections, { id: 'insp-outage', facilityId: FACILITY, ownerId: SUPPLIER });
    await inspections.flush();
    await stack.subgraphs[down].stop();
  });
  afterAll(async () => {
    await running.stack?.stop();
  });
  return () => running.stack!;
}

/**
 * The errors as `path: code`. The gateway reports an unavailable service once per object whose
 * fields it would have fetched there, at that object's path.
 */
const errorsOf = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => `${(error.path ?? []).join('.')}: ${error.extensions?.code}`).sort();

describe('the agreements service is down', () => {
  const stack = stackWithout('agreements');

  it('answers a brand’s organisation with its own fields, only its country’s name null', async () => {
    const token = await stack().token({ role: 'BRAND', organizationId: BRAND });
    const response = await stack().query(BRAND_ORGANIZATION, {}, { token });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      viewer: { role: 'BRAND', organization: { id: BRAND, name: BRAND, country: { code: 'NL', name: null } } },
    });
    expect(errorsOf(response)).toEqual(['viewer.organization.country: SUBGRAPH_UNAVAILABLE']);
  });

  it('nulls its root field only, not the other services’ root fields beside it', async () => {
    const token = await stack().token({ role: 'ADMIN' });
    const response = await stack().query(VIEWER_AND_COUNTRIES, {}, { token });
    expect(response.data).toEqual({ viewer: { role: 'ADMIN' }, countries: null });
    expect(errorsOf(response)).toEqual(['countries: SUBGRAPH_UNAVAILABLE']);
  });
});

describe('the suppliers service is down', () => {
  const stack = stackWithout('suppliers');

  it('answers an inspection and its facility’s id and compliance, only the registry’s facts null', async () => {
    const token = await stack().token({ role: 'ADMIN' });
    const response = await stack().query(INSPECTED_FACILITY, {}, { token });
    expect(response.status).toBe(200);
    expect(response.data?.inspections?.edges).toEqual([
      {
        node: {
          id: 'insp-outage',
          endedOn: '2026-03-10',
          facility: { id: FACILITY, name: null, country: null, compliance: { score: 100 } },
        },
      },
    ]);
    expect(errorsOf(response)).toEqual(['inspections.edges.0.node.facility: SUBGRAPH_UNAVAILABLE']);
  });
});

describe('the inspections service is down', () => {
  const stack = stackWithout('inspections');

  it('answers the facility and the registry’s audit entries, only the inspections’ parts null', async () => {
    const token = await stack().token({ role: 'ADMIN' });
    const response = await stack().query(FACILITY_AND_AUDIT_TRAIL, { id: FACILITY }, { token });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      facility: { id: FACILITY, name: `Facility ${FACILITY}`, compliance: null },
      auditTrail: { suppliers: { totalCount: 0 }, inspections: null },
    });
    expect(errorsOf(response)).toEqual(['auditTrail: SUBGRAPH_UNAVAILABLE', 'facility: SUBGRAPH_UNAVAILABLE']);
  });
});

describe('the grievances service is down', () => {
  const stack = stackWithout('grievances');

  it('answers a brand’s supply chain, only the grievance summaries and the grievance list null', async () => {
    const token = await stack().token({ role: 'BRAND', organizationId: BRAND });
    const response = await stack().query(SUPPLY_CHAIN_GRIEVANCES, {}, { token });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      viewer: {
        organization: {
          name: BRAND,
          supplyChain: {
            edges: [
              { node: { tier: 1, facility: { id: FACILITY, name: `Facility ${FACILITY}`, grievanceSummary: null } } },
            ],
          },
        },
      },
      grievances: null,
    });
    expect(errorsOf(response)).toEqual([
      'grievances: SUBGRAPH_UNAVAILABLE',
      'viewer.organization.supplyChain.edges.0.node.facility: SUBGRAPH_UNAVAILABLE',
    ]);
  });
});
