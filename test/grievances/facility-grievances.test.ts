import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { parseGrievanceSubmission } from '../../subgraphs/grievances/src/domain';
import { openCase } from '../../subgraphs/grievances/src/mutations/intake';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { graphql } from '../__generated__';
import type { FacilityGrievancesOfFacilityQueryVariables } from '../__generated__/graphql';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { addFacility, addOrganization, file, newFacilityId, submission } from './fixtures';

/**
 * Facility.grievances: the facility's owner sees every case about it — also an anonymous
 * worker's that never named the owner — with the handler's summary but never the complainant's
 * words or who the complainant is; the
 * registry tells the grievances subgraph who owns the facility through the gateway (@requires).
 * Everyone else sees there what Query.grievances shows it. Pages cost the same statements for
 * 20 facilities as for 2.
 */
const NOW = new Date('2026-05-04T08:00:00Z');
const SUPPLIER = 'org-grv-fac-supplier';
const OTHER_SUPPLIER = 'org-grv-fac-other-supplier';
const UNION = 'org-grv-fac-union';
const FACILITY = newFacilityId('BD');
const OTHERS_FACILITY = newFacilityId('BD');
/**
 * 40 more facilities, two cases each (one naming the owner), for the N+1 checks: the supplier owns
 * every other one, and their names put them first in the registry, alternating owners.
 */
const MANY = Array.from({ length: 40 }, (_, n) => ({
  id: newFacilityId('BD'),
  name: `Alternating ${String(n).padStart(2, '0')}`,
  owner: n % 2 ? OTHER_SUPPLIER : SUPPLIER,
}));

let stack: TestStack;
const tokens: Record<string, string> = {};
const cases: Record<'anonymous' | 'named' | 'union' | 'elsewhere', string> = {
  anonymous: '',
  named: '',
  union: '',
  elsewhere: '',
};

const OF_FACILITY = graphql(`
  query FacilityGrievancesOfFacility($id: ID!, $first: Int, $after: String, $filter: FacilityGrievanceFilter) {
    facility(id: $id) {
      id
      grievances(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            filedBy
            summary
            description
            complainantIdentity
            contact
          }
        }
      }
    }
  }
`);
const ROOT_LIST = graphql(`
  query FacilityGrievancesRootList {
    grievances(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const BY_ID = graphql(`
  query FacilityGrievancesById($id: ID!) {
    grievance(id: $id) {
      id
    }
  }
`);
const OWN_FACILITIES = graphql(`
  query FacilityGrievancesOfOwnFacilities {
    viewer {
      organization {
        facilities(first: 30) {
          edges {
            node {
              id
              grievances {
                totalCount
                edges {
                  node {
                    id
                    handlerSummary
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
const OWNED_PAGE = graphql(`
  query FacilityGrievancesOwnedPage($first: Int!) {
    viewer {
      organization {
        facilities(first: $first) {
          edges {
            node {
              id
              grievances(first: 5) {
                totalCount
                edges {
                  node {
                    id
                    status
                    handlerSummary
                    timeline(last: 2) {
                      kind
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
const REGISTRY_PAGE = graphql(`
  query FacilityGrievancesRegistryPage($first: Int!) {
    facilities(first: $first) {
      edges {
        node {
          id
          grievances(first: 5) {
            totalCount
            edges {
              node {
                id
                status
                handlerSummary
                timeline(last: 2) {
                  kind
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The ids of a connection's cases, sorted; a missing connection fails the test. */
const ids = (connection: { edges: readonly { node: { id: string } }[] } | null | undefined) => {
  if (!connection) throw new Error('expected a connection of cases');
  return connection.edges.map((edge) => edge.node.id).sort();
};
/** Facility.grievances as `token` reads it, with the whole response; a facility without the connection fails the test. */
async function ofFacility(variables: FacilityGrievancesOfFacilityQueryVariables, token?: string) {
  const response = await stack.query(OF_FACILITY, variables, { token });
  const connection = response.data?.facility?.grievances;
  if (!connection) throw new Error(`expected Facility.grievances: ${JSON.stringify(response)}`);
  return { response, connection };
}
const errorPaths = (response: {
  errors?: { path?: readonly (string | number)[]; extensions?: { code?: unknown } }[];
}) => (response.errors ?? []).map((error) => `${error.extensions?.code} at ${error.path?.join('.')}`).sort();

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, SUPPLIER, 'SUPPLIER');
  addOrganization(suppliers, OTHER_SUPPLIER, 'SUPPLIER');
  addOrganization(suppliers, UNION, 'UNION');
  addFacility(suppliers, FACILITY, SUPPLIER);
  addFacility(suppliers, OTHERS_FACILITY, OTHER_SUPPLIER);
  for (const { id, owner } of MANY) addFacility(suppliers, id, owner);
  await suppliers.flush();
  for (const { id, name } of MANY) await suppliers.nativeUpdate(Facility, { id }, { name });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER, subject: 'fac-supplier' });
  tokens.otherSupplier = await stack.token({ role: 'SUPPLIER', organizationId: OTHER_SUPPLIER });
  tokens.union = await stack.token({ role: 'UNION', organizationId: UNION });
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: 'org-grv-fac-brand' });
  tokens.regulator = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-grv-fac-inspectorate',
    country: 'BD',
  });

  // An anonymous worker who names no owner: nothing on the case says whose facility it is.
  cases.anonymous = (
    await file(
      stack,
      submission({
        facility: { id: FACILITY },
        complainantIdentity: 'Mitu, finishing section',
        contact: '+880 1900 000003',
      }),
    )
  ).grievance.id;
  cases.named = (await file(stack, submission({ facility: { id: FACILITY }, facilityOwnerId: SUPPLIER }))).grievance.id;
  cases.union = (
    await file(
      stack,
      submission({ facility: { id: FACILITY }, facilityOwnerId: SUPPLIER, complainantIdentity: 'Rahim, cutter' }),
      tokens.union,
    )
  ).grievance.id;
  cases.elsewhere = (await file(stack, submission({ facility: { id: OTHERS_FACILITY } }))).grievance.id;
  const grievances = stack.em('grievances');
  MANY.forEach(({ id, owner }, n) => {
    for (const facilityOwnerId of [undefined, owner]) {
      const parsed = parseGrievanceSubmission({
        ...submission({ facility: { id }, facilityOwnerId }),
        filedBy: 'WORKER',
        brandIds: [],
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      openCase(grievances, parsed.value, {
        trackingCode: `GRV-F${String(n).padStart(3, '0')}-${facilityOwnerId ? 'OWNR' : 'ANON'}`,
        filedAt: new Date(NOW.getTime() - (n + 1) * 3_600_000),
        actor: { role: 'PUBLIC', organizationId: null },
        filerSubject: null,
        secretHash: null,
      });
    }
  });
  await grievances.flush();
});
afterAll(() => stack?.stop());

describe('the facility owner', () => {
  it('sees every case about its facility, the complainant’s words and identity FORBIDDEN on each', async () => {
    const { response, connection } = await ofFacility({ id: FACILITY }, tokens.supplier);
    expect(ids(connection)).toEqual([cases.anonymous, cases.named, cases.union].sort());
    expect(connection.totalCount).toBe(3);
    const confidential = ['summary', 'description', 'complainantIdentity', 'contact'] as const;
    expect(connection.edges.flatMap(({ node }) => confidential.map((field) => node[field]))).toEqual(
      Array(12).fill(null),
    );
    expect(errorPaths(response)).toEqual(
      [0, 1, 2]
        .flatMap((index) =>
          confidential.map((field) => `FORBIDDEN at facility.grievances.edges.${index}.node.${field}`),
        )
        .sort(),
    );
  });

  it('finds the same cases through its organisation’s facilities', async () => {
    const response = await stack.query(OWN_FACILITIES, {}, { token: tokens.supplier });
    expect(response.errors).toBeUndefined();
    const facilities = dataOf(response).viewer!.organization?.facilities!.edges;
    expect(facilities).toHaveLength(21);
    expect(ids(facilities?.find(({ node }) => node.id === FACILITY)?.node.grievances)).toEqual(
      [cases.anonymous, cases.named, cases.union].sort(),
    );
    expect(facilities?.every(({ node }) => node.grievances?.totalCount === (node.id === FACILITY ? 3 : 2))).toBe(true);
  });

  it('still lists through Query.grievances only the cases that record it as owner, and gets null for the others by id', async () => {
    const listed = dataOf(await stack.query(ROOT_LIST, {}, { token: tokens.supplier })).grievances!.edges.map(
      (edge) => edge.node.id,
    );
    expect(listed).toEqual(expect.arrayContaining([cases.named, cases.union]));
    expect(listed).not.toContain(cases.anonymous);
    const byId = await stack.query(BY_ID, { id: cases.anonymous }, { token: tokens.supplier });
    expect(byId.data?.grievance).toBeNull();
  });

  it('pages and filters the cases of its facility', async () => {
    const first = (await ofFacility({ id: FACILITY, first: 2 }, tokens.supplier)).connection;
    const rest = (await ofFacility({ id: FACILITY, first: 2, after: first.pageInfo.endCursor }, tokens.supplier))
      .connection;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(rest).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...ids(first), ...ids(rest)].sort()).toEqual([cases.anonymous, cases.named, cases.union].sort());
    const byUnion = await ofFacility({ id: FACILITY, filter: { filedBy: ['UNION'] } }, tokens.supplier);
    expect(ids(byUnion.connection)).toEqual([cases.union]);
    const byArea = await ofFacility(
      { id: FACILITY, filter: { area: ['WORKING_TIME', 'COMPENSATION'] } },
      tokens.supplier,
    );
    expect(byArea.connection.totalCount).toBe(3);
  });

  it('reads no description this way, so no read of one is audited', async () => {
    const targets = [cases.anonymous, cases.named, cases.union].map((id) => `Grievance:${id}`);
    const entries = () =>
      stack.em('grievances').count(AuditEntry, {
        subject: 'fac-supplier',
        operation: 'read:Grievance.description',
        target: { $in: targets },
      });
    const before = await entries();
    await stack.query(OF_FACILITY, { id: FACILITY }, { token: tokens.supplier });
    expect(await entries()).toBe(before);
  });
});

describe('everyone else', () => {
  it('sees on a facility only the cases Query.grievances gives it', async () => {
    const seen = async (token: string | undefined, id = FACILITY) => ids((await ofFacility({ id }, token)).connection);
    expect(await seen(tokens.otherSupplier)).toEqual([]);
    expect(await seen(tokens.otherSupplier, OTHERS_FACILITY)).toEqual([cases.elsewhere]);
    expect(await seen(tokens.supplier, OTHERS_FACILITY)).toEqual([]);
    expect(await seen(tokens.union)).toEqual([cases.union]);
    expect(await seen(tokens.brand)).toEqual([]);
    expect(await seen(undefined)).toEqual([]);
    expect(await seen(tokens.regulator)).toEqual([cases.anonymous, cases.named, cases.union].sort());
  });
});

describe('no N+1 queries', () => {
  const statementsFor = async <Data>(request: () => Promise<GraphQLResponse<Data>>) => {
    const before = stack.queries.count;
    const response = await request();
    return { statements: stack.queries.count - before, response };
  };

  it('reads the cases of 20 owned facilities with as many statements as of 2', async () => {
    const page = (first: number) => () => stack.query(OWNED_PAGE, { first }, { token: tokens.supplier });
    await statementsFor(page(1));
    const two = await statementsFor(page(2));
    const twenty = await statementsFor(page(20));
    expect(twenty.response.errors).toBeUndefined();
    expect(
      dataOf(twenty.response).viewer!.organization?.facilities!.edges.map((edge) => edge.node.grievances?.edges.length),
    ).toEqual(Array(20).fill(2));
    expect(twenty.statements).toBe(two.statements);
  });

  it('reads its own and others’ facilities in one list with as many statements for 20 as for 2', async () => {
    const page = (first: number) => () => stack.query(REGISTRY_PAGE, { first }, { token: tokens.supplier });
    await statementsFor(page(2));
    const two = await statementsFor(page(2));
    const twenty = await statementsFor(page(20));
    expect(twenty.response.errors).toBeUndefined();
    // Its own facilities show both cases; the other supplier's neither (none records this supplier).
    const { edges } = dataOf(twenty.response).facilities!;
    expect(edges.map(({ node }) => node.id)).toEqual(MANY.slice(0, 20).map(({ id }) => id));
    expect(edges.map(({ node }) => node.grievances?.totalCount)).toEqual(
      MANY.slice(0, 20).map(({ owner }) => (owner === SUPPLIER ? 2 : 0)),
    );
    expect(twenty.statements).toBe(two.statements);
  });
});
