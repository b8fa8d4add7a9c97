import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { WebhookDelivery } from './WebhookDelivery';
import { WebhookSubscription } from './WebhookSubscription';

export const resolvers: Resolvers = { Query, Mutation, WebhookSubscription, WebhookDelivery, AuditTrail };
