import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import type { SuppliersProvenanceFacilityQuery } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addOrganization } from './fixtures';

/**
 * Provenance and the contributor view, through the gateway: a brand's undisclosed list and a
 * supplier's list name the same facility with different values; who sees which contributor; a
 * merge and a move.
 */

let stack: TestStack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.em('suppliers');
  addOrganization(em, 'brand-quiet', 'BRAND');
  addOrganization(em, 'brand-open', 'BRAND', 'NL');
  addOrganization(em, 'brand-rival', 'BRAND', 'FR');
  addOrganization(em, 'supplier-lotus', 'SUPPLIER', 'BD');
  await em.flush();
  tokens.quiet = await stack.token({ role: 'BRAND', organizationId: 'brand-quiet', subject: 'quiet-buyer' });
  tokens.open = await stack.token({ role: 'BRAND', organizationId: 'brand-open', subject: 'open-buyer' });
  tokens.rival = await stack.token({ role: 'BRAND', organizationId: 'brand-rival', subject: 'rival-buyer' });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: 'supplier-lotus', subject: 'lotus-admin' });
  tokens.regulatorAbroad = await stack.token({ role: 'REGULATOR', country: 'DE', subject: 'de-inspector' });
  tokens.admin = await stack.token({ role: 'ADMIN', subject: 'registry-steward' });
});
afterAll(async () => {
  await stack?.stop();
});

const IMPORT = graphql(`
  mutation SuppliersProvenanceImport($input: ImportFacilityListInput!, $key: String!) {
    importFacilityList(input: $input, idempotencyKey: $key) {
      import {
        id
      }
      rows {
        id
        outcome
        facility {
          id
        }
        candidates {
          facility {
            id
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation SuppliersProvenanceConfirm($row: ID!, $facility: ID!) {
    confirmFacilityMatch(rowId: $row, facilityId: $facility) {
      userErrors {
        code
        message
      }
    }
  }
`);
graphql(`
  fragment SuppliersProvenanceContributor on Contributor {
    kind
    anonymous
    organization {
      id
    }
  }
`);
const FACILITY = graphql(`
  query SuppliersProvenanceFacility($id: ID!) {
    facility(id: $id) {
      id
      name
      provenance {
        field
        confidence
        recordedAt
        source {
          kind
          listImportId
          rowNumber
          mergedFrom
          contributor {
            ...SuppliersProvenanceContributor
          }
        }
      }
      contributions {
        contributor {
          ...SuppliersProvenanceContributor
        }
        listImportId
        rowNumber
        name
        address
        country
        sectors
        workerCount {
          min
          max
        }
        location {
          latitude
        }
        match
        matchConfidence
        canonicalFields
        differingFields
      }
    }
  }
`);
const MERGE = graphql(`
  mutation SuppliersProvenanceMerge($survivor: ID!, $duplicate: ID!) {
    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
      userErrors {
        code
        message
      }
    }
  }
`);
const MOVE = graphql(`
  mutation SuppliersProvenanceMove($facility: ID!, $successor: ID!) {
    recordFacilityMove(facilityId: $facility, successorId: $successor) {
      userErrors {
        code
        message
      }
    }
  }
`);

const HEADER = 'country,name,address,sector,product_type,number_of_workers,lat,lng\n';

let lists = 0;
async function importList(organizationId: string, token: string, rows: string, publiclyDisclosed = false) {
  const input = { organizationId, fileName: `${organizationId}.csv`, csv: HEADER + rows, publiclyDisclosed };
  const result = dataOf(
    await stack.query(IMPORT, { input, key: `provenance-list-${++lists}` }, { token }),
  ).importFacilityList!;
  expect(result.userErrors).toEqual([]);
  const [row] = result.rows;
  if (row.outcome === 'POTENTIAL_MATCH') {
    // A fuzzy match the uploader confirms: the row then stands for the candidate.
    const candidate = row.candidates[0].facility!.id;
    const confirmed = dataOf(await stack.query(CONFIRM, { row: row.id, facility: candidate }, { token }));
    expect(confirmed.confirmFacilityMatch!.userErrors).toEqual([]);
    return { importId: result.import!.id, facilityId: candidate, outcome: row.outcome };
  }
  return { importId: result.import!.id, facilityId: row.facility!.id, outcome: row.outcome };
}

type Viewed = NonNullable<SuppliersProvenanceFacilityQuery['facility']>;
async function view(id: string, token?: string): Promise<Viewed> {
  const response = await stack.query(FACILITY, { id }, { token });
  expect(response.errors).toBeUndefined();
  return dataOf(response).facility!;
}
const fieldOf = (facility: Viewed, field: string) => facility.provenance!.find((entry) => entry.field === field);
const contributionOf = (facility: Viewed, organizationId: string) =>
  facility.contributions!.find((entry) => entry.contributor.organization?.id === organizationId);

let lotus: string;
let brandImport: string;
let supplierImport: string;

describe('the contributor view', () => {
  beforeAll(async () => {
    const brand = await importList(
      'brand-quiet',
      tokens.quiet,
      'BD,Lotus Knitwear Limited,"Plot 7, Ashulia Road, Savar",Apparel,Sweaters,900\n',
    );
    const supplier = await importList(
      'supplier-lotus',
      tokens.supplier,
      'BD,Lotus Knitwear Ltd,"Plot 7, Ashulia Road, Savar",Knitwear,Sweaters,1200\n',
    );
    expect(brand.outcome).toBe('NEW');
    expect(supplier.facilityId).toBe(brand.facilityId);
    [lotus, brandImport, supplierImport] = [brand.facilityId, brand.importId, supplier.importId];
  });

  it('lists each contributing list beside the registry’s values, with what each of them claimed', async () => {
    const facility = await view(lotus, tokens.admin);
    expect(facility.name).toBe('Lotus Knitwear Limited');
    expect(facility.contributions).toHaveLength(2);
    const brand = contributionOf(facility, 'brand-quiet')!;
    const supplier = contributionOf(facility, 'supplier-lotus')!;
    expect(brand).toMatchObject({
      contributor: { kind: 'BRAND', anonymous: false },
      listImportId: brandImport,
      rowNumber: 2,
      name: 'Lotus Knitwear Limited',
      sectors: ['Apparel'],
      workerCount: { min: 900, max: 900 },
      match: 'CREATED',
      matchConfidence: 'REPORTED',
      differingFields: [],
    });
    expect(brand.canonicalFields).toEqual(
      expect.arrayContaining(['NAME', 'ADDRESS', 'COUNTRY', 'SECTORS', 'PRODUCT_TYPES', 'WORKER_COUNT']),
    );
    expect(supplier).toMatchObject({
      contributor: { kind: 'SUPPLIER', anonymous: false },
      listImportId: supplierImport,
      name: 'Lotus Knitwear Ltd',
      sectors: ['Knitwear'],
      workerCount: { min: 1200, max: 1200 },
      canonicalFields: ['OWNER'],
    });
    expect(['MATCHED', 'CONFIRMED']).toContain(supplier.match);
    expect(supplier.differingFields).toEqual(expect.arrayContaining(['NAME', 'SECTORS', 'WORKER_COUNT']));
    expect(supplier.differingFields).not.toContain('ADDRESS');
  });

  it('names the source and the confidence of every field', async () => {
    const facility = await view(lotus, tokens.admin);
    expect(fieldOf(facility, 'NAME')).toMatchObject({
      confidence: 'REPORTED',
      source: {
        kind: 'LIST_IMPORT',
        listImportId: brandImport,
        rowNumber: 2,
        contributor: { organization: { id: 'brand-quiet' } },
      },
    });
    expect(fieldOf(facility, 'WORKER_COUNT')).toMatchObject({ confidence: 'REPORTED' });
    expect(fieldOf(facility, 'OWNER')).toMatchObject({
      confidence: 'REPORTED',
      source: {
        kind: 'LIST_IMPORT',
        listImportId: supplierImport,
        contributor: { organization: { id: 'supplier-lotus' } },
      },
    });
    expect(fieldOf(facility, 'STATUS')).toMatchObject({ confidence: 'INFERRED', source: { kind: 'LIST_IMPORT' } });
    expect(fieldOf(facility, 'LOCATION')).toBeUndefined();
  });

  it('does not tell a caller who may not see the brand’s supply chain which brand contributed', async () => {
    for (const token of [undefined, tokens.rival, tokens.regulatorAbroad]) {
      const facility = await view(lotus, token);
      expect(JSON.stringify(facility)).not.toContain('brand-quiet');
      expect(JSON.stringify(facility)).not.toContain(brandImport);
      const anonymous = facility.contributions!.find((entry) => entry.contributor.kind === 'BRAND')!;
      expect(anonymous).toMatchObject({
        contributor: { kind: 'BRAND', anonymous: true, organization: null },
        listImportId: null,
        rowNumber: null,
        name: 'Lotus Knitwear Limited',
      });
      expect(fieldOf(facility, 'NAME')!.source).toMatchObject({
        contributor: { kind: 'BRAND', anonymous: true, organization: null },
        listImportId: null,
      });
      // The supplier owns the facility, which is public.
      expect(contributionOf(facility, 'supplier-lotus')).toBeDefined();
    }
  });

  it('names the brand to itself and to the facility’s owner, who see the link', async () => {
    for (const token of [tokens.quiet, tokens.supplier]) {
      const facility = await view(lotus, token);
      expect(contributionOf(facility, 'brand-quiet')).toMatchObject({ listImportId: brandImport });
    }
  });
});

describe('after a merge and a move', () => {
  it('the survivor lists the merged facility’s contributions and keeps the sources of the values it took', async () => {
    // A disclosed list names the same workplace differently: a second registration.
    const open = await importList(
      'brand-open',
      tokens.open,
      'BD,Lotus Knit Composite,"Holding 19, Baipayl, Savar",Home textiles,Towels,,23.9,90.27\n',
      true,
    );
    expect(open.outcome).toBe('NEW');
    const merged = dataOf(
      await stack.query(MERGE, { survivor: lotus, duplicate: open.facilityId }, { token: tokens.admin }),
    );
    expect(merged.mergeFacilities!.userErrors).toEqual([]);

    const facility = await view(lotus);
    expect(contributionOf(facility, 'brand-open')).toMatchObject({
      name: 'Lotus Knit Composite',
      listImportId: open.importId,
      canonicalFields: ['LOCATION'],
    });
    expect(fieldOf(facility, 'LOCATION')).toMatchObject({
      confidence: 'REPORTED',
      source: { kind: 'LIST_IMPORT', mergedFrom: open.facilityId, contributor: { organization: { id: 'brand-open' } } },
    });
    expect(fieldOf(facility, 'SECTORS')).toMatchObject({
      confidence: 'INFERRED',
      source: { kind: 'MERGE', mergedFrom: open.facilityId, contributor: null },
    });
    expect(facility.contributions).toHaveLength(3);
  });

  it('a move recorded by the registry’s stewards is VERIFIED', async () => {
    const successor = await importList(
      'supplier-lotus',
      tokens.supplier,
      'BD,Lotus Knitwear Unit 2,"Plot 88, EPZ Road, Gazipur",Knitwear,Sweaters,1500\n',
    );
    const moved = dataOf(
      await stack.query(MOVE, { facility: lotus, successor: successor.facilityId }, { token: tokens.admin }),
    );
    expect(moved.recordFacilityMove!.userErrors).toEqual([]);
    expect(fieldOf(await view(lotus), 'STATUS')).toMatchObject({
      confidence: 'VERIFIED',
      source: { kind: 'REGISTRY_STEWARD', contributor: null, listImportId: null },
    });
  });
});

const PAGE = graphql(`
  query SuppliersProvenancePage($first: Int!) {
    facilities(first: $first, filter: { country: ["KH"] }) {
      edges {
        node {
          id
          provenance {
            field
            source {
              contributor {
                kind
                organization {
                  id
                }
              }
            }
          }
          contributions {
            name
            contributor {
              anonymous
            }
          }
        }
      }
    }
  }
`);

describe('a page of facilities', () => {
  it('reads provenance and contributions in a number of statements that does not grow with the page', async () => {
    const names = [
      'Angkor Knits',
      'Bayon Denim',
      'Kampot Shirtmakers',
      'Kratie Weaving',
      'Mondulkiri Tailors',
      'Pursat Sewing',
      'Siem Reap Textiles',
      'Takeo Fashions',
    ];
    const rows = names.map(
      (name, n) => `KH,${name},"${n * 17 + 3} ${name.split(' ')[0]} Highway",Apparel,Shirts,300\n`,
    );
    await importList('brand-quiet', tokens.quiet, rows.join(''));
    await importList('brand-open', tokens.open, rows.join(''), true);
    const statements = async (first: number) => {
      const before = stack.queries.count;
      const response = await stack.query(PAGE, { first }, { token: tokens.rival });
      expect(response.errors).toBeUndefined();
      const facilities = dataOf(response).facilities!.edges;
      expect(facilities).toHaveLength(first);
      for (const { node } of facilities) expect(node.contributions, JSON.stringify(node)).toHaveLength(2);
      return stack.queries.count - before;
    };
    const two = await statements(2);
    console.info(`facilities(first: 2) with provenance and contributions: ${two} SQL statements`);
    expect(await statements(8)).toBe(two);
  });
});
