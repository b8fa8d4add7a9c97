import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '../../demo/world';
import { startTestStack, type TestStack } from '../support/stack';

/** The seeded demo registry is searchable and filterable like imported data. */
let stack: TestStack;
const world = demoWorld();
beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the demo registry', () => {
  it('filters by sector over every seeded facility', async () => {
    const expected = world.facilities.filter((facility) => facility.sector === 'Footwear').length;
    const response = await stack.query('{ facilities(first: 1, filter: { sector: ["footwear"] }) { totalCount } }');
    expect(expected).toBeGreaterThan(0);
    expect(response.data.facilities.totalCount).toBe(expected);
  });

  it('finds a seeded facility by words of its name and address', async () => {
    const facility = world.facilities[17];
    const words = `${facility.name.split(' ')[0]} ${facility.address.split(/[ ,]+/).at(-1)}`;
    const response = await stack.query('query ($search: String!) { facilities(first: 100, filter: { search: $search }) { edges { node { id } } } }', { search: words });
    expect(response.data.facilities.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(facility.id);
  });

  it('filters a seeded brand’s supply chain by sector', async () => {
    const link = world.supplyChainLinks[0];
    const sector = world.facilities.find((facility) => facility.id === link.facilityId)!.sector;
    const expected = world.supplyChainLinks.filter((each) => each.buyerId === link.buyerId && world.facilities.find((f) => f.id === each.facilityId)!.sector === sector).length;
    const token = await stack.token({ role: 'BRAND', organizationId: link.buyerId });
    const response = await stack.query('query ($sector: String!) { viewer { organization { supplyChain(first: 100, filter: { sector: [$sector] }) { totalCount } } } }', { sector }, { token });
    expect(response.data.viewer.organization.supplyChain.totalCount).toBe(expected);
  });
});
