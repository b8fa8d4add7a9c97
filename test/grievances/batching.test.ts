import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGrievanceSubmission } from '../../subgraphs/grievances/src/domain';
import { openCase } from '../../subgraphs/grievances/src/mutations/intake';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { addFacility, addOrganization, newFacilityId, submission } from './fixtures';

/**
 * No N+1: grievance summaries for 50 facilities, and a page of 50 cases with their facility,
 * timeline, remediation and confidential fields, cost the same SQL statements as for 2.
 */
const NOW = new Date('2026-06-15T12:00:00Z');
const SUPPLIER = 'org-grv-batch-supplier';

let stack: TestStack;
let regulator: string;

/** The SQL statements one request costs, and its data (a response with errors fails the test). */
async function statementsFor<Data>(request: () => Promise<GraphQLResponse<Data>>) {
  const before = stack.queries.count;
  const response = await request();
  const statements = stack.queries.count - before;
  expect(response.errors).toBeUndefined();
  return { statements, data: dataOf(response) };
}

const SUMMARIES = graphql(`
  query BatchingGrievanceSummaries($first: Int!) {
    facilities(first: $first) {
      edges {
        node {
          id
          grievanceSummary {
            open
            overdue
            resolved
            suppressed
            byArea {
              area
              open
            }
          }
        }
      }
    }
  }
`);

const CASE_PAGE = graphql(`
  query BatchingCasePage($first: Int!) {
    grievances(first: $first) {
      totalCount
      edges {
        node {
          trackingCode
          status
          overdue
          deadlines {
            respondBy
          }
          nextDeadline {
            kind
          }
          facility {
            id
            name
          }
          timeline(last: 3) {
            at
            kind
            note
          }
          remediation {
            actionsAgreed
          }
          complainantIdentity
          description
        }
      }
    }
  }
`);

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  regulator = await stack.token({ role: 'REGULATOR', organizationId: 'org-grv-batch-inspectorate', country: 'BD' });
  const suppliers = stack.em('suppliers');
  const grievances = stack.em('grievances');
  addOrganization(suppliers, SUPPLIER, 'SUPPLIER');
  for (let n = 0; n < 50; n++) {
    const facilityId = newFacilityId('BD');
    addFacility(suppliers, facilityId, SUPPLIER);
    for (let k = 0; k < 2; k++) {
      const parsed = parseGrievanceSubmission({
        ...submission({ facility: { id: facilityId }, complainantIdentity: `Worker ${n}-${k}` }),
        filedBy: 'WORKER',
        brandIds: [],
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      openCase(grievances, parsed.value, {
        id: `grv_batch_${n}_${k}`,
        trackingCode: `GRV-B${String(n).padStart(3, '0')}-000${k}`,
        filedAt: new Date(NOW.getTime() - (n + 1) * 86_400_000),
        actor: { role: 'PUBLIC', organizationId: null },
        filerSubject: null,
        secretHash: null,
      });
    }
  }
  await Promise.all([suppliers.flush(), grievances.flush()]);
});
afterAll(() => stack?.stop());

describe('no N+1 queries', () => {
  it('reads grievance summaries for 50 facilities with as many statements as for 2', async () => {
    const summaries = (first: number) => () => stack.query(SUMMARIES, { first }, { token: regulator });
    await statementsFor(summaries(1)); // warm-up: first statements of fresh connections
    const two = await statementsFor(summaries(2));
    const fifty = await statementsFor(summaries(50));
    expect(fifty.data.facilities!.edges).toHaveLength(50);
    expect(fifty.data.facilities!.edges.every((edge) => edge.node.grievanceSummary?.open === 2)).toBe(true);
    expect(fifty.statements).toBe(two.statements);
  });

  it('reads a page of 50 cases with facility, timeline, remediation and audited confidential fields with as many statements as 2', async () => {
    const handler = await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-grv-batch-inspectorate',
      country: 'BD',
    });
    const page = (first: number) => () => stack.query(CASE_PAGE, { first }, { token: handler });
    await statementsFor(page(1));
    const two = await statementsFor(page(2));
    const fifty = await statementsFor(page(50));
    expect(fifty.data.grievances!.edges).toHaveLength(50);
    expect(fifty.data.grievances!.edges[0].node.complainantIdentity).toMatch(/^Worker /);
    expect(fifty.statements).toBe(two.statements);
  });
});
