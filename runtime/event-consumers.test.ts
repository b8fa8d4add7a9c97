import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { InProcessBus } from './event-bus';
import { deliverEvents, processEvent, type EventConsumer } from './event-consumers';
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
    entities: [RekeyedSchema, ProcessedEventSchema],
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
