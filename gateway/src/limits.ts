import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Cache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { rateLimited } from '../../runtime/errors';
import type { GatewayContext } from './data-source';

/** Depth, cost, alias and token limits, so that one query cannot take the graph down. */
export function queryLimits(production: boolean) {
  const settings = config();
  return new ApolloArmor({
    maxDepth: { n: settings.MAX_QUERY_DEPTH, propagateOnRejection: true },
    costLimit: { maxCost: settings.MAX_QUERY_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, propagateOnRejection: true },
    maxAliases: { n: settings.MAX_ALIASES, propagateOnRejection: true },
    // Token limits are applied by the parser itself (parseOptions), so an oversized document is a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50, propagateOnRejection: true },
    // Field suggestions help attackers map a private schema; developers want them.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** A fixed one-minute window per caller (token subject, or client address for the public). */
export function rateLimit(cache: Cache): ApolloServerPlugin<GatewayContext & { clientAddress: string }> {
  const limit = config().RATE_LIMIT_PER_MINUTE;
  return {
    async requestDidStart() {
      return {
        // Thrown here (not in requestDidStart) Apollo answers with the error's HTTP status.
        async didResolveOperation({ contextValue }) {
          const caller = contextValue.principal.subject ?? `ip:${contextValue.clientAddress}`;
          const window = Math.floor(Date.now() / 60_000);
          const count = await cache.increment(`ratelimit:${caller}:${window}`, 61);
          if (count > limit) throw rateLimited(`More than ${limit} requests a minute; try again shortly`, 60 - (Math.floor(Date.now() / 1000) % 60), true);
        },
      };
    },
  };
}
