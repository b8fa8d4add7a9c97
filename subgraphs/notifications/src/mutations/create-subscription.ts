import { config } from '../../../../runtime/config';
import { eventFilterSchema, normalizeFilter } from '../../../../runtime/event-filter';
import { forbidden } from '../../../../runtime/errors';
import type { EventType } from '../../../../runtime/events';
import { payloadOf, Refusal, rejectInvalid, runMutation, type InputIssue } from '../../../../runtime/mutation';
import { webhookSecretKey } from '../../../../runtime/secrets';
import type { Context } from '../context';
import { subscriptionId } from '../domain/ids';
import { openSecret, sealSecret } from '../domain/secret-box';
import { newWebhookSecret } from '../domain/signature';
import { webhookUrlProblem } from '../domain/webhook-url';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import { maySubscribe, SUBSCRIBING_ROLES } from '../permissions';

export interface CreateSubscriptionInput {
  url: string;
  events: readonly EventType[];
  filter?: { countries?: string[] | null; facilities?: string[] | null; areas?: string[] | null } | null;
  description?: string | null;
}

const NOT_CREATED = 'The webhook subscription was not created';

/** The input's problems, by path, and the filter as it is stored. */
function checked(input: CreateSubscriptionInput) {
  const issues: InputIssue[] = [];
  const urlProblem = webhookUrlProblem(input.url.trim(), config().WEBHOOK_ALLOW_PRIVATE_URLS);
  if (urlProblem) issues.push({ path: ['input', 'url'], message: urlProblem });
  if (!input.events.length) issues.push({ path: ['input', 'events'], message: 'name at least one event type' });
  const filter = eventFilterSchema.safeParse(input.filter ?? {});
  if (!filter.success)
    for (const issue of filter.error.issues)
      issues.push({ path: ['input', 'filter', ...issue.path.map(String)], message: issue.message });
  const description = input.description?.trim() || null;
  if (description && description.length > 300)
    issues.push({ path: ['input', 'description'], message: 'must be at most 300 characters' });
  rejectInvalid(NOT_CREATED, issues);
  const { types: _types, ...stored } = normalizeFilter(filter.success ? filter.data : {});
  return { url: input.url.trim(), description, filter: stored, eventTypes: [...new Set(input.events)].sort() };
}

/**
 * Subscribes a receiver. The secret is made here and shown once; what is stored (and what a
 * retried request's idempotency record keeps) is only its encrypted form.
 */
export async function createWebhookSubscription(
  context: Context,
  input: CreateSubscriptionInput,
  idempotencyKey: string,
) {
  const { principal } = context;
  if (!maySubscribe(principal))
    throw forbidden(
      `createWebhookSubscription is for ${SUBSCRIBING_ROLES.join(' or ')} callers acting for an organisation`,
    );
  const subscription = checked(input);
  const settings = config();
  const key = webhookSecretKey();
  const outcome = await runMutation(context, {
    operation: 'createWebhookSubscription',
    idempotency: { key: idempotencyKey, input },
    async write(tx) {
      const held = await tx.count(WebhookSubscription, { organizationId: principal.organizationId });
      if (principal.organizationId && held >= settings.WEBHOOK_MAX_SUBSCRIPTIONS)
        throw new Refusal(
          'CONFLICT',
          `Your organisation holds ${held} webhook subscriptions, the most allowed: delete one first`,
          ['input'],
        );
      const sealedSecret = sealSecret(newWebhookSecret(), key);
      const created = tx.create(WebhookSubscription, {
        id: subscriptionId(),
        ...subscription,
        status: 'ACTIVE',
        ownerRole: principal.role,
        organizationId: principal.organizationId,
        ownerSubject: principal.subject,
        ownerCountry: principal.country,
        ownerScopes: principal.scopes,
        sealedSecret,
        createdAt: context.clock.now(),
      });
      return { id: created.id, sealedSecret };
    },
    audited: ({ id }) => ({ target: `WebhookSubscription:${id}`, country: principal.country }),
  });
  return payloadOf(
    outcome,
    async ({ id, sealedSecret }) => ({
      subscription: await context.loaders.subscription.load(id),
      secret: openSecret(sealedSecret, key) as string | null,
    }),
    { subscription: null, secret: null as string | null },
  );
}
