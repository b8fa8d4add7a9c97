import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedGraphQLRequest } from '../../runtime/principal';
import { signingSecret } from '../../runtime/secrets';
import { sampleFacilityList } from '../../subgraphs/suppliers/src/facility-list-import/sample-list';
import { graphql } from '../__generated__';
import type { SupplierImportListMutation } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacilities, addLink, addOrganization } from './fixtures';

let stack: TestStack;
let brand: string;
let admin: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.em('suppliers');
  addOrganization(em, 'brand-lumen', 'BRAND');
  addOrganization(em, 'brand-other', 'BRAND');
  addOrganization(em, 'union-one', 'UNION', 'BD');
  // Two registrations of one facility (a duplicate the registry has not merged yet), and a neighbour.
  const [first, second, neighbour] = await addFacilities(em, [
    {
      name: 'Sunrise Garments Ltd',
      address: 'Plot 12, Road 5, Uttara, Dhaka',
      countryCode: 'BD',
      sectors: ['Apparel'],
    },
    {
      name: 'Sunrise Garments Limited',
      address: 'Plot 12 Road 5 Uttara Dhaka',
      countryCode: 'BD',
      sectors: ['Knitwear'],
    },
    { name: 'Meghna Denim Mills', address: 'Plot 44, Mirpur Road, Dhaka', countryCode: 'BD' },
  ]);
  Object.assign(ids, { first, second, neighbour });
  addLink(em, 'brand-other', second, { tier: 2, publiclyDisclosed: true });
  await em.flush();
  brand = await stack.token({ role: 'BRAND', organizationId: 'brand-lumen', subject: 'lumen-buyer' });
  admin = await stack.token({ role: 'ADMIN', subject: 'registry-admin' });
});
afterAll(async () => {
  await stack?.stop();
});

const IMPORT = graphql(`
  mutation SupplierImportList($input: ImportFacilityListInput!, $key: String!) {
    importFacilityList(input: $input, idempotencyKey: $key) {
      import {
        id
        status
        totalRows
        counts {
          new
          matched
          potentialMatch
          error
        }
      }
      rows {
        id
        rowNumber
        outcome
        name
        reason
        facility {
          id
        }
        candidates {
          facility {
            id
          }
          score
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
graphql(`
  fragment SupplierImportDecision on FacilityMatchDecisionPayload {
    row {
      id
      outcome
      resolution
      facility {
        id
        name
      }
    }
    facility {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
`);
const CONFIRM = graphql(`
  mutation SupplierImportConfirmMatch($row: ID!, $facility: ID!) {
    confirmFacilityMatch(rowId: $row, facilityId: $facility) {
      ...SupplierImportDecision
    }
  }
`);
const REJECT = graphql(`
  mutation SupplierImportRejectMatch($row: ID!) {
    rejectFacilityMatch(rowId: $row) {
      ...SupplierImportDecision
    }
  }
`);
const MERGE = graphql(`
  mutation SupplierImportMerge($survivor: ID!, $duplicate: ID!) {
    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
      survivor {
        id
        sectors
        buyers {
          buyer {
            id
          }
          tier
        }
      }
      mergedId
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const SUPPLY_CHAIN = graphql(`
  query SupplierImportSupplyChain {
    viewer {
      organization {
        supplyChain {
          totalCount
          edges {
            node {
              facility {
                id
              }
              products
            }
          }
        }
      }
    }
  }
`);
const FACILITY_COUNT = graphql(`
  query SupplierImportFacilityCount {
    facilities(first: 0) {
      totalCount
    }
  }
`);
const LIST_IMPORT = graphql(`
  query SupplierImportListImport($id: ID!) {
    facilityListImport(id: $id) {
      fileName
      uploadedBy
      organization {
        id
      }
      rows(filter: { pending: true }) {
        totalCount
        edges {
          node {
            rowNumber
          }
        }
      }
    }
  }
`);
const LIST_IMPORTS = graphql(`
  query SupplierImportListImports {
    organization(id: "brand-lumen") {
      facilityListImports {
        totalCount
      }
    }
  }
`);
const BUYERS = graphql(`
  query SupplierImportBuyers($id: ID!) {
    facility(id: $id) {
      buyers {
        buyer {
          id
        }
      }
    }
  }
`);
const FACILITY = graphql(`
  query SupplierImportFacility($id: ID!) {
    facility(id: $id) {
      id
      name
    }
  }
`);
const AUDIT_TRAIL = graphql(`
  query SupplierImportAuditTrail {
    auditTrail {
      suppliers(first: 50) {
        edges {
          node {
            operation
            target
            subject
          }
        }
      }
    }
  }
`);

/** What the suppliers subgraph answers the gateway's _entities call (not an operation of the API schema). */
interface EntitiesResponse {
  data?: { _entities: ({ id: string; name: string } | null)[] } | null;
  errors?: unknown[];
}

const HEADER = 'country,name,address,sector,product_type,number_of_workers\n';
const LIST =
  HEADER +
  'Bangladesh,SUNRISE GARMENTS LTD.,"Plot 12, Road 5, Uttara, Dhaka",Apparel,T-shirts,\n' + // both duplicates: a potential match
  'BD,Meghna Denim Mills,"Plot 44, Mirpur Road, Dhaka",Textiles,Denim,\n' + // exactly the neighbour
  'BD,Padma Sweaters,"Plot 90, Ashulia Road, Savar",Apparel,Sweaters,500\n' + // new
  'XX,Nowhere Mills,"Plot 1",,,\n'; // unknown country
const input = (csv = LIST, organizationId = 'brand-lumen') => ({ organizationId, fileName: 'suppliers-2026.csv', csv });

let imported: NonNullable<SupplierImportListMutation['importFacilityList']>;
let importId: string;

describe('importFacilityList', () => {
  it('imports a brand’s list and returns every row’s outcome', async () => {
    const response = await stack.query(IMPORT, { input: input(), key: 'lumen-list-2026-03' }, { token: brand });
    expect(response.errors).toBeUndefined();
    imported = dataOf(response).importFacilityList!;
    expect(imported.import).toMatchObject({
      status: 'COMPLETED',
      totalRows: 4,
      counts: { new: 1, matched: 1, potentialMatch: 1, error: 1 },
    });
    const [sunrise, meghna, padma, nowhere] = imported.rows;
    expect(sunrise).toMatchObject({ rowNumber: 2, outcome: 'POTENTIAL_MATCH', facility: null });
    importId = imported.import!.id;
    expect(sunrise.candidates.map((candidate) => candidate.facility?.id).sort()).toEqual(
      [ids.first, ids.second].sort(),
    );
    expect(meghna).toMatchObject({ outcome: 'MATCHED', facility: { id: ids.neighbour } });
    expect(padma).toMatchObject({ outcome: 'NEW', name: 'Padma Sweaters' });
    expect(nowhere).toMatchObject({ outcome: 'ERROR', facility: null });
    expect(nowhere.reason).toContain('country "XX"');

    const chain = dataOf(await stack.query(SUPPLY_CHAIN, {}, { token: brand }));
    const linked = chain.viewer!.organization!.supplyChain!.edges.map((edge) => edge.node.facility.id).sort();
    expect(linked).toEqual([ids.neighbour, padma.facility!.id].sort());
  });

  it('returns the first result when retried with the same key, and refuses the key with other input', async () => {
    const again = await stack.query(IMPORT, { input: input(), key: 'lumen-list-2026-03' }, { token: brand });
    expect(dataOf(again).importFacilityList!.import?.id).toBe(importId);
    const other = await stack.query(
      IMPORT,
      { input: input(`${HEADER}BD,Other,"Plot 2",,,\n`), key: 'lumen-list-2026-03' },
      { token: brand },
    );
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets brands and suppliers import only their own lists', async () => {
    for (const token of [
      await stack.token({ role: 'BRAND', organizationId: 'brand-other' }),
      await stack.token({ role: 'UNION', organizationId: 'union-one' }),
      undefined,
    ]) {
      const response = await stack.query(IMPORT, { input: input(), key: 'not-mine-0001' }, { token });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const forUnion = await stack.query(
      IMPORT,
      { input: input(LIST, 'union-one'), key: 'admin-union-01' },
      { token: admin },
    );
    expect(dataOf(forUnion).importFacilityList!.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('brands and suppliers'),
        field: ['input', 'organizationId'],
      },
    ]);
  });

  it('refuses files it cannot read, and lists over 500 rows, with BAD_USER_INPUT and nothing written', async () => {
    const before = dataOf(await stack.query(FACILITY_COUNT, {})).facilities!.totalCount;
    const cases: [string, RegExp][] = [
      ['country,facility\nBD,Sunrise\n', /missing required columns name, address/],
      [`${HEADER}TR,\uFFFDlmez Dokuma,"Cumhuriyet Mah.",,,\n`, /line 2 contains "\uFFFD" where characters were lost/],
      [sampleFacilityList(501), /501 rows; at most 500 .*npm run import -- <file.csv> --org <id>/],
    ];
    for (const [csv, message] of cases) {
      const response = await stack.query(
        IMPORT,
        { input: input(csv), key: `bad-file-${cases.findIndex(([c]) => c === csv)}-xyz` },
        { token: brand },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(message);
      expect(response.errors?.[0].extensions?.issues).toEqual([
        { path: ['input', 'csv'], message: response.errors?.[0].message },
      ]);
    }
    expect(dataOf(await stack.query(FACILITY_COUNT, {})).facilities!.totalCount).toBe(before);
  });

  it('shows the import and its pending rows to the uploader and admins only', async () => {
    const mine = dataOf(await stack.query(LIST_IMPORT, { id: importId }, { token: brand }));
    expect(mine.facilityListImport).toEqual({
      fileName: 'suppliers-2026.csv',
      uploadedBy: 'lumen-buyer',
      organization: { id: 'brand-lumen' },
      rows: { totalCount: 1, edges: [{ node: { rowNumber: 2 } }] },
    });
    expect(
      dataOf(await stack.query(LIST_IMPORT, { id: importId }, { token: admin })).facilityListImport?.fileName,
    ).toBe('suppliers-2026.csv');
    expect(
      dataOf(
        await stack.query(
          LIST_IMPORT,
          { id: importId },
          { token: await stack.token({ role: 'BRAND', organizationId: 'brand-other' }) },
        ),
      ).facilityListImport,
    ).toBeNull();
    const listed = await stack.query(
      LIST_IMPORTS,
      {},
      { token: await stack.token({ role: 'BRAND', organizationId: 'brand-other' }) },
    );
    expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deciding potential matches', () => {
  it('confirms a candidate: the row stands for it and the brand sources from it', async () => {
    const row = imported.rows[0].id;
    const notCandidate = await stack.query(CONFIRM, { row, facility: ids.neighbour }, { token: brand });
    expect(dataOf(notCandidate).confirmFacilityMatch!.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: `${ids.neighbour} is not a candidate of row 2`, field: ['facilityId'] },
    ]);
    expect(
      (await stack.query(CONFIRM, { row, facility: 'BD2024' }, { token: brand })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      dataOf(
        await stack.query(
          CONFIRM,
          { row, facility: ids.first },
          { token: await stack.token({ role: 'BRAND', organizationId: 'brand-other' }) },
        ),
      ).confirmFacilityMatch!.userErrors[0].code,
    ).toBe('NOT_FOUND');

    const confirmed = await stack.query(CONFIRM, { row, facility: ids.first }, { token: brand });
    expect(dataOf(confirmed).confirmFacilityMatch).toMatchObject({
      row: { outcome: 'POTENTIAL_MATCH', resolution: 'CONFIRMED', facility: { id: ids.first } },
      userErrors: [],
    });
    const buyers = dataOf(await stack.query(BUYERS, { id: ids.first }, { token: brand }));
    expect(buyers.facility?.buyers!.map((link) => link.buyer.id)).toContain('brand-lumen');

    expect(
      dataOf(await stack.query(CONFIRM, { row, facility: ids.first }, { token: brand })).confirmFacilityMatch!
        .userErrors,
    ).toEqual([]);
    const rejectAfterConfirm = await stack.query(REJECT, { row }, { token: brand });
    expect(dataOf(rejectAfterConfirm).rejectFacilityMatch!.userErrors).toEqual([
      { code: 'CONFLICT', message: 'Row 2 was already confirmed', field: ['rowId'] },
    ]);
  });

  it('rejects all candidates: the row becomes a new facility', async () => {
    // Another brand's list names the same facility; its own rows have no decision yet.
    const otherBrand = await stack.token({ role: 'BRAND', organizationId: 'brand-other' });
    const list = `${HEADER}BD,Sunrise Garments Ltd,"Plot 12 Road 5, Uttara, Dhaka",Apparel,,\n`;
    const other = await stack.query(
      IMPORT,
      { input: input(list, 'brand-other'), key: 'other-list-2026-04' },
      { token: otherBrand },
    );
    const [row] = dataOf(other).importFacilityList!.rows;
    expect(row.outcome).toBe('POTENTIAL_MATCH');
    expect(
      dataOf(await stack.query(REJECT, { row: row.id }, { token: brand })).rejectFacilityMatch!.userErrors[0].code,
    ).toBe('NOT_FOUND');
    const rejected = dataOf(await stack.query(REJECT, { row: row.id }, { token: otherBrand }));
    const facility = rejected.rejectFacilityMatch!.facility!.id;
    expect([ids.first, ids.second]).not.toContain(facility);
    expect(rejected.rejectFacilityMatch!.row).toMatchObject({
      resolution: 'REJECTED',
      facility: { id: facility, name: 'Sunrise Garments Ltd' },
    });
    expect(
      dataOf(await stack.query(REJECT, { row: row.id }, { token: otherBrand })).rejectFacilityMatch!.facility?.id,
    ).toBe(facility);
  });
});

describe('mergeFacilities', () => {
  it('is for admins, and validates both ids', async () => {
    expect(
      (await stack.query(MERGE, { survivor: ids.first, duplicate: ids.second }, { token: brand })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const invalid = await stack.query(MERGE, { survivor: ids.first, duplicate: 'XX2024122ABCDE0' }, { token: admin });
    expect(invalid.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['duplicateId'] }] },
    });
    expect(
      (await stack.query(MERGE, { survivor: ids.first, duplicate: ids.first }, { token: admin })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps the survivor, moves links over, and resolves the old id to the survivor', async () => {
    const merged = dataOf(
      await stack.query(MERGE, { survivor: ids.first, duplicate: ids.second }, { token: admin }),
    ).mergeFacilities!;
    expect(merged.userErrors).toEqual([]);
    expect(merged.mergedId).toBe(ids.second);
    expect(merged.survivor?.sectors).toEqual(['Apparel', 'Knitwear']);
    expect(merged.survivor?.buyers!.map((link) => link.buyer.id).sort()).toEqual(['brand-lumen', 'brand-other']);

    const byOldId = dataOf(await stack.query(FACILITY, { id: ids.second }));
    expect(byOldId.facility).toEqual({ id: ids.first, name: 'Sunrise Garments Ltd' });

    // How other subgraphs' references reach it: the gateway's _entities call to the suppliers subgraph.
    const response = await fetch(
      stack.subgraphs.suppliers.url,
      signedGraphQLRequest(
        { subject: 'gateway', role: 'PUBLIC', organizationId: null, country: null, scopes: [] },
        signingSecret(),
        'suppliers',
        {
          query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id name } } }',
          variables: {
            r: [
              { __typename: 'Facility', id: ids.second },
              { __typename: 'Facility', id: ids.neighbour },
            ],
          },
        },
      ),
    );
    const body = (await response.json()) as EntitiesResponse;
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities).toEqual([
      { id: ids.first, name: 'Sunrise Garments Ltd' },
      { id: ids.neighbour, name: 'Meghna Denim Mills' },
    ]);
  });

  it('treats a repeated merge as done, and points at the survivor when asked to merge into a merged id', async () => {
    expect(
      dataOf(await stack.query(MERGE, { survivor: ids.first, duplicate: ids.second }, { token: admin }))
        .mergeFacilities,
    ).toMatchObject({ mergedId: ids.second, userErrors: [] });
    const intoMerged = await stack.query(MERGE, { survivor: ids.second, duplicate: ids.neighbour }, { token: admin });
    expect(dataOf(intoMerged).mergeFacilities!.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message: `No facility ${ids.second}; it was merged into ${ids.first}, merge into that one`,
        field: ['survivorId'],
      },
    ]);
  });
});

describe('the audit trail', () => {
  it('records every registry mutation', async () => {
    const trail = dataOf(await stack.query(AUDIT_TRAIL, {}, { token: admin })).auditTrail!.suppliers;
    const operations = trail.edges.map((edge) => edge.node.operation);
    for (const operation of ['importFacilityList', 'confirmFacilityMatch', 'rejectFacilityMatch', 'mergeFacilities'])
      expect(operations).toContain(operation);
    expect(trail.edges.find((edge) => edge.node.operation === 'mergeFacilities')?.node).toEqual({
      operation: 'mergeFacilities',
      target: `Facility:${ids.first}<-${ids.second}`,
      subject: 'registry-admin',
    });
  });
});
