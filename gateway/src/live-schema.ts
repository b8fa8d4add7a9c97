import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../../runtime/errors';
import { eventFilterSchema, normalizeFilter, type EventFilter } from '../../runtime/event-filter';
import type { GraphEvent } from '../../runtime/events';
import type { Principal } from '../../runtime/principal';
import type { LiveEventHub } from './live-event-hub';

/** The live endpoint's own schema: Apollo Gateway federates no subscriptions, so the gateway serves it. */
export const LIVE_SCHEMA_FILE = new URL('../live-events.graphql', import.meta.url);

/** What a live operation runs with: the caller of its connection. */
export interface LiveContext {
  principal: Principal;
}

/**
 * A subscription's filter as the client sent it, validated and normalised. A bad one refuses the
 * subscription with one BAD_USER_INPUT error naming each problem (at most five), and starts nothing.
 */
export function acceptedFilter(filter: unknown): EventFilter {
  const parsed = eventFilterSchema.safeParse(filter ?? {});
  if (parsed.success) return normalizeFilter(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({ path: ['filter', ...issue.path], message: issue.message }));
  const listed = issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  throw badUserInput(`The subscription was not started: ${listed.join('; ')}${more}`, { issues });
}

/**
 * The schema of live-events.graphql with its resolvers: `graphEvents` streams the hub's events for the
 * connection's caller. Scalars keep their values as they are (an event's `occurredAt` is already ISO 8601,
 * its payload already JSON).
 */
export function liveSchema(hub: Pick<LiveEventHub, 'subscribe'>): GraphQLSchema {
  const schema = buildSchema(readFileSync(LIVE_SCHEMA_FILE, 'utf8'));
  const graphEvents = schema.getSubscriptionType()!.getFields().graphEvents;
  graphEvents.subscribe = (_root, args: { filter?: unknown }, context: LiveContext) =>
    hub.subscribe(context.principal, acceptedFilter(args.filter));
  graphEvents.resolve = (event: GraphEvent) => event;
  schema.getQueryType()!.getFields().liveEventsServed.resolve = () => true;
  return schema;
}
