import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { agreementIn, bilateral, IN_FORCE } from './support';

let stack: TestStack;
let admin: string;

const BRANDS = [
  'org-atlas-outfitters',
  'org-pacific-trail-gear',
  'org-rheinwerk-apparel',
  'org-maison-lumiere',
  'org-van-dijk-denim',
];
const OBSERVERS = ['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX'];

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN' });
  for (let index = 0; index < 20; index++) {
    await agreementIn(stack, admin, {
      title: `Safety agreement ${String(index).padStart(2, '0')}`,
      kind: 'ENFORCEABLE_BRAND_AGREEMENT',
      draftedOn: '2024-01-01',
      parties: [
        { organizationId: BRANDS[index % BRANDS.length] },
        { organizationId: 'org-global-industrial-workers-federation' },
        { country: OBSERVERS[index % OBSERVERS.length], role: 'OBSERVER' },
      ],
      conventions: ['C155', 'C187', index % 2 ? 'C087' : 'C098'],
      provisions: [{ kind: 'INDEPENDENT_MONITORING' }, { kind: 'GRIEVANCE_MECHANISM' }],
      sharingClauses: [
        {
          category: 'INSPECTION_FINDINGS',
          recipients: [{ organizationId: 'org-global-industrial-workers-federation' }],
        },
      ],
      grievanceMechanism: { name: 'SAFETY_COMPLAINTS', acknowledgeWithinDays: 7, respondWithinDays: 90 },
    });
  }
  for (const [a, b] of [
    ['BD', 'NL'],
    ['VN', 'DE'],
    ['KH', 'FR'],
    ['IN', 'GB'],
  ])
    await agreementIn(stack, admin, bilateral(a, b, ['INSPECTION_FINDINGS']), IN_FORCE);
});
afterAll(() => stack?.stop());

const AGREEMENTS = graphql(`
  query AgreementListingAgreements($first: Int!) {
    list: agreements(first: $first, filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {
      edges {
        node {
          id
          title
          status
          signedOn
          allowedTransitions
          parties {
            role
            since
            country {
              code
              name
              hasRatified(code: "C087")
            }
            organization {
              id
            }
          }
          conventions {
            code
            title
            areas
          }
          provisions {
            kind
          }
          sharingClauses {
            category
            recipients {
              role
              organization {
                id
              }
            }
          }
          statusHistory {
            status
            on
          }
          amendments {
            adoptedOn
          }
          grievanceMechanism {
            name
            reviewSteps {
              name
            }
          }
        }
      }
    }
  }
`);
const COUNTRIES = graphql(`
  query AgreementListingCountries($first: Int!, $codes: [String!]) {
    list: countries(first: $first, filter: { codes: $codes }) {
      edges {
        node {
          code
          agreements {
            title
            parties {
              role
            }
          }
          ratifications {
            status
          }
          receivesFrom(category: INSPECTION_FINDINGS) {
            code
          }
        }
      }
    }
  }
`);

/** The SQL statements one listing costs, and how many items it listed. */
async function statementsFor(list: () => Promise<GraphQLResponse<{ list: { edges: unknown[] } | null }>>) {
  const before = stack.queries.count;
  const response = await list();
  expect(response.errors).toBeUndefined();
  return { statements: stack.queries.count - before, edges: dataOf(response).list!.edges.length };
}

describe('listing cost does not grow with the list (no N+1)', () => {
  it('lists 20 agreements with parties, conventions, clauses and history in as many statements as 2', async () => {
    const agreements = (first: number) => statementsFor(() => stack.query(AGREEMENTS, { first }, { token: admin }));
    const two = await agreements(2);
    const twenty = await agreements(20);
    expect([two.edges, twenty.edges]).toEqual([2, 20]);
    expect(twenty.statements).toBe(two.statements);
    expect(twenty.statements).toBeLessThanOrEqual(12);
  });

  it('lists 14 countries with their agreements, ratifications and sharing partners in as many statements as 2', async () => {
    // Every listed country is party to some agreement, so both lists run the same kinds of lookup.
    const codes = [...OBSERVERS, 'NL', 'DE', 'FR', 'GB'];
    const countries = (first: number) =>
      statementsFor(() => stack.query(COUNTRIES, { first, codes }, { token: admin }));
    const two = await countries(2);
    const all = await countries(14);
    expect([two.edges, all.edges]).toEqual([2, 14]);
    expect(all.statements).toBe(two.statements);
  });
});
