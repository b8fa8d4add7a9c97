import type { EntityManager } from '@mikro-orm/core';
import { webhookSecretKey } from '../../../../runtime/secrets';
import { sealSecret } from '../domain/secret-box';
import { newWebhookSecret } from '../domain/signature';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

/** When the demo subscription was made: before every demo event. */
const DEMO_CREATED_AT = new Date('2026-01-05T09:00:00Z');

/**
 * One demo subscription, to show what a subscription looks like: the demo union federation
 * watching forced-labour and retaliation cases in Bangladesh. It is PAUSED (its receiver at
 * example.org does not exist), so the demo sends nothing; its deliveries collect while it waits.
 */
export async function seedNotifications(em: EntityManager): Promise<void> {
  em.create(WebhookSubscription, {
    id: 'whk_demo_union_forced_labour',
    url: 'https://hooks.example.org/labour-cooperation-graph',
    description: 'Demo: forced-labour and retaliation cases in Bangladesh, for the case workers’ channel',
    eventTypes: ['GRIEVANCE_ESCALATED', 'GRIEVANCE_FILED', 'GRIEVANCE_OVERDUE', 'RETALIATION_REPORTED'],
    filter: { countries: ['BD'], areas: ['FORCED_LABOUR'] },
    status: 'PAUSED',
    ownerRole: 'UNION',
    organizationId: 'org-garment-workers-solidarity-federation',
    ownerSubject: 'demo-union',
    ownerCountry: null,
    ownerScopes: [],
    sealedSecret: sealSecret(newWebhookSecret(), webhookSecretKey()),
    createdAt: DEMO_CREATED_AT,
  });
  await em.flush();
}
