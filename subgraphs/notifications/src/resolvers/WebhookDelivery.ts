import type { WebhookDeliveryResolvers } from '../__generated__/resolvers-types';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  subscription: async (delivery, _args, { loaders }) => (await loaders.subscription.load(delivery.subscription.id))!,
};
