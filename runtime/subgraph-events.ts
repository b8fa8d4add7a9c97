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
import { relayRound, startOutboxRelay } from './outbox-relay';

/** A subgraph's side of the events: its outbox relay and its consumers. */
export interface SubgraphEvents {
  bus: EventBus;
  /** One relay round: publishes what waits in the outbox; answers how many events. */
  relay(): Promise<number>;
  /** One delivery round of the subgraph's consumers. */
  deliver(options?: DeliveryOptions): Promise<DeliveryRound>;
}

/**
 * Starts the relay rounds and the consumers of a subgraph that serves (neither when
 * OUTBOX_RELAY_INTERVAL_MS is 0: whoever holds the subgraph runs their rounds); `stop` ends both,
 * waiting for the round and the events in progress.
 */
export function startSubgraphEvents(
  em: EntityManager,
  bus: EventBus,
  consumers: readonly EventConsumer[],
  log: Logger,
  clock: Clock,
  settings: Pick<Config, 'OUTBOX_RELAY_INTERVAL_MS' | 'OUTBOX_RETENTION_HOURS'>,
): SubgraphEvents & { stop(): Promise<void> } {
  const relay = startOutboxRelay(em, bus, log, clock, {
    intervalMs: settings.OUTBOX_RELAY_INTERVAL_MS,
    retentionHours: settings.OUTBOX_RETENTION_HOURS,
  });
  const consuming = settings.OUTBOX_RELAY_INTERVAL_MS ? startConsumers(em, bus, consumers, log, clock) : undefined;
  return {
    bus,
    relay: () => relayRound(em, bus, clock),
    deliver: (options) => deliverEvents(em, bus, consumers, { clock, log, ...options }),
    async stop() {
      await Promise.all([consuming?.stop(), relay.stop()]);
    },
  };
}
