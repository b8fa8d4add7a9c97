import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Cache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { rateLimited } from '../../runtime/errors';
import { createRateLimit } from '../../runtime/rate-limit';

/** Depth, cost, alias and token limits, so that one query cannot take the graph down. */
export function queryLimits() {
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
    // Every alias counts, `__typename` ones too: each is a field the gateway resolves and answers.
    maxAliases: { n: settings.MAX_ALIASES, allowList: [], propagateOnRejection: true },
    // Token limits are applied by the parser itself (parseOptions), so an oversized document is a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50, propagateOnRejection: true },
    // Suggestions ("Did you mean …") are removed by formatError in production, for every kind of
    // message (fields, arguments, types, enum values); armor's own masking covers only fields.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

const onlyNames = (selectionSet: SelectionSetNode | undefined) =>
  !!selectionSet &&
  selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && ['name', '__typename'].includes(selection.name.value),
  );

/**
 * Introspection in production: closed, but for `__type(name:) { name }` — whether a type of that
 * name exists, which the published schema says anyway. Generic GraphQL clients and the
 * GraphQL-over-HTTP conformance audit probe with it; `__schema` and everything else about a type
 * (its fields, arguments, values, …) stay closed.
 */
export function closedIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || (name === '__type' && !onlyNames(node.selectionSet))) {
        context.reportError(
          new GraphQLError(
            `GraphQL introspection has been disabled, but the requested query contained the field "${name}".`,
            { nodes: node },
          ),
        );
      }
    },
  };
}

/**
 * At most RATE_LIMIT_PER_MINUTE requests per caller (token subject, or client address for the
 * public) in a minute that starts at the caller's first request. Every request to the GraphQL
 * endpoint counts — also one that does not parse, does not validate or carries a bad token — so it
 * is consumed when the request's context is built, before anything else is done for it.
 */
export function requestRateLimit(cache: Cache) {
  const perMinute = config().RATE_LIMIT_PER_MINUTE;
  const limit = createRateLimit(cache, { name: 'gateway', points: perMinute, durationSeconds: 60 });
  return async function admit(caller: string): Promise<void> {
    const verdict = await limit.consume(caller);
    if (!verdict.allowed) {
      throw rateLimited(`More than ${perMinute} requests a minute; try again shortly`, verdict.retryAfterSeconds, true);
    }
  };
}
