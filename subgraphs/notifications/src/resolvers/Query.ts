import type { QueryResolvers } from '../__generated__/resolvers-types';
import { deliveriesOf, subscriptionsOf } from '../queries/listings';

export const Query: QueryResolvers = {
  webhookSubscription: (_parent, { id }, { loaders }) => loaders.subscription.load(id),
  webhookSubscriptions: (_parent, { first, after, filter }, { em, principal }) =>
    subscriptionsOf(em, principal, { first, after }, filter ?? {}),
  webhookDeliveries: (_parent, { first, after, filter }, { em, principal }) =>
    deliveriesOf(em, principal, { first, after }, filter ?? {}),
};
