import type { SupplyChainTierChangeResolvers } from '../__generated__/resolvers-types';

/** The pending change of tier, read from the link that carries it. */
export const SupplyChainTierChange: SupplyChainTierChangeResolvers = {
  tier: (link) => link.pendingTier!,
  suppliesFacility: (link, _args, { loaders }) =>
    link.pendingSuppliesFacilityId ? loaders.facility.load(link.pendingSuppliesFacilityId) : null,
  proposedBy: (link) => link.pendingProposedBy!,
};
