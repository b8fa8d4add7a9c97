import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { Config } from './config';
import type { EventBus } from './event-bus';
import {
  deliverEvents,
  startConsumers,
  type DeliveryOptions,
  type DeliveryRound,
  type EventConsumer,
} from './event-consumers';
import { deadEventCount } from './dead-events';
import type { EventLag, ServiceMetrics } from './metrics';
import { outboxBacklog, relayRound, startOutboxRelay } from './outbox-relay';

/** A subgraph's side of the events: its outbox relay and its consumers. */
export interface SubgraphEvents {
  bus: EventBus;
  /** One relay round: publishes what waits in the outbox; answers how many events. */
  relay(): Promise<number>;
  /** One delivery round of the subgraph's consumers. */
  deliver(options?: DeliveryOptions): Promise<DeliveryRound>;
}

/** What the subgraph's events wait on, for its metrics: its outbox's backlog, its groups' pending events and dead letters. */
export function eventLag(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  clock: Clock,
): EventLag {
  return {
    outbox: () => outboxBacklog(em, clock),
    async groups() {
      const groups = [];
      for (const { name } of consumers)
        groups.push({ group: name, pending: await bus.pending(name), dead: await deadEventCount(em, name) });
      return groups;
    },
  };
}

/**
 * Starts the relay rounds and the consumers of a subgraph that serves (neither when
 * OUTBOX_RELAY_INTERVAL_MS is 0: whoever holds the subgraph runs their rounds); `stop` ends both,
 * waiting for the round and the events in progress. With `metrics`, the subgraph's /metrics shows
 * its event lag (`eventLag`).
 */
export function startSubgraphEvents(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  log: Logger,
  clock: Clock,
  settings: Pick<Config, 'OUTBOX_RELAY_INTERVAL_MS' | 'OUTBOX_RETENTION_HOURS' | 'EVENT_MAX_DELIVERIES'>,
  metrics?: ServiceMetrics,
): SubgraphEvents & { stop(): Promise<void> } {
  metrics?.eventLag(eventLag(em, bus, consumers, clock));
  const relay = startOutboxRelay(em, bus, log, clock, {
    intervalMs: settings.OUTBOX_RELAY_INTERVAL_MS,
    retentionHours: settings.OUTBOX_RETENTION_HOURS,
  });
  const maxDeliveries = settings.EVENT_MAX_DELIVERIES;
  const consuming = settings.OUTBOX_RELAY_INTERVAL_MS
    ? startConsumers(em, bus, consumers, log, clock, maxDeliveries)
    : undefined;
  return {
    bus,
    relay: () => relayRound(em, bus, clock),
    deliver: (options) => deliverEvents(em, bus, consumers, { clock, log, maxDeliveries, ...options }),
    async stop() {
      await Promise.all([consuming?.stop(), relay.stop()]);
    },
  };
}
