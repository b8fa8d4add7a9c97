import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFacilityId } from '../../vocabulary/facility-id';
import { graphql } from '../__generated__';
import type { FacilityFilter, SupplyChainFilter } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacilities, addLink, addOrganization } from './fixtures';

let stack: TestStack;
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.em('suppliers');
  addOrganization(em, 'brand-north', 'BRAND');
  addOrganization(em, 'brand-south', 'BRAND');
  addOrganization(em, 'supplier-delta', 'SUPPLIER', 'BD');
  const [duc, tongi, towels, chips, closed] = await addFacilities(em, [
    {
      name: 'Công ty May Đức Giang',
      address: 'Lô A5, KCN Tân Thuận, Quận 7, TP. Hồ Chí Minh',
      countryCode: 'VN',
      sectors: ['Apparel'],
    },
    {
      name: 'Tongi Knit Composite Ltd',
      address: 'Plot 12, Tongi Industrial Area, Gazipur',
      countryCode: 'BD',
      sectors: ['Apparel', 'Textiles'],
      ownerId: 'supplier-delta',
    },
    {
      name: 'Padma Home Textiles',
      address: 'Holding 9, Tongi Road, Gazipur',
      countryCode: 'BD',
      sectors: ['Home Textiles'],
    },
    {
      name: 'Shenzhen Chips Assembly',
      address: 'No. 5 Bao’an Road, Shenzhen',
      countryCode: 'CN',
      sectors: ['Electronics'],
    },
    {
      name: 'Old Tongi Dyeing',
      address: 'Plot 3, Tongi Industrial Area, Gazipur',
      countryCode: 'BD',
      sectors: ['Textiles'],
      status: 'CLOSED',
    },
  ]);
  Object.assign(ids, { duc, tongi, towels, chips, closed });
  addLink(em, 'brand-north', tongi, { tier: 1, publiclyDisclosed: true });
  addLink(em, 'brand-north', towels, { tier: 2, publiclyDisclosed: false });
  addLink(em, 'brand-north', chips, { tier: 1, publiclyDisclosed: true });
  addLink(em, 'brand-south', tongi, { tier: 1, publiclyDisclosed: false });
  await em.flush();
});
afterAll(async () => {
  await stack?.stop();
});

const names = (connection: { edges: { node: { name: string | null } }[] }) =>
  connection.edges.map((edge) => edge.node.name);
const FACILITIES = graphql(`
  query SupplierRegistryFacilities($filter: FacilityFilter) {
    facilities(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const FACILITY_ID = graphql(`
  query SupplierRegistryFacilityId($id: ID!) {
    facility(id: $id) {
      id
    }
  }
`);
const FACILITY = graphql(`
  query SupplierRegistryFacility($id: ID!) {
    facility(id: $id) {
      id
      name
      status
      sectors
    }
  }
`);
const SUPPLY_CHAIN = graphql(`
  query SupplierRegistrySupplyChain($id: ID!, $filter: SupplyChainFilter) {
    organization(id: $id) {
      supplyChain(first: 20, filter: $filter) {
        totalCount
        edges {
          node {
            tier
            facility {
              name
            }
          }
        }
      }
    }
  }
`);
const BUYERS = graphql(`
  query SupplierRegistryBuyers($id: ID!) {
    facility(id: $id) {
      buyers {
        buyer {
          id
        }
        publiclyDisclosed
      }
      owner {
        id
      }
    }
  }
`);
const KH_FACILITIES = graphql(`
  query SupplierRegistryCambodianFacilities($first: Int!) {
    facilities(first: $first, filter: { country: ["KH"] }) {
      totalCount
      edges {
        node {
          id
          owner {
            name
          }
          buyers {
            tier
            buyer {
              name
            }
          }
        }
      }
    }
  }
`);

const filtered = async (filter: FacilityFilter, token?: string) =>
  dataOf(await stack.query(FACILITIES, { filter }, { token })).facilities!;

describe('facility ids given as input are validated', () => {
  const badId = async (id: string) => {
    const response = await stack.query(FACILITY_ID, { id });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return response.errors![0];
  };

  it('names the problem: length, check character, unknown country', async () => {
    expect((await badId('BD2024')).message).toBe(
      'id is not a valid facility id: facility id must be 15 characters, got 6',
    );
    const wrongCheck = ids.tongi.slice(0, 14) + (ids.tongi[14] === '0' ? '1' : '0');
    expect((await badId(wrongCheck)).message).toMatch(/check character is ., expected ./);
    const unknownCountry = generateFacilityId('XX', new Date('2024-05-01T00:00:00Z'), () => 0.5);
    expect((await badId(unknownCountry)).extensions).toMatchObject({
      issues: [{ path: ['id'], message: '"XX" is not a known country code' }],
    });
  });

  it('accepts an id written in lower case and resolves it', async () => {
    const { facility } = dataOf(await stack.query(FACILITY, { id: ids.closed.toLowerCase() }));
    expect(facility).toEqual({ id: ids.closed, name: 'Old Tongi Dyeing', status: 'CLOSED', sectors: ['Textiles'] });
  });
});

describe('facilities(filter)', () => {
  it('filters by sector, without regard to case or spelling of separators', async () => {
    const facilities = await filtered({ sector: ['home-textiles', 'ELECTRONICS'] });
    expect(facilities.totalCount).toBe(2);
    expect(names(facilities)).toEqual(['Padma Home Textiles', 'Shenzhen Chips Assembly']);
  });

  it('searches name and address, all words, without accents', async () => {
    expect(names(await filtered({ search: 'tongi' }))).toEqual([
      'Old Tongi Dyeing',
      'Padma Home Textiles',
      'Tongi Knit Composite Ltd',
    ]);
    expect(names(await filtered({ search: 'Tongi industrial knit' }))).toEqual(['Tongi Knit Composite Ltd']);
    expect(names(await filtered({ search: 'duc giang' }))).toEqual(['Công ty May Đức Giang']);
    expect(names(await filtered({ search: 'Bao’an' }))).toEqual(['Shenzhen Chips Assembly']);
    expect(
      (await filtered({ search: 'tongi', sector: ['textiles'], status: ['ACTIVE'], country: ['bd'] })).totalCount,
    ).toBe(1);
  });

  it('filters by buyer with the visibility of links: others see disclosed ones, the brand all of its own', async () => {
    const filter = { buyer: 'brand-north' };
    expect(names(await filtered(filter))).toEqual(['Shenzhen Chips Assembly', 'Tongi Knit Composite Ltd']);
    const token = await stack.token({ role: 'BRAND', organizationId: 'brand-north' });
    expect((await filtered(filter, token)).totalCount).toBe(3);
  });
});

describe('supply chains and buyers', () => {
  it('filters a brand’s supply chain by sector, tier and country', async () => {
    const token = await stack.token({ role: 'BRAND', organizationId: 'brand-north' });
    const chain = async (filter: SupplyChainFilter) =>
      dataOf(
        await stack.query(SUPPLY_CHAIN, { id: 'brand-north', filter }, { token }),
      ).organization?.supplyChain!.edges.map((edge) => edge.node.facility.name);
    expect(await chain({ sector: ['Textiles', 'Home Textiles'] })).toEqual([
      'Tongi Knit Composite Ltd',
      'Padma Home Textiles',
    ]);
    expect(await chain({ sector: ['apparel'], country: ['BD'], tier: 1 })).toEqual(['Tongi Knit Composite Ltd']);
    expect(await chain({ sector: ['footwear'] })).toEqual([]);
  });

  it('shows a facility’s undisclosed buyers only to its owner, regulators and admins', async () => {
    const buyers = async (token?: string) =>
      dataOf(await stack.query(BUYERS, { id: ids.tongi }, { token }))
        .facility?.buyers!.map((link) => link.buyer.id)
        .sort();
    expect(await buyers()).toEqual(['brand-north']);
    expect(await buyers(await stack.token({ role: 'SUPPLIER', organizationId: 'supplier-delta' }))).toEqual([
      'brand-north',
      'brand-south',
    ]);
    expect(await buyers(await stack.token({ role: 'BRAND', organizationId: 'brand-south' }))).toEqual([
      'brand-north',
      'brand-south',
    ]);
    expect(await buyers(await stack.token({ role: 'BRAND', organizationId: 'brand-other' }))).toEqual(['brand-north']);
  });
});

describe('no N+1', () => {
  it('costs the same SQL statements for facilities(first: 50) with owner and buyers as for first: 5', async () => {
    const em = stack.em('suppliers');
    addOrganization(em, 'brand-many', 'BRAND');
    const owners = Array.from({ length: 60 }, (_, n) => `supplier-many-${n}`);
    for (const owner of owners) addOrganization(em, owner, 'SUPPLIER', 'KH');
    const many = await addFacilities(
      em,
      owners.map((owner, n) => ({
        name: `Mekong Garment ${n}`,
        address: `Lot ${n}, Phnom Penh SEZ`,
        countryCode: 'KH',
        sectors: ['Apparel'],
        ownerId: owner,
      })),
    );
    for (const id of many) addLink(em, 'brand-many', id);
    await em.flush();

    const statements = async (first: number) => {
      const before = stack.queries.count;
      const response = await stack.query(KH_FACILITIES, { first });
      expect(response.errors).toBeUndefined();
      expect(dataOf(response).facilities!.edges).toHaveLength(first);
      return stack.queries.count - before;
    };
    const five = await statements(5);
    console.info(`facilities(first: 5) with owner and buyers: ${five} SQL statements`);
    expect(await statements(50)).toBe(five);
    expect(five).toBeLessThanOrEqual(5);
  });
});
