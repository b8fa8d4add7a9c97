import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '../../demo/world';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/** The seeded demo registry is searchable and filterable like imported data. */
let stack: TestStack;
const world = demoWorld();
beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(async () => {
  await stack?.stop();
});

const FOOTWEAR_COUNT = graphql(`
  query SupplierDemoFootwearCount {
    facilities(first: 1, filter: { sector: ["footwear"] }) {
      totalCount
    }
  }
`);
const SEARCH = graphql(`
  query SupplierDemoSearch($search: String!) {
    facilities(first: 100, filter: { search: $search }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const SUPPLY_CHAIN_BY_SECTOR = graphql(`
  query SupplierDemoSupplyChainBySector($sector: String!) {
    viewer {
      organization {
        supplyChain(first: 100, filter: { sector: [$sector] }) {
          totalCount
        }
      }
    }
  }
`);

describe('the demo registry', () => {
  it('filters by sector over every seeded facility', async () => {
    const expected = world.facilities.filter((facility) => facility.sector === 'Footwear').length;
    const { facilities } = dataOf(await stack.query(FOOTWEAR_COUNT, {}));
    expect(expected).toBeGreaterThan(0);
    expect(facilities!.totalCount).toBe(expected);
  });

  it('finds a seeded facility by words of its name and address', async () => {
    const facility = world.facilities[17];
    const words = `${facility.name.split(' ')[0]} ${facility.address.split(/[ ,]+/).at(-1)}`;
    const { facilities } = dataOf(await stack.query(SEARCH, { search: words }));
    expect(facilities!.edges.map((edge) => edge.node.id)).toContain(facility.id);
  });

  it('filters a seeded brand’s supply chain by sector', async () => {
    const link = world.supplyChainLinks[0];
    const sector = world.facilities.find((facility) => facility.id === link.facilityId)!.sector;
    const expected = world.supplyChainLinks.filter(
      (each) =>
        each.buyerId === link.buyerId && world.facilities.find((f) => f.id === each.facilityId)!.sector === sector,
    ).length;
    const token = await stack.token({ role: 'BRAND', organizationId: link.buyerId });
    const { viewer } = dataOf(await stack.query(SUPPLY_CHAIN_BY_SECTOR, { sector }, { token }));
    expect(viewer!.organization?.supplyChain!.totalCount).toBe(expected);
  });
});
