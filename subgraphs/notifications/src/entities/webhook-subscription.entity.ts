import { EntitySchema } from '@mikro-orm/core';
import type { EventType } from '../../../../runtime/events';
import type { EventFilter } from '../../../../runtime/event-filter';
import type { Role } from '../../../../runtime/principal';

export const WEBHOOK_SUBSCRIPTION_STATUSES = ['ACTIVE', 'PAUSED'] as const;
export type WebhookSubscriptionStatus = (typeof WEBHOOK_SUBSCRIPTION_STATUSES)[number];

/**
 * A receiver of the graph's events. It keeps who created it (role, organisation, jurisdiction):
 * what it may receive is decided as that principal, at each delivery.
 */
export class WebhookSubscription {
  id!: string;
  url!: string;
  description: string | null = null;
  eventTypes!: EventType[];
  /** Countries, facilities and areas, normalised (`normalizeFilter`); the types are `eventTypes`. */
  filter!: Omit<EventFilter, 'types'>;
  status!: WebhookSubscriptionStatus;
  ownerRole!: Role;
  organizationId: string | null = null;
  ownerSubject: string | null = null;
  ownerCountry: string | null = null;
  ownerScopes: string[] = [];
  /** The signing secret, encrypted (domain/secret-box.ts). */
  sealedSecret!: string;
  /** The secret before the last rotation, encrypted, while deliveries are still signed with it too. */
  sealedPreviousSecret: string | null = null;
  previousSecretValidUntil: Date | null = null;
  secretRotatedAt: Date | null = null;
  createdAt!: Date;
  lastDeliveredAt: Date | null = null;
}

export const WebhookSubscriptionSchema = new EntitySchema<WebhookSubscription>({
  class: WebhookSubscription,
  tableName: 'webhook_subscription',
  indexes: [{ properties: ['organizationId', 'createdAt'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    url: { type: 'text' },
    description: { type: 'string', length: 300, nullable: true },
    eventTypes: { type: 'json' },
    filter: { type: 'json' },
    status: { enum: true, items: () => [...WEBHOOK_SUBSCRIPTION_STATUSES], type: 'string' },
    ownerRole: { type: 'string', length: 20 },
    organizationId: { type: 'string', length: 100, nullable: true },
    ownerSubject: { type: 'string', length: 200, nullable: true },
    ownerCountry: { type: 'string', length: 2, nullable: true },
    ownerScopes: { type: 'json' },
    sealedSecret: { type: 'text' },
    sealedPreviousSecret: { type: 'text', nullable: true },
    previousSecretValidUntil: { type: 'Date', nullable: true },
    secretRotatedAt: { type: 'Date', nullable: true },
    createdAt: { type: 'Date' },
    lastDeliveredAt: { type: 'Date', nullable: true },
  },
});
