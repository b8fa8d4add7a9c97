import { notFoundRefusal, payloadOf, Refusal, runMutation } from '../../../../runtime/mutation';
import { forbidden } from '../../../../runtime/errors';
import type { Context } from '../context';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { maySubscribe } from '../permissions';
import { visibleSubscriptions } from '../visibility';

/**
 * A dead letter back in line: due now, with a fresh round of attempts. Whether its subscriber may
 * read it is decided again when it is sent.
 */
export async function redeliverWebhookDelivery(context: Context, id: string) {
  if (!maySubscribe(context.principal))
    throw forbidden('redeliverWebhookDelivery is for the organisation that holds the subscription');
  const outcome = await runMutation(context, {
    operation: 'redeliverWebhookDelivery',
    async write(tx) {
      const delivery = await tx.findOne(
        WebhookDelivery,
        { id, subscription: visibleSubscriptions(context.principal) },
        { populate: ['subscription'] },
      );
      if (!delivery) throw notFoundRefusal('webhook delivery', id, ['id']);
      if (delivery.status !== 'DEAD')
        throw new Refusal('CONFLICT', `Only a dead-lettered delivery is sent again; this one is ${delivery.status}`, [
          'id',
        ]);
      Object.assign(delivery, { status: 'PENDING', attempts: 0, nextAttemptAt: context.clock.now(), leaseUntil: null });
      return { id, subscriptionId: delivery.subscription.id };
    },
    audited: ({ subscriptionId }) => ({
      target: `WebhookSubscription:${subscriptionId}`,
      country: context.principal.country,
    }),
  });
  return payloadOf(outcome, async () => ({ delivery: await context.em.fork().findOne(WebhookDelivery, { id }) }), {
    delivery: null,
  });
}
