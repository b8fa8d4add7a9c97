import type { SupplyChainNodeResolvers } from '../__generated__/resolvers-types';

export const SupplyChainNode: SupplyChainNodeResolvers = {
  facility: async (node, _args, { loaders }) => (await loaders.facility.load(node.link.facility.id))!,
};
