import type { MutationResolvers } from '../__generated__/resolvers-types';
import { createWebhookSubscription } from '../mutations/create-subscription';
import {
  deleteWebhookSubscription,
  rotateWebhookSecret,
  setSubscriptionStatus,
} from '../mutations/manage-subscription';
import { redeliverWebhookDelivery } from '../mutations/redeliver';

export const Mutation: MutationResolvers = {
  createWebhookSubscription: (_parent, { input, idempotencyKey }, context) =>
    createWebhookSubscription(context, input, idempotencyKey),
  pauseWebhookSubscription: (_parent, { id }, context) => setSubscriptionStatus(context, id, 'PAUSED'),
  resumeWebhookSubscription: (_parent, { id }, context) => setSubscriptionStatus(context, id, 'ACTIVE'),
  deleteWebhookSubscription: (_parent, { id }, context) => deleteWebhookSubscription(context, id),
  rotateWebhookSecret: (_parent, { id }, context) => rotateWebhookSecret(context, id),
  redeliverWebhookDelivery: (_parent, { id }, context) => redeliverWebhookDelivery(context, id),
};
