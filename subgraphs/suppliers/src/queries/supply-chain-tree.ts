import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '../../../../runtime/errors';
import type { Principal } from '../../../../runtime/principal';
import { MAX_TIER } from '../domain/supply-chain-links';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import { visibleLinks } from '../visibility';

/** The most nodes one tree answers; a larger chain is cut, the closest tiers kept. */
export const MAX_TREE_NODES = 2000;

export interface SupplyChainTreeNode {
  link: SupplyChainLink;
  tier: number;
  suppliers: SupplyChainTreeNode[];
}

export interface SupplyChainTreeResult {
  roots: SupplyChainTreeNode[];
  nodeCount: number;
  truncated: boolean;
}

/**
 * A brand's supply chain as a tree, in one statement: every link the caller may see that was in
 * force on `asOf`, down to `depth` tiers, read tier by tier (closest first), then assembled in
 * memory — each tier-n link under the tier-(n-1) node of the facility it supplies. A link whose
 * facility supplied is not in the tree (ended, or hidden from the caller) is left out with
 * everything under it: the tree shows only what the caller may follow from the brand.
 */
export async function findSupplyChainTree(
  em: EntityManager,
  principal: Principal,
  brandId: string,
  depth: number,
  asOf: string,
): Promise<SupplyChainTreeResult> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TIER)
    throw badUserInput(`depth must be between 1 and ${MAX_TIER}`, {
      issues: [{ path: ['depth'], message: `between 1 and ${MAX_TIER}` }],
    });
  const links = await em.find(
    SupplyChainLink,
    {
      $and: [
        { buyer: brandId, tier: { $lte: depth }, since: { $lte: asOf } },
        { $or: [{ status: 'ACTIVE' }, { status: 'ENDED', endedOn: { $gte: asOf } }] },
        visibleLinks(principal),
      ],
    },
    { orderBy: { tier: 'asc', id: 'asc' }, limit: MAX_TREE_NODES + 1 },
  );
  const truncated = links.length > MAX_TREE_NODES;
  const roots: SupplyChainTreeNode[] = [];
  const byFacility = new Map<string, SupplyChainTreeNode>();
  for (const link of links.slice(0, MAX_TREE_NODES)) {
    if (byFacility.has(link.facility.id)) continue;
    const node: SupplyChainTreeNode = { link, tier: link.tier, suppliers: [] };
    if (link.tier === 1) roots.push(node);
    else {
      const supplied = link.suppliesFacility ? byFacility.get(link.suppliesFacility.id) : undefined;
      if (!supplied || supplied.tier !== link.tier - 1) continue;
      supplied.suppliers.push(node);
    }
    byFacility.set(link.facility.id, node);
  }
  return { roots, nodeCount: byFacility.size, truncated };
}
