import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { InProcessBus } from './event-bus';
import { DeadEvent, DeadEventSchema } from './dead-events';
import {
  DeadEventNotFound,
  deliverEvents,
  processEvent,
  replayDeadEvent,
  startConsumers,
  type EventConsumer,
} from './event-consumers';
import type { GraphEvent } from './events';
import { eventId, ProcessedEvent, ProcessedEventSchema } from './outbox';

/** What the consumer under test writes: one row per merged facility it re-keyed. */
class Rekeyed {
  facilityId!: string;
}
const RekeyedSchema = new EntitySchema<Rekeyed>({
  class: Rekeyed,
  tableName: 'rekeyed',
  properties: { facilityId: { type: 'string', primary: true } },
});

const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));
let orm: MikroORM;
let bus: InProcessBus;
beforeAll(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    entities: [RekeyedSchema, ProcessedEventSchema, DeadEventSchema],
    allowGlobalContext: false,
    debug: false,
  });
  await orm.schema.createSchema();
});
afterAll(() => orm?.close());
beforeEach(async () => {
  await orm.schema.clearDatabase();
  bus = new InProcessBus({ maxLength: 10_000, redeliverAfterMs: 30_000 });
});

const facilityMerged = (mergedId: string): GraphEvent => ({
  id: eventId(),
  type: 'FACILITY_MERGED',
  version: 1,
  source: 'suppliers',
  subject: `Facility:${mergedId}`,
  country: 'BD',
  occurredAt: '2026-11-24T09:00:00.000Z',
  payload: { survivorId: 'fac_survivor', mergedId, country: 'BD' },
});

/** Re-keys a merged facility; a plain insert, so that handling one event twice would fail. */
const rekeying = (fail: () => boolean = () => false): EventConsumer => ({
  name: 'inspections:facility-merges',
  types: ['FACILITY_MERGED'],
  async handle(event, tx) {
    tx.create(Rekeyed, { facilityId: String(event.payload.mergedId) });
    await tx.flush();
    if (fail()) throw new Error('the survivor is not there yet');
  },
});

const rekeyed = async () => (await orm.em.fork().find(Rekeyed, {})).map((row) => row.facilityId).sort();

describe('processEvent', () => {
  it('handles an event once per consumer group, whatever the number of deliveries', async () => {
    const event = facilityMerged('fac_1');
    expect(await processEvent(orm.em, rekeying(), event, clock)).toBe('handled');
    expect(await processEvent(orm.em, rekeying(), event, clock)).toBe('duplicate');
    expect(await rekeyed()).toEqual(['fac_1']);
    expect(await orm.em.fork().find(ProcessedEvent, {})).toEqual([
      expect.objectContaining({ consumer: 'inspections:facility-merges', eventId: event.id, processedAt: clock.now() }),
    ]);
  });

  it('leaves nothing written when the handler throws, and ignores types it does not handle', async () => {
    const event = facilityMerged('fac_1');
    await expect(
      processEvent(
        orm.em,
        rekeying(() => true),
        event,
        clock,
      ),
    ).rejects.toThrow('the survivor');
    expect(await rekeyed()).toEqual([]);
    expect(await orm.em.fork().count(ProcessedEvent)).toBe(0);
    const moved = { ...facilityMerged('fac_2'), type: 'FACILITY_MOVED' as const };
    expect(await processEvent(orm.em, rekeying(), moved, clock)).toBe('ignored');
  });
});

describe('deliverEvents', () => {
  it('handles and acknowledges what each group has waiting; a failure comes back after the timeout', async () => {
    let failuresLeft = 1;
    await bus.publish([facilityMerged('fac_1'), facilityMerged('fac_2')]);
    const consumer = rekeying(() => failuresLeft-- > 0);
    const first = await deliverEvents(orm.em, bus, [consumer], { clock, redeliverAfterMs: 400 });
    expect(first).toMatchObject({ delivered: 2, handled: 1, failures: [{ consumer: consumer.name }] });
    expect(await deliverEvents(orm.em, bus, [consumer], { clock, redeliverAfterMs: 400 })).toMatchObject({
      delivered: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = await deliverEvents(orm.em, bus, [consumer], { clock, redeliverAfterMs: 400 });
    expect(again).toEqual({ delivered: 1, handled: 1, failures: [] });
    expect(await rekeyed()).toEqual(['fac_1', 'fac_2']);
  });
});

describe('a consumer that handles batches', () => {
  /** Re-keys every merge of a read in one go; fails the batch (and only that event alone) on `poisoned`. */
  const batching = (poisoned: string): EventConsumer => ({
    ...rekeying(),
    async handle(event, tx) {
      if (event.payload.mergedId === poisoned) throw new Error('cannot re-key this one');
      tx.create(Rekeyed, { facilityId: String(event.payload.mergedId) });
      await tx.flush();
    },
    async handleBatch(events, tx) {
      for (const event of events) await this.handle(event, tx);
    },
  });

  it('handles a read in one transaction, skipping events handled before', async () => {
    const first = facilityMerged('fac_1');
    await processEvent(orm.em, rekeying(), first, clock);
    await bus.publish([first, facilityMerged('fac_2'), facilityMerged('fac_3')]);
    expect(await deliverEvents(orm.em, bus, [batching('none')], { clock })).toEqual({
      delivered: 3,
      handled: 2,
      failures: [],
    });
    expect(await rekeyed()).toEqual(['fac_1', 'fac_2', 'fac_3']);
  });

  it('falls back to one event at a time when the batch fails, so one bad event holds up no other', async () => {
    await bus.publish([facilityMerged('fac_1'), facilityMerged('fac_bad'), facilityMerged('fac_3')]);
    const round = await deliverEvents(orm.em, bus, [batching('fac_bad')], { clock, redeliverAfterMs: 60_000 });
    expect(round).toMatchObject({ delivered: 3, handled: 2, failures: [{ parked: false }] });
    expect(await rekeyed()).toEqual(['fac_1', 'fac_3']);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const parked = () => orm.em.fork().find(DeadEvent, {});

describe('dead letters', () => {
  it('parks an event whose handler failed on the last delivery allowed, and acknowledges it', async () => {
    const event = facilityMerged('fac_1');
    await bus.publish([event]);
    const consumer = rekeying(() => true);
    const rounds = [];
    for (let round = 0; round < 3; round++)
      rounds.push(await deliverEvents(orm.em, bus, [consumer], { clock, redeliverAfterMs: 0, maxDeliveries: 3 }));
    expect(rounds.map((round) => round.failures.map((failure) => failure.parked))).toEqual([[false], [false], [true]]);
    expect(await parked()).toEqual([
      expect.objectContaining({
        consumer: consumer.name,
        eventId: event.id,
        event,
        lastError: 'the survivor is not there yet',
        deliveries: 3,
        parkedAt: clock.now(),
      }),
    ]);
    expect(await deliverEvents(orm.em, bus, [consumer], { clock, redeliverAfterMs: 0 })).toMatchObject({
      delivered: 0,
    });
    expect(await bus.pending(consumer.name)).toBe(0);
    expect(await rekeyed()).toEqual([]);
  });

  it('parks in the consume loop too, once the deliveries run out, and logs it as an error', async () => {
    const quickBus = new InProcessBus({ maxLength: 10_000, redeliverAfterMs: 20 });
    const lines: { level: number; msg: string; deliveries?: number }[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const subscription = startConsumers(orm.em, quickBus, [rekeying(() => true)], log, clock, 2);
    const event = facilityMerged('fac_1');
    await quickBus.publish([event]);
    for (let wait = 0; wait < 100 && !(await parked()).length; wait++) await sleep(20);
    await subscription.stop();
    expect(await parked()).toEqual([expect.objectContaining({ eventId: event.id, deliveries: 2 })]);
    expect(lines.filter((line) => line.level >= 50)).toEqual([
      expect.objectContaining({ msg: expect.stringContaining('dead letter'), deliveries: 2 }),
    ]);
    expect(await quickBus.pending('inspections:facility-merges')).toBe(0);
    await quickBus.close();
  });

  it('replays a dead letter: handled once and removed; one that fails again stays, with its new error', async () => {
    await bus.publish([facilityMerged('fac_1')]);
    let failing = true;
    const consumer = rekeying(() => failing);
    await deliverEvents(orm.em, bus, [consumer], { clock, maxDeliveries: 1 });
    const [dead] = await parked();

    await expect(replayDeadEvent(orm.em, consumer, dead!.id, clock)).rejects.toThrow('the survivor');
    expect(await parked()).toEqual([expect.objectContaining({ id: dead!.id, deliveries: 1 })]);

    failing = false;
    expect(await replayDeadEvent(orm.em, consumer, dead!.id, clock)).toBe('handled');
    expect(await parked()).toEqual([]);
    expect(await rekeyed()).toEqual(['fac_1']);
    await expect(replayDeadEvent(orm.em, consumer, dead!.id, clock)).rejects.toThrow(DeadEventNotFound);
  });

  it('does not replay a dead letter of another group', async () => {
    await bus.publish([facilityMerged('fac_1')]);
    await deliverEvents(orm.em, bus, [rekeying(() => true)], { clock, maxDeliveries: 1 });
    const [dead] = await parked();
    const other = { ...rekeying(), name: 'grievances:facility-merges' };
    await expect(replayDeadEvent(orm.em, other, dead!.id, clock)).rejects.toThrow(DeadEventNotFound);
    expect(await parked()).toHaveLength(1);
  });
});
