import type { ComplianceArea, WebhookSubscriptionResolvers } from '../__generated__/resolvers-types';

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.subscription.load(reference.id),
  events: (subscription) => subscription.eventTypes,
  filter: (subscription) => ({
    countries: [...(subscription.filter.countries ?? [])],
    facilities: [...(subscription.filter.facilities ?? [])],
    areas: [...(subscription.filter.areas ?? [])] as ComplianceArea[],
  }),
  organization: (subscription) => (subscription.organizationId ? { id: subscription.organizationId } : null),
  pendingDeliveries: async (subscription, _args, { loaders }) =>
    (await loaders.deliveryCounts.load(subscription.id)).PENDING ?? 0,
  deadDeliveries: async (subscription, _args, { loaders }) =>
    (await loaders.deliveryCounts.load(subscription.id)).DEAD ?? 0,
};
