import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { InProcessBus, type EventBus } from './event-bus';
import { OutboxEvent, OutboxEventSchema, ProcessedEvent, ProcessedEventSchema, recordEvents } from './outbox';
import { outboxBacklog, purgeOutbox, relayOutbox, relayRound, RELAY_BATCH } from './outbox-relay';

const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));
let orm: MikroORM;
let bus: InProcessBus;

beforeAll(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    entities: [OutboxEventSchema, ProcessedEventSchema],
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

/** `count` facility merges recorded in one committed transaction. */
async function recordMerges(count: number, from = 0): Promise<string[]> {
  const em = orm.em.fork();
  const subjects = Array.from({ length: count }, (_, index) => `fac_${from + index}`);
  recordEvents(
    em,
    'suppliers',
    subjects.map((mergedId) => ({
      type: 'FACILITY_MERGED',
      subject: `Facility:${mergedId}`,
      country: 'BD',
      payload: { survivorId: 'fac_survivor', mergedId, country: 'BD' },
    })),
    clock.now(),
  );
  await em.flush();
  return subjects.map((mergedId) => `Facility:${mergedId}`);
}

const unpublished = () => orm.em.fork().count(OutboxEvent, { publishedAt: null });
const everything = async () =>
  (await bus.receive('test:everything', 'reader', { count: 10_000 })).map(({ event }) => event);

describe('the outbox relay', () => {
  it('publishes the oldest rows first, as the bus carries them, and marks them published', async () => {
    const subjects = await recordMerges(3);
    expect(await relayOutbox(orm.em, bus, 2, clock)).toBe(2);
    expect(await unpublished()).toBe(1);
    expect(await relayOutbox(orm.em, bus, 2, clock)).toBe(1);
    const published = await everything();
    expect(published.map((event) => event.subject)).toEqual(subjects);
    expect(published[0]).toEqual({
      id: expect.any(String),
      type: 'FACILITY_MERGED',
      version: 1,
      source: 'suppliers',
      subject: 'Facility:fac_0',
      country: 'BD',
      occurredAt: '2026-11-24T09:00:00.000Z',
      payload: { survivorId: 'fac_survivor', mergedId: 'fac_0', country: 'BD' },
    });
    expect(await orm.em.fork().count(OutboxEvent, { publishedAt: clock.now() })).toBe(3);
  });

  it('keeps the rows when publishing fails, and publishes them in a later round', async () => {
    await recordMerges(2);
    const down = Object.assign(Object.create(bus) as EventBus, {
      publish: () => Promise.reject(new Error('Connection is closed')),
    });
    await expect(relayOutbox(orm.em, down, RELAY_BATCH, clock)).rejects.toThrow('Connection is closed');
    expect(await unpublished()).toBe(2);
    expect(await relayOutbox(orm.em, bus, RELAY_BATCH, clock)).toBe(2);
    expect(await unpublished()).toBe(0);
  });

  it('empties the outbox in one round, batch after batch', async () => {
    await recordMerges(RELAY_BATCH * 2 + 5);
    expect(await relayRound(orm.em, bus, clock)).toBe(RELAY_BATCH * 2 + 5);
    expect(await unpublished()).toBe(0);
    expect(new Set((await everything()).map((event) => event.id)).size).toBe(RELAY_BATCH * 2 + 5);
  });

  it('deletes published events and records of handled ones past the retention, never waiting ones', async () => {
    await recordMerges(2);
    await relayOutbox(orm.em, bus, 1, clock);
    const em = orm.em.fork();
    em.create(ProcessedEvent, { consumer: 'inspections:facility-merges', eventId: 'x', processedAt: clock.now() });
    await em.flush();
    expect(await purgeOutbox(orm.em, clock.now())).toBe(0);
    expect(await purgeOutbox(orm.em, new Date(clock.now().getTime() + 1))).toBe(2);
    expect(await orm.em.fork().count(OutboxEvent)).toBe(1);
    expect(await unpublished()).toBe(1);
  });
});

describe('the outbox backlog', () => {
  it('counts the unpublished events and tells the age of the oldest, by the services clock', async () => {
    expect(await outboxBacklog(orm.em, clock)).toEqual({ unpublished: 0, oldestAgeSeconds: 0 });
    await recordMerges(3);
    const later = new ManualClock(new Date(clock.now().getTime() + 90_000));
    expect(await outboxBacklog(orm.em, later)).toEqual({ unpublished: 3, oldestAgeSeconds: 90 });
    await relayOutbox(orm.em, bus, 2, clock);
    expect(await outboxBacklog(orm.em, later)).toEqual({ unpublished: 1, oldestAgeSeconds: 90 });
    await relayRound(orm.em, bus, clock);
    expect(await outboxBacklog(orm.em, later)).toEqual({ unpublished: 0, oldestAgeSeconds: 0 });
  });
});
