import type { EntityManager } from '@mikro-orm/core';
import { config } from '../../../../runtime/config';
import { forbidden } from '../../../../runtime/errors';
import { notFoundRefusal, payloadOf, Refusal, runMutation } from '../../../../runtime/mutation';
import { webhookSecretKey } from '../../../../runtime/secrets';
import type { Context } from '../context';
import { openSecret, sealSecret } from '../domain/secret-box';
import { newWebhookSecret } from '../domain/signature';
import { WebhookSubscription, type WebhookSubscriptionStatus } from '../entities/webhook-subscription.entity';
import { maySubscribe } from '../permissions';
import { visibleSubscriptions } from '../visibility';

/** The caller's subscription by id, or a NOT_FOUND refusal: another organisation's reads as missing. */
async function ownSubscription(tx: EntityManager, context: Context, id: string): Promise<WebhookSubscription> {
  const found = await tx.findOne(WebhookSubscription, { $and: [{ id }, visibleSubscriptions(context.principal)] });
  if (!found) throw notFoundRefusal('webhook subscription', id, ['id']);
  return found;
}

function requireSubscriber(context: Context, operation: string): void {
  if (!maySubscribe(context.principal))
    throw forbidden(`${operation} is for the organisation that holds the subscription`);
}

const audited =
  (context: Context) =>
  <Result extends { id: string }>(result: Result) => ({
    target: `WebhookSubscription:${result.id}`,
    country: context.principal.country,
  });

/** Pauses (deliveries held) or resumes (held deliveries sent) a subscription. */
export async function setSubscriptionStatus(context: Context, id: string, status: WebhookSubscriptionStatus) {
  const operation = status === 'PAUSED' ? 'pauseWebhookSubscription' : 'resumeWebhookSubscription';
  requireSubscriber(context, operation);
  const outcome = await runMutation(context, {
    operation,
    async write(tx) {
      const subscription = await ownSubscription(tx, context, id);
      if (subscription.status === status)
        throw new Refusal('CONFLICT', `The subscription is ${status.toLowerCase()} already`, ['id']);
      subscription.status = status;
      return { id };
    },
    audited: audited(context),
  });
  return payloadOf(outcome, async () => ({ subscription: await context.loaders.subscription.load(id) }), {
    subscription: null,
  });
}

/** Ends a subscription; its deliveries go with it. */
export async function deleteWebhookSubscription(context: Context, id: string) {
  requireSubscriber(context, 'deleteWebhookSubscription');
  const outcome = await runMutation(context, {
    operation: 'deleteWebhookSubscription',
    async write(tx) {
      tx.remove(await ownSubscription(tx, context, id));
      return { id };
    },
    audited: audited(context),
  });
  return payloadOf(outcome, () => ({ deletedId: id as string | null }), { deletedId: null });
}

/** A new signing secret; the one it replaces still signs deliveries for the grace period. */
export async function rotateWebhookSecret(context: Context, id: string) {
  requireSubscriber(context, 'rotateWebhookSecret');
  const key = webhookSecretKey();
  const graceMs = config().WEBHOOK_SECRET_GRACE_HOURS * 3_600_000;
  const outcome = await runMutation(context, {
    operation: 'rotateWebhookSecret',
    async write(tx) {
      const subscription = await ownSubscription(tx, context, id);
      const now = context.clock.now();
      const sealedSecret = sealSecret(newWebhookSecret(), key);
      Object.assign(subscription, {
        sealedPreviousSecret: graceMs ? subscription.sealedSecret : null,
        previousSecretValidUntil: graceMs ? new Date(now.getTime() + graceMs) : null,
        sealedSecret,
        secretRotatedAt: now,
      });
      return { id, sealedSecret };
    },
    audited: audited(context),
  });
  return payloadOf(
    outcome,
    async ({ sealedSecret }) => ({
      subscription: await context.loaders.subscription.load(id),
      secret: openSecret(sealedSecret, key) as string | null,
    }),
    { subscription: null, secret: null as string | null },
  );
}
