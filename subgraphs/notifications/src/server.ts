import { config } from '../../../runtime/config';
import { createEventVisibility } from '../../../runtime/event-visibility';
import { signingSecret, webhookSecretKey } from '../../../runtime/secrets';
import { createSharingLookup } from '../../../runtime/sharing';
import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import { createContext, type Context } from './context';
import { startDispatchJob, stopDispatchJob } from './delivery/dispatch-job';
import { webhookDeliveries } from './delivery/enqueue';
import { openSecret } from './domain/secret-box';
import { entities } from './entities';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedNotifications } from './seed/seed';

export const notificationsSubgraph: SubgraphDefinition<Context> = {
  name: 'notifications',
  typeDefs: subgraphSchema('notifications'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  createContext,
  seed: seedNotifications,
  consumers: [webhookDeliveries],
  // The webhook rounds: what each subscriber may receive is asked of the subgraph that owns it, as
  // the subscriber, with a regulator's sharing grants looked up as the gateway does.
  async start(em, log, clock, { subgraphUrl, cache }) {
    const secret = signingSecret();
    const key = webhookSecretKey();
    startDispatchJob({
      em,
      clock,
      log,
      settings: config(),
      openSecret: (sealed) => openSecret(sealed, key),
      visibility: createEventVisibility({
        subgraphUrl,
        secret,
        sharing: createSharingLookup(() => subgraphUrl('agreements'), secret, cache, 'throw'),
      }),
    });
  },
  async stop(em) {
    await stopDispatchJob(em);
  },
};
