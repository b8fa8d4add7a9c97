import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '../../demo/world';
import { SupplyChainLink } from '../../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacilities, addOrganization, facilityId } from './fixtures';
import {
  activeLink,
  CHANGE_TIER,
  CONFIRM_LINK,
  DECLINE_LINK,
  END_LINK,
  linkKey,
  propose,
  PROPOSE_LINK,
} from './supply-chain-support';

/**
 * Supply-chain links through the API: one side proposes, the other confirms or declines; either
 * side ends a link at once; a change of tier waits for the other side; tiers name the facility
 * they supply; the brand's multi-tier tree comes back in one request.
 */
const NOW = new Date('2026-03-02T10:00:00Z');
const BRAND = 'org-scl-brand';
const OTHER_BRAND = 'org-scl-other-brand';
const SUPPLIER = 'org-scl-supplier';

let stack: TestStack;
const tokens: Record<'brand' | 'otherBrand' | 'supplier' | 'regulator' | 'admin', string> = {} as never;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const em = stack.em('suppliers');
  addOrganization(em, BRAND, 'BRAND');
  addOrganization(em, OTHER_BRAND, 'BRAND');
  addOrganization(em, SUPPLIER, 'SUPPLIER', 'BD');
  await em.flush();
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: BRAND, subject: 'scl-brand' });
  tokens.otherBrand = await stack.token({ role: 'BRAND', organizationId: OTHER_BRAND, subject: 'scl-other' });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER, subject: 'scl-supplier' });
  tokens.regulator = await stack.token({ role: 'REGULATOR', country: 'BD', subject: 'scl-regulator-bd' });
  tokens.admin = await stack.token({ role: 'ADMIN', subject: 'scl-admin' });
});
afterAll(() => stack?.stop());

let made = 0;
/** Fresh facilities in Bangladesh owned by the supplier, for one test. */
async function facilities(count: number): Promise<string[]> {
  const specs = Array.from({ length: count }, () => {
    const n = ++made;
    return {
      name: `Meghna Knitwear ${n}`,
      address: `Plot ${n}, Savar EPZ, Dhaka`,
      countryCode: 'BD',
      ownerId: SUPPLIER,
    };
  });
  return addFacilities(stack.em('suppliers'), specs);
}
const both = () => ({ proposer: tokens.brand, confirmer: tokens.supplier });

const SUPPLY_CHAIN = graphql(`
  query SupplyChainOfBrand($id: ID!, $status: [SupplyChainLinkStatus!]) {
    organization(id: $id) {
      supplyChain(first: 100, filter: { status: $status }) {
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);
const BUYERS = graphql(`
  query SupplyChainBuyersOfFacility($id: ID!) {
    facility(id: $id) {
      buyers {
        id
        status
      }
    }
  }
`);
const chainIds = async (token: string | undefined, status?: ('PROPOSED' | 'ACTIVE' | 'DECLINED' | 'ENDED')[]) =>
  dataOf(await stack.query(SUPPLY_CHAIN, { id: BRAND, status }, { token })).organization!.supplyChain!.edges.map(
    (edge) => edge.node.id,
  );
const linkRows = (facility: string) => stack.em('suppliers').count(SupplyChainLink, { facility });

describe('proposing and confirming', () => {
  it('a brand proposes, the supplier confirms: the link becomes ACTIVE and part of the supply chain', async () => {
    const [facility] = await facilities(1);
    const proposed = dataOf(await propose(stack, tokens.brand, { facilityId: facility, tier: 1 }));
    const link = proposed.proposeSupplyChainLink!.link!;
    expect(link).toMatchObject({ status: 'PROPOSED', proposedBy: 'BRAND', tier: 1, buyer: { id: BRAND } });
    expect(await chainIds(tokens.brand)).not.toContain(link.id);
    expect(await chainIds(tokens.brand, ['PROPOSED'])).toContain(link.id);

    const confirmed = dataOf(await stack.query(CONFIRM_LINK, { id: link.id }, { token: tokens.supplier }));
    expect(confirmed.confirmSupplyChainLink).toMatchObject({ link: { id: link.id, status: 'ACTIVE' }, userErrors: [] });
    expect(await chainIds(tokens.brand)).toContain(link.id);
    expect(await chainIds(undefined)).not.toContain(link.id); // undisclosed
  });

  it('the supplier proposes naming the brand, the brand confirms', async () => {
    const [facility] = await facilities(1);
    const proposed = dataOf(await propose(stack, tokens.supplier, { brandId: BRAND, facilityId: facility, tier: 1 }));
    const link = proposed.proposeSupplyChainLink!.link!;
    expect(link).toMatchObject({ status: 'PROPOSED', proposedBy: 'SUPPLIER' });
    const confirmed = dataOf(await stack.query(CONFIRM_LINK, { id: link.id }, { token: tokens.brand }));
    expect(confirmed.confirmSupplyChainLink!.link!.status).toBe('ACTIVE');
  });

  it('the other side declines: the proposal is kept as DECLINED and the pair may be proposed again', async () => {
    const [facility] = await facilities(1);
    const link = dataOf(await propose(stack, tokens.brand, { facilityId: facility, tier: 1 })).proposeSupplyChainLink!
      .link!;
    const declined = dataOf(
      await stack.query(
        DECLINE_LINK,
        { id: link.id, reason: 'We do not make this product' },
        { token: tokens.supplier },
      ),
    );
    expect(declined.declineSupplyChainLink!.link).toMatchObject({
      status: 'DECLINED',
      endedBy: 'SUPPLIER',
      endReason: 'We do not make this product',
      endedOn: '2026-03-02',
    });
    expect(await chainIds(tokens.brand)).not.toContain(link.id);
    const again = dataOf(await propose(stack, tokens.brand, { facilityId: facility, tier: 1 }));
    expect(again.proposeSupplyChainLink!.userErrors).toEqual([]);
  });

  it('nobody else confirms: the proposer, a stranger brand, a regulator', async () => {
    const [facility] = await facilities(1);
    const link = dataOf(await propose(stack, tokens.brand, { facilityId: facility, tier: 1 })).proposeSupplyChainLink!
      .link!;
    const own = dataOf(await stack.query(CONFIRM_LINK, { id: link.id }, { token: tokens.brand }));
    expect(own.confirmSupplyChainLink!.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    const stranger = dataOf(await stack.query(CONFIRM_LINK, { id: link.id }, { token: tokens.otherBrand }));
    expect(stranger.confirmSupplyChainLink!.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const regulator = await stack.query(CONFIRM_LINK, { id: link.id }, { token: tokens.regulator });
    expect(regulator.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await chainIds(tokens.brand, ['PROPOSED'])).toContain(link.id);
  });

  it('a proposal is seen by the two sides only, not by another brand, the public or the regulator', async () => {
    const [facility] = await facilities(1);
    await propose(stack, tokens.brand, { facilityId: facility, tier: 1, publiclyDisclosed: true });
    const buyers = async (token: string | undefined) =>
      dataOf(await stack.query(BUYERS, { id: facility }, { token })).facility!.buyers!.map((link) => link.status);
    expect(await buyers(tokens.supplier)).toEqual(['PROPOSED']);
    expect(await buyers(tokens.brand)).toEqual(['PROPOSED']);
    for (const token of [tokens.otherBrand, tokens.regulator, undefined]) expect(await buyers(token)).toEqual([]);
  });
});

describe('the rules of a link', () => {
  it('a proposal retried with the same key answers the first link and writes it once', async () => {
    const [facility] = await facilities(1);
    const variables = { input: { facilityId: facility, tier: 1 }, key: linkKey() };
    const first = dataOf(await stack.query(PROPOSE_LINK, variables, { token: tokens.brand }));
    const retry = dataOf(await stack.query(PROPOSE_LINK, variables, { token: tokens.brand }));
    expect(retry.proposeSupplyChainLink!.link!.id).toBe(first.proposeSupplyChainLink!.link!.id);
    expect(await linkRows(facility)).toBe(1);
  });

  it('refuses a duplicate of a proposed or active link for the same brand and facility', async () => {
    const [facility] = await facilities(1);
    await propose(stack, tokens.brand, { facilityId: facility, tier: 1 });
    const duplicate = dataOf(await propose(stack, tokens.supplier, { brandId: BRAND, facilityId: facility, tier: 1 }));
    expect(duplicate.proposeSupplyChainLink).toMatchObject({ link: null, userErrors: [{ code: 'CONFLICT' }] });
    expect(await linkRows(facility)).toBe(1);
  });

  it('refuses tier 2 without the facility it supplies, and tier 1 naming one, writing nothing', async () => {
    const [tierOne, facility] = await facilities(2);
    await activeLink(stack, both(), { facilityId: tierOne, tier: 1 });
    const missing = await propose(stack, tokens.brand, { facilityId: facility, tier: 2 });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'suppliesFacilityId'] }],
    });
    const named = await propose(stack, tokens.brand, { facilityId: facility, tier: 1, suppliesFacilityId: tierOne });
    expect(named.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await linkRows(facility)).toBe(0);
  });

  it('a tier-2 link names a tier-1 facility of the brand’s active chain', async () => {
    const [tierOne, proposedOnly, facility] = await facilities(3);
    await activeLink(stack, both(), { facilityId: tierOne, tier: 1 });
    await propose(stack, tokens.brand, { facilityId: proposedOnly, tier: 1 });
    const notActive = dataOf(
      await propose(stack, tokens.brand, { facilityId: facility, tier: 2, suppliesFacilityId: proposedOnly }),
    );
    expect(notActive.proposeSupplyChainLink!.userErrors).toMatchObject([
      { code: 'BAD_USER_INPUT', field: ['input', 'suppliesFacilityId'] },
    ]);
    const placed = dataOf(
      await propose(stack, tokens.brand, { facilityId: facility, tier: 2, suppliesFacilityId: tierOne }),
    );
    expect(placed.proposeSupplyChainLink!.link).toMatchObject({ tier: 2, suppliesFacility: { id: tierOne } });
  });

  it('refuses a facility supplying itself, and a cycle through the chain', async () => {
    const [a, b] = await facilities(2);
    const self = await propose(stack, tokens.brand, { facilityId: a, tier: 2, suppliesFacilityId: a });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const linkA = await activeLink(stack, both(), { facilityId: a, tier: 1 });
    await activeLink(stack, both(), { facilityId: b, tier: 2, suppliesFacilityId: a });
    const cycle = dataOf(
      await stack.query(CHANGE_TIER, { input: { id: linkA, tier: 3, suppliesFacilityId: b } }, { token: tokens.brand }),
    );
    expect(cycle.changeSupplyChainTier!.userErrors).toMatchObject([{ code: 'BAD_USER_INPUT', message: /cycle/ }]);
  });

  it('refuses a brand that is not a brand organisation, and an unknown facility', async () => {
    const [facility] = await facilities(1);
    const notBrand = dataOf(await propose(stack, tokens.admin, { brandId: SUPPLIER, facilityId: facility, tier: 1 }));
    expect(notBrand.proposeSupplyChainLink!.userErrors).toMatchObject([
      { code: 'BAD_USER_INPUT', field: ['input', 'brandId'] },
    ]);
    // A well-formed id nobody registered is NOT_FOUND; a malformed one fails as input.
    const unknown = dataOf(await propose(stack, tokens.brand, { facilityId: facilityId('BD'), tier: 1 }));
    expect(unknown.proposeSupplyChainLink!.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'facilityId'] },
    ]);
    const malformed = await propose(stack, tokens.brand, { facilityId: 'BD-NOT-AN-ID', tier: 1 });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ending and re-tiering', () => {
  it('either side ends an active link at once; it stays as history, out of the current supply chain', async () => {
    const [first, second] = await facilities(2);
    const byBrand = await activeLink(stack, both(), { facilityId: first, tier: 1 });
    const bySupplier = await activeLink(stack, both(), { facilityId: second, tier: 1, since: '2025-01-01' });
    const ended = dataOf(
      await stack.query(END_LINK, { input: { id: byBrand, reason: 'Sourcing moved' } }, { token: tokens.brand }),
    );
    expect(ended.endSupplyChainLink!.link).toMatchObject({ status: 'ENDED', endedBy: 'BRAND', endedOn: '2026-03-02' });
    const endedBySupplier = dataOf(
      await stack.query(END_LINK, { input: { id: bySupplier, endedOn: '2026-02-28' } }, { token: tokens.supplier }),
    );
    expect(endedBySupplier.endSupplyChainLink!.link).toMatchObject({ endedBy: 'SUPPLIER', endedOn: '2026-02-28' });
    expect(await chainIds(tokens.brand)).not.toEqual(expect.arrayContaining([byBrand]));
    expect(await chainIds(tokens.brand, ['ENDED'])).toEqual(expect.arrayContaining([byBrand, bySupplier]));
    const again = dataOf(await stack.query(END_LINK, { input: { id: byBrand } }, { token: tokens.supplier }));
    expect(again.endSupplyChainLink!.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
  });

  it('a change of tier proposed by one side applies when the other confirms it', async () => {
    const [a, b] = await facilities(2);
    await activeLink(stack, both(), { facilityId: a, tier: 1 });
    const linkB = await activeLink(stack, both(), { facilityId: b, tier: 1 });
    const proposed = dataOf(
      await stack.query(
        CHANGE_TIER,
        { input: { id: linkB, tier: 2, suppliesFacilityId: a } },
        { token: tokens.supplier },
      ),
    );
    expect(proposed.changeSupplyChainTier!.link).toMatchObject({
      tier: 1,
      pendingTierChange: { tier: 2, proposedBy: 'SUPPLIER', suppliesFacility: { id: a } },
    });
    const ownConfirm = dataOf(await stack.query(CONFIRM_LINK, { id: linkB }, { token: tokens.supplier }));
    expect(ownConfirm.confirmSupplyChainLink!.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    const confirmed = dataOf(await stack.query(CONFIRM_LINK, { id: linkB }, { token: tokens.brand }));
    expect(confirmed.confirmSupplyChainLink!.link).toMatchObject({
      status: 'ACTIVE',
      tier: 2,
      suppliesFacility: { id: a },
      pendingTierChange: null,
    });
  });

  it('a declined change of tier leaves the link as it was', async () => {
    const [a, b] = await facilities(2);
    await activeLink(stack, both(), { facilityId: a, tier: 1 });
    const linkB = await activeLink(stack, both(), { facilityId: b, tier: 1 });
    await stack.query(CHANGE_TIER, { input: { id: linkB, tier: 2, suppliesFacilityId: a } }, { token: tokens.brand });
    const tierOneNaming = await stack.query(
      CHANGE_TIER,
      { input: { id: linkB, tier: 1, suppliesFacilityId: a } },
      { token: tokens.supplier },
    );
    expect(tierOneNaming.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const declined = dataOf(await stack.query(DECLINE_LINK, { id: linkB }, { token: tokens.supplier }));
    expect(declined.declineSupplyChainLink!.link).toMatchObject({ status: 'ACTIVE', tier: 1, pendingTierChange: null });
  });
});

const TREE = graphql(`
  query SupplyChainTreeOfBrand($id: ID!, $depth: Int, $asOf: Date) {
    organization(id: $id) {
      supplyChainTree(depth: $depth, asOf: $asOf) {
        nodeCount
        truncated
        roots {
          ...SupplyChainTreeNodeFields
          suppliers {
            ...SupplyChainTreeNodeFields
            suppliers {
              ...SupplyChainTreeNodeFields
              suppliers {
                tier
              }
            }
          }
        }
      }
    }
  }
  fragment SupplyChainTreeNodeFields on SupplyChainNode {
    tier
    facility {
      id
      name
    }
    link {
      id
      status
    }
  }
`);

describe('the demo world', () => {
  it('names, for each tier-2 link, a tier-1 facility of the same brand', () => {
    const links = demoWorld().supplyChainLinks;
    const tierOne = new Set(
      links.filter((link) => link.tier === 1).map((link) => `${link.buyerId} ${link.facilityId}`),
    );
    const tierTwo = links.filter((link) => link.tier === 2);
    expect(tierTwo.length).toBeGreaterThan(0);
    for (const link of tierTwo) expect(tierOne).toContain(`${link.buyerId} ${link.suppliesFacilityId}`);
  });
});

describe('the multi-tier tree', () => {
  const TREE_BRAND = 'org-scl-tree-brand';
  let treeToken: string;
  const ids: string[] = [];

  beforeAll(async () => {
    const em = stack.em('suppliers');
    addOrganization(em, TREE_BRAND, 'BRAND');
    await em.flush();
    treeToken = await stack.token({ role: 'BRAND', organizationId: TREE_BRAND, subject: 'scl-tree-brand' });
    ids.push(...(await facilities(7)));
    // Tiers 1: ids 0, 1; tier 2: 2 → 0, 3 → 1, 4 → 0; tier 3: 5 → 2, 6 → 4 (begun later).
    const shape: [number, number | null, string][] = [
      [1, null, '2020-01-01'],
      [1, null, '2020-01-01'],
      [2, 0, '2021-01-01'],
      [2, 1, '2021-01-01'],
      [2, 0, '2021-01-01'],
      [3, 2, '2022-01-01'],
      [3, 4, '2025-06-01'],
    ];
    shape.forEach(([tier, supplies, since], position) =>
      em.create(SupplyChainLink, {
        id: `scl-tree-${position}`,
        buyer: TREE_BRAND,
        facility: ids[position],
        tier,
        suppliesFacility: supplies === null ? null : ids[supplies],
        since,
        until: null,
        products: [],
        publiclyDisclosed: false,
      }),
    );
    await em.flush();
  });

  it('returns three tiers in one request, in as many statements for a larger tree as for a smaller one', async () => {
    const before = stack.queries.count;
    const response = await stack.query(TREE, { id: TREE_BRAND }, { token: treeToken });
    const statements = stack.queries.count - before;
    const tree = dataOf(response).organization!.supplyChainTree!;
    expect(tree).toMatchObject({ nodeCount: 7, truncated: false });
    const shape = tree.roots.map((root) => ({
      facility: root.facility.id,
      suppliers: root.suppliers.map((two) => ({
        facility: two.facility.id,
        suppliers: two.suppliers.map((three) => three.facility.id),
      })),
    }));
    expect(shape).toEqual([
      {
        facility: ids[0],
        suppliers: [
          { facility: ids[2], suppliers: [ids[5]] },
          { facility: ids[4], suppliers: [ids[6]] },
        ],
      },
      { facility: ids[1], suppliers: [{ facility: ids[3], suppliers: [] }] },
    ]);

    const smaller = stack.queries.count;
    const earlier = dataOf(await stack.query(TREE, { id: TREE_BRAND, asOf: '2021-06-01' }, { token: treeToken }));
    expect(earlier.organization!.supplyChainTree!.nodeCount).toBe(5);
    expect(stack.queries.count - smaller).toBe(statements);
    expect(statements).toBeLessThanOrEqual(4);
  });

  it('stops at the depth asked, and refuses a depth beyond five', async () => {
    const shallow = dataOf(await stack.query(TREE, { id: TREE_BRAND, depth: 2 }, { token: treeToken }));
    expect(shallow.organization!.supplyChainTree!.nodeCount).toBe(5);
    const deep = await stack.query(TREE, { id: TREE_BRAND, depth: 6 }, { token: treeToken });
    expect(deep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows nothing of an undisclosed chain to another brand', async () => {
    const seen = dataOf(await stack.query(TREE, { id: TREE_BRAND }, { token: tokens.otherBrand }));
    expect(seen.organization!.supplyChainTree).toEqual({ nodeCount: 0, truncated: false, roots: [] });
  });
});
