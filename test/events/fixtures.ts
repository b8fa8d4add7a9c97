import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Redis } from 'ioredis';
import { config } from '../../runtime/config';
import { createEventBus, RedisStreamBus, type EventBus } from '../../runtime/event-bus';
import type { EventConsumer } from '../../runtime/event-consumers';
import type { EventDraft, GraphEvent } from '../../runtime/events';
import { OutboxEvent, recordEvents } from '../../runtime/outbox';
import { generateFacilityId } from '../../vocabulary/facility-id';
import type { TestStack } from '../support/stack';

const facilityId = () => generateFacilityId('BD', new Date('2024-05-01T00:00:00Z'), Math.random);

/** A FACILITY_MERGED draft, its payload read as such. */
export type FacilityMerge = EventDraft & { payload: { survivorId: string; mergedId: string; country: string } };

/** `count` merges in the registry of facilities nobody has reported on, each into a survivor of its own. */
export const facilityMerges = (count: number): FacilityMerge[] =>
  Array.from({ length: count }, () => {
    const mergedId = facilityId();
    return {
      type: 'FACILITY_MERGED',
      subject: `Facility:${mergedId}`,
      country: 'BD',
      payload: { survivorId: facilityId(), mergedId, country: 'BD' },
    };
  });

/** Records events in the suppliers subgraph's outbox, in a committed transaction of its own. */
export async function recordInSuppliers(stack: TestStack, drafts: readonly EventDraft[]): Promise<void> {
  await stack.em('suppliers').transactional(async (tx) => recordEvents(tx, 'suppliers', drafts, stack.clock.now()));
}

/** The suppliers' outbox rows of these drafts' subjects, oldest first. */
export const outboxOf = (stack: TestStack, drafts: readonly EventDraft[]) =>
  stack
    .em('suppliers')
    .find(OutboxEvent, { subject: { $in: drafts.map((draft) => draft.subject) } }, { orderBy: { id: 'asc' } });

/** Empties the suppliers' outbox, so that a test relays only what it recorded. */
export const emptySuppliersOutbox = (stack: TestStack) => stack.em('suppliers').nativeDelete(OutboxEvent, {});

/** A bus of a test's own (its own Redis stream when REDIS_URL is set), removed again by `dispose`. */
export function scratchBus(): { bus: EventBus; dispose(): Promise<void> } {
  const bus = createEventBus({ ...config(), REDIS_KEY_PREFIX: `lcg-test-${randomBytes(6).toString('hex')}:` });
  return {
    bus,
    async dispose() {
      if (bus instanceof RedisStreamBus) {
        const client = new Redis(config().REDIS_URL!);
        await client.del(bus.key);
        client.disconnect();
      }
      await bus.close();
    },
  };
}

/** `bus`, whose publications take `ms` longer: a relay holds its rows meanwhile. */
export const slowBus = (bus: EventBus, ms: number): EventBus =>
  Object.assign(Object.create(bus) as EventBus, {
    async publish(events: readonly GraphEvent[]) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await bus.publish(events);
    },
  });

/** `bus`, after whose publications the relay dies before it commits. */
export const dyingAfterPublishing = (bus: EventBus): EventBus =>
  Object.assign(Object.create(bus) as EventBus, {
    async publish(events: readonly GraphEvent[]) {
      await bus.publish(events);
      throw new Error('the relay was killed before its commit');
    },
  });

/**
 * A consumer group that notes each event it applies (in memory, in the order applied), through
 * the subgraph transaction the runtime gives it; `fail` makes a handler throw after writing.
 */
export function recordingConsumer(
  name: string,
  fail: (event: GraphEvent) => boolean = () => false,
): EventConsumer & { applied: string[] } {
  const applied: string[] = [];
  return {
    name,
    types: ['FACILITY_MERGED'],
    applied,
    async handle(event: GraphEvent, tx: EntityManager) {
      await tx.flush();
      if (fail(event)) throw new Error(`${name} could not apply ${event.subject}`);
      // Noted once the handler can no longer throw: what a committed transaction would keep.
      applied.push(event.subject);
    },
  };
}
