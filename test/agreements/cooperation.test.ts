import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest } from '../../runtime/principal';
import { signingSecret } from '../../runtime/secrets';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { agreementIn, bilateral, IN_FORCE } from './support';

let stack: TestStack;
let admin: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN' });
  ids.mou = (
    await agreementIn(
      stack,
      admin,
      bilateral('BD', 'NL', ['INSPECTION_FINDINGS', 'GRIEVANCE_CASES'], 'Bangladesh–Netherlands inspection MoU'),
      IN_FORCE,
    )
  ).id;
  ids.suspended = (
    await agreementIn(
      stack,
      admin,
      bilateral('BD', 'NL', ['ENFORCEMENT_ACTIONS'], 'Bangladesh–Netherlands enforcement pact'),
      [...IN_FORCE, ['SUSPENDED', '2025-01-01']],
    )
  ).id;
  ids.network = (
    await agreementIn(
      stack,
      admin,
      {
        title: 'Garment inspectorates network',
        kind: 'MULTILATERAL',
        draftedOn: '2023-01-01',
        parties: [{ country: 'BD' }, { country: 'NL' }, { country: 'VN' }, { country: 'GB', role: 'OBSERVER' }],
        conventions: ['C029'],
        provisions: [{ kind: 'CAPACITY_BUILDING' }],
        sharingClauses: [{ category: 'SUPPLIER_REGISTRY', recipients: [{ country: 'BD' }] }],
      },
      IN_FORCE,
    )
  ).id;
  ids.draft = (
    await agreementIn(stack, admin, bilateral('BD', 'GB', ['INSPECTION_FINDINGS'], 'Bangladesh–UK draft arrangement'))
  ).id;
  ids.vietnam = (
    await agreementIn(stack, admin, bilateral('BD', 'VN', ['GRIEVANCE_CASES'], 'Bangladesh–Viet Nam MoU'), IN_FORCE)
  ).id;
});
afterAll(() => stack?.stop());

const COOPERATION = graphql(`
  query AgreementCooperation($a: String!, $b: String!, $aCode: ID!, $bCode: ID!) {
    agreements(filter: { countries: [$a, $b] }) {
      totalCount
      edges {
        node {
          id
          title
          status
          sharingClauses {
            category
            recipients {
              country {
                code
              }
            }
          }
        }
      }
    }
    country(code: $aCode) {
      name
      categoriesReceivedFrom(country: $bCode)
      receivesFrom(category: GRIEVANCE_CASES) {
        code
      }
    }
  }
`);
const AGREEMENT_COUNT = graphql(`
  query AgreementCooperationCount($filter: AgreementFilter) {
    agreements(filter: $filter) {
      totalCount
    }
  }
`);
const AGREEMENT_TITLES = graphql(`
  query AgreementCooperationTitles($filter: AgreementFilter) {
    agreements(filter: $filter) {
      edges {
        node {
          title
        }
      }
    }
  }
`);
const AGREEMENT = graphql(`
  query AgreementCooperationAgreement($id: ID!) {
    agreement(id: $id) {
      title
    }
  }
`);
const SHARING = graphql(`
  query AgreementCooperationSharing {
    bd: country(code: "BD") {
      sharingPartners {
        category
        receivesFrom {
          code
        }
        sharesWith {
          code
        }
      }
    }
    partners: sharingPartners(country: "VN", category: GRIEVANCE_CASES) {
      code
    }
    grants: sharingGrants(filter: { to: "NL" }) {
      category
      from {
        code
      }
      to {
        code
      }
      agreement {
        id
      }
    }
  }
`);
const UNKNOWN_PARTNERS = graphql(`
  query AgreementCooperationUnknownPartners {
    sharingPartners(country: "XX", category: GRIEVANCE_CASES) {
      code
    }
  }
`);
const FUNDAMENTAL = graphql(`
  query AgreementCooperationFundamental {
    conventions(filter: { category: [FUNDAMENTAL] }) {
      totalCount
      edges {
        node {
          code
          title
          category
          areas
          supplements {
            code
          }
        }
      }
    }
  }
`);
const COUNTRIES = graphql(`
  query AgreementCooperationCountries {
    us: country(code: "us") {
      code
      name
      region
      hasRatified(code: "C087")
      ratifications {
        convention {
          code
        }
        status
        dateCertain
      }
    }
    europe: countries(filter: { region: EUROPE }, first: 2) {
      totalCount
      edges {
        node {
          code
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    nowhere: country(code: "XX") {
      name
    }
    c087: convention(code: "C087") {
      ratifications(status: [IN_FORCE]) {
        country {
          code
        }
      }
    }
  }
`);

describe('a regulator asks about cooperation between two countries', () => {
  it('learns in one request which agreements bind both and which categories it may receive', async () => {
    const token = await stack.token({
      role: 'REGULATOR',
      country: 'NL',
      organizationId: 'org-netherlands-labour-authority',
    });
    const response = await stack.query(COOPERATION, { a: 'NL', b: 'BD', aCode: 'NL', bCode: 'BD' }, { token });
    expect(response.errors).toBeUndefined();
    const { agreements, country } = dataOf(response);
    expect(agreements!.edges.map((edge) => [edge.node.title, edge.node.status])).toEqual([
      ['Bangladesh–Netherlands enforcement pact', 'SUSPENDED'],
      ['Bangladesh–Netherlands inspection MoU', 'IN_FORCE'],
      ['Garment inspectorates network', 'IN_FORCE'],
    ]);
    expect(agreements!.totalCount).toBe(3);
    // The suspended pact shares nothing; the network only sends the supplier registry to Bangladesh.
    expect(country).toEqual({
      name: 'Netherlands',
      categoriesReceivedFrom: ['INSPECTION_FINDINGS', 'GRIEVANCE_CASES'],
      receivesFrom: [{ code: 'BD' }],
    });

    const reverse = dataOf(await stack.query(COOPERATION, { a: 'BD', b: 'NL', aCode: 'BD', bCode: 'NL' }, { token }));
    expect(reverse.country?.categoriesReceivedFrom).toEqual([
      'INSPECTION_FINDINGS',
      'GRIEVANCE_CASES',
      'SUPPLIER_REGISTRY',
    ]);
    expect(reverse.country?.receivesFrom).toEqual([{ code: 'NL' }, { code: 'VN' }]);
  });

  it('does not count an observer as bound, nor a draft the caller may not see', async () => {
    const bound = dataOf(await stack.query(AGREEMENT_COUNT, { filter: { countries: ['GB', 'BD'] } }));
    expect(bound.agreements!.totalCount).toBe(0);
    const asParty = dataOf(await stack.query(AGREEMENT_TITLES, { filter: { country: 'GB' } }));
    expect(asParty.agreements!.edges.map((edge) => edge.node.title)).toEqual(['Garment inspectorates network']);
    const britishRegulator = await stack.token({ role: 'REGULATOR', country: 'GB' });
    const seenByParty = dataOf(
      await stack.query(AGREEMENT_COUNT, { filter: { country: 'GB' } }, { token: britishRegulator }),
    );
    expect(seenByParty.agreements!.totalCount).toBe(2);
    expect(dataOf(await stack.query(AGREEMENT, { id: ids.draft })).agreement).toBeNull();
  });

  it('serves the sharing partners per category and the grants they come from', async () => {
    const response = await stack.query(SHARING, {});
    expect(response.errors).toBeUndefined();
    const { bd, partners, grants } = dataOf(response);
    expect(bd?.sharingPartners).toEqual([
      { category: 'INSPECTION_FINDINGS', receivesFrom: [{ code: 'NL' }], sharesWith: [{ code: 'NL' }] },
      {
        category: 'GRIEVANCE_CASES',
        receivesFrom: [{ code: 'NL' }, { code: 'VN' }],
        sharesWith: [{ code: 'NL' }, { code: 'VN' }],
      },
      { category: 'SUPPLIER_REGISTRY', receivesFrom: [{ code: 'NL' }, { code: 'VN' }], sharesWith: [] },
    ]);
    expect(partners).toEqual([{ code: 'BD' }]);
    expect(grants).toEqual([
      { category: 'INSPECTION_FINDINGS', from: { code: 'BD' }, to: { code: 'NL' }, agreement: { id: ids.mou } },
      { category: 'GRIEVANCE_CASES', from: { code: 'BD' }, to: { code: 'NL' }, agreement: { id: ids.mou } },
    ]);
  });

  it('rejects an unknown country code instead of answering with nobody', async () => {
    const response = await stack.query(UNKNOWN_PARTNERS, {});
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const filtered = await stack.query(AGREEMENT_COUNT, { filter: { countries: ['NL', 'Holland'] } });
    expect(filtered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['filter', 'countries', '1'] }],
    });
  });
});

describe('reference data through the graph', () => {
  const FUNDAMENTAL_AREAS: Record<string, string[]> = {
    C029: ['FORCED_LABOUR'],
    P029: ['FORCED_LABOUR'],
    C105: ['FORCED_LABOUR'],
    C087: ['FREEDOM_OF_ASSOCIATION'],
    C098: ['FREEDOM_OF_ASSOCIATION'],
    C100: ['DISCRIMINATION'],
    C111: ['DISCRIMINATION'],
    C138: ['CHILD_LABOUR'],
    C182: ['CHILD_LABOUR'],
    C155: ['OCCUPATIONAL_SAFETY_AND_HEALTH'],
    C187: ['OCCUPATIONAL_SAFETY_AND_HEALTH'],
  };

  it('serves the fundamental ten (C029 with P029) with the areas and titles of the data file', async () => {
    const file = JSON.parse(
      readFileSync(new URL('../../vocabulary/ilo-instruments.json', import.meta.url), 'utf8'),
    ) as {
      source: string;
      conventions: { code: string; title: string; category: string; areas: string[] }[];
    };
    expect(file.source).toMatch(/NORMLEX/);
    const response = await stack.query(FUNDAMENTAL, {});
    expect(response.errors).toBeUndefined();
    const served = dataOf(response).conventions!.edges.map((edge) => edge.node);
    expect(Object.fromEntries(served.map((node) => [node.code, [...node.areas!].sort()]))).toEqual(FUNDAMENTAL_AREAS);
    const fromFile = file.conventions.filter((convention) => convention.category === 'FUNDAMENTAL');
    expect(served.map((node) => [node.code, node.title, node.areas])).toEqual(
      fromFile.map((convention) => [convention.code, convention.title, convention.areas]),
    );
    expect(served.find((node) => node.code === 'P029')?.supplements).toEqual({ code: 'C029' });
  });

  it('serves countries with region, ratifications and hasRatified', async () => {
    const response = await stack.query(COUNTRIES, {});
    expect(response.errors).toBeUndefined();
    const { us, europe, nowhere, c087 } = dataOf(response);
    expect(us).toMatchObject({ code: 'US', name: 'United States', region: 'AMERICAS', hasRatified: false });
    expect(us?.ratifications!.map((r) => r.convention.code)).toEqual(['C105', 'C144', 'C182']);
    expect(europe!.totalCount).toBeGreaterThan(40);
    expect(europe!.edges).toHaveLength(2);
    expect(nowhere).toBeNull();
    const parties = c087?.ratifications!.map((r) => r.country.code);
    expect(parties).toEqual(expect.arrayContaining(['BD', 'DE', 'FR', 'NL']));
    expect(parties).not.toEqual(expect.arrayContaining(['US']));
  });
});

describe('entity references from other subgraphs', () => {
  it('resolves Country, Convention and Agreement keys the way the gateway asks for them, hiding drafts', async () => {
    const response = await fetch(
      stack.subgraphs.agreements.url,
      signedGraphQLRequest(PUBLIC_PRINCIPAL, signingSecret(), 'agreements', {
        // Agreement.title (null while this subgraph is down) and Convention.title (never null) cannot
        // share one response name in a selection: the gateway aliases one of them, and so does this.
        query: `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Country { name region } ... on Convention { title } ... on Agreement { agreementTitle: title status }
        } }`,
        variables: {
          representations: [
            { __typename: 'Country', code: 'BD' },
            { __typename: 'Country', code: 'XX' },
            { __typename: 'Convention', code: 'C182' },
            { __typename: 'Agreement', id: ids.mou },
            { __typename: 'Agreement', id: ids.draft },
          ],
        },
      }),
    );
    const body = (await response.json()) as { data: { _entities: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { name: 'Bangladesh', region: 'ASIA' },
      null,
      { title: 'Worst Forms of Child Labour Convention, 1999 (No. 182)' },
      { agreementTitle: 'Bangladesh–Netherlands inspection MoU', status: 'IN_FORCE' },
      null,
    ]);
  });
});
