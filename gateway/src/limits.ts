import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Cache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { rateLimited } from '../../runtime/errors';
import { createRateLimit } from '../../runtime/rate-limit';
import type { GatewayContext } from './data-source';

/** Depth, cost, alias and token limits, so that one query cannot take the graph down. */
export function queryLimits(production: boolean) {
  const settings = config();
  return new ApolloArmor({
    maxDepth: { n: settings.MAX_QUERY_DEPTH, propagateOnRejection: true },
    costLimit: {
      maxCost: settings.MAX_QUERY_COST,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      propagateOnRejection: true,
    },
    maxAliases: { n: settings.MAX_ALIASES, propagateOnRejection: true },
    // Token limits are applied by the parser itself (parseOptions), so an oversized document is a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50, propagateOnRejection: true },
    // Field suggestions help attackers map a private schema; developers want them.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * At most RATE_LIMIT_PER_MINUTE requests per caller (token subject, or client address for the
 * public) in a minute that starts at the caller's first request.
 */
export function rateLimit(cache: Cache): ApolloServerPlugin<GatewayContext & { clientAddress: string }> {
  const perMinute = config().RATE_LIMIT_PER_MINUTE;
  const limit = createRateLimit(cache, { name: 'gateway', points: perMinute, durationSeconds: 60 });
  return {
    async requestDidStart() {
      return {
        // Thrown here (not in requestDidStart) Apollo answers with the error's HTTP status.
        async didResolveOperation({ contextValue }) {
          const caller = contextValue.principal.subject ?? `ip:${contextValue.clientAddress}`;
          const verdict = await limit.consume(caller);
          if (!verdict.allowed) {
            throw rateLimited(
              `More than ${perMinute} requests a minute; try again shortly`,
              verdict.retryAfterSeconds,
              true,
            );
          }
        },
      };
    },
  };
}
