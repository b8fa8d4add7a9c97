import type { SupplyChainLinkResolvers } from '../__generated__/resolvers-types';

export const SupplyChainLink: SupplyChainLinkResolvers = {
  buyer: async (link, _args, { loaders }) => (await loaders.organization.load(link.buyer.id))!,
  facility: async (link, _args, { loaders }) => (await loaders.facility.load(link.facility.id))!,
  suppliesFacility: (link, _args, { loaders }) =>
    link.suppliesFacility ? loaders.facility.load(link.suppliesFacility.id) : null,
  pendingTierChange: (link) => (link.pendingTier == null ? null : link),
};
