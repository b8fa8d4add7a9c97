import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { config } from './config';
import { InProcessBus, RedisStreamBus, type EventBus } from './event-bus';
import type { GraphEvent } from './events';
import { eventId } from './outbox';

/** The same behaviour of both buses: in memory always, on Redis when REDIS_URL is set. */
const redisUrl = config().REDIS_URL;
const limits = { maxLength: 10_000, redeliverAfterMs: 30_000 };

const buses: { name: string; make(): EventBus; available: boolean }[] = [
  { name: 'InProcessBus', make: () => new InProcessBus(limits), available: true },
  {
    name: 'RedisStreamBus',
    make: () => new RedisStreamBus(redisUrl!, `lcg-test-${randomBytes(6).toString('hex')}:`, limits),
    available: Boolean(redisUrl),
  },
];

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (received: { event: GraphEvent }[]) => received.map(({ event }) => event.id);

for (const { name, make, available } of buses) {
  describe.runIf(available)(name, () => {
    const opened: EventBus[] = [];
    const open = () => {
      const bus = make();
      opened.push(bus);
      return bus;
    };
    afterEach(async () => {
      for (const bus of opened.splice(0)) {
        if (bus instanceof RedisStreamBus) {
          const client = new Redis(redisUrl!);
          await client.del(bus.key);
          client.disconnect();
        }
        await bus.close();
      }
    });

    it('gives every group every event, in publication order, and each to one consumer of a group', async () => {
      const bus = open();
      const events = ['fac_1', 'fac_2', 'fac_3', 'fac_4'].map(facilityMerged);
      await bus.publish(events);
      const first = await bus.receive('inspections:facility-merges', 'replica-a', { count: 2 });
      const second = await bus.receive('inspections:facility-merges', 'replica-b', { count: 10 });
      const other = await bus.receive('grievances:facility-merges', 'replica-a');
      expect([...ids(first), ...ids(second)]).toEqual(events.map((event) => event.id));
      expect(ids(other)).toEqual(events.map((event) => event.id));
      expect(first[0]!.event).toEqual(events[0]);
    });

    it('redelivers an event not acknowledged within the timeout, and never one that was', async () => {
      const bus = open();
      const [kept, acked] = ['fac_1', 'fac_2'].map(facilityMerged);
      await bus.publish([kept!, acked!]);
      const delivered = await bus.receive('inspections:facility-merges', 'replica-a');
      await bus.ack('inspections:facility-merges', [delivered[1]!.receipt]);
      expect(await bus.receive('inspections:facility-merges', 'replica-b', { redeliverAfterMs: 5_000 })).toEqual([]);
      await sleep(80);
      const again = await bus.receive('inspections:facility-merges', 'replica-b', { redeliverAfterMs: 50 });
      expect(again).toEqual([expect.objectContaining({ event: kept, redelivered: true })]);
    });

    it('starts a group made after publication from the oldest event kept', async () => {
      const bus = open();
      await bus.publish([facilityMerged('fac_1')]);
      await bus.receive('inspections:facility-merges', 'replica-a');
      expect(await bus.receive('grievances:facility-merges', 'replica-a')).toHaveLength(1);
    });

    it('wakes a waiting read when an event is published, and ends the wait when its signal aborts', async () => {
      const bus = open();
      await bus.receive('inspections:facility-merges', 'replica-a');
      const waiting = bus.receive('inspections:facility-merges', 'replica-a', { blockMs: 5_000 });
      await sleep(50);
      const event = facilityMerged('fac_1');
      await bus.publish([event]);
      expect(ids(await waiting)).toEqual([event.id]);

      const stopping = new AbortController();
      const started = Date.now();
      const cut = bus.receive('inspections:facility-merges', 'replica-a', { blockMs: 5_000, signal: stopping.signal });
      await sleep(50);
      stopping.abort();
      expect(await cut).toEqual([]);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('consumes until stopped: acknowledges what was handled, redelivers what failed', async () => {
      const bus = open();
      const handled: string[] = [];
      let failures = 0;
      const subscription = bus.consume(
        'inspections:facility-merges',
        'replica-a',
        async (event) => {
          if (event.subject === 'Facility:fac_2' && failures++ === 0) throw new Error('database unavailable');
          handled.push(event.subject);
        },
        { blockMs: 100, redeliverAfterMs: 100 },
      );
      await bus.publish(['fac_1', 'fac_2'].map(facilityMerged));
      for (let wait = 0; wait < 100 && handled.length < 2; wait++) await sleep(20);
      await subscription.stop();
      expect(handled).toEqual(['Facility:fac_1', 'Facility:fac_2']);
      expect(failures).toBe(2);
      expect(await bus.receive('inspections:facility-merges', 'replica-b', { redeliverAfterMs: 0 })).toEqual([]);
    });

    it('counts the deliveries of an event to a group, this one included', async () => {
      const bus = open();
      await bus.publish([facilityMerged('fac_1')]);
      const counts: number[] = [];
      for (let delivery = 0; delivery < 3; delivery++) {
        const [received] = await bus.receive('inspections:facility-merges', `replica-${delivery}`, {
          redeliverAfterMs: 0,
        });
        counts.push(received!.deliveries);
      }
      expect(counts).toEqual([1, 2, 3]);
      expect(await bus.pending('inspections:facility-merges')).toBe(1);
      expect(await bus.pending('grievances:facility-merges')).toBe(0);
    });

    it('hands every tail every event published after it started, once each, in publication order', async () => {
      const bus = open();
      await bus.publish([facilityMerged('fac_before')]);
      const tails = [[], []].map((batches: GraphEvent[][]) => ({
        batches,
        subscription: bus.tail((events) => void batches.push(events), { blockMs: 200 }),
      }));
      const events = Array.from({ length: 150 }, (_, index) => facilityMerged(`fac_${index}`));
      for (const part of [events.slice(0, 30), events.slice(30, 140), events.slice(140)]) await bus.publish(part);
      const receivedBy = (batches: GraphEvent[][]) => batches.flat().map((event) => event.id);
      for (let wait = 0; wait < 200 && tails.some(({ batches }) => receivedBy(batches).length < 150); wait++)
        await sleep(20);
      await sleep(50);
      for (const { batches, subscription } of tails) {
        await subscription.stop();
        expect(receivedBy(batches)).toEqual(events.map((event) => event.id));
        expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(100);
      }
    });

    it('goes on after a handler that throws, and receives nothing once stopped', async () => {
      const bus = open();
      const received: string[] = [];
      let failures = 0;
      const subscription = bus.tail(
        (events) => {
          if (failures++ === 0) throw new Error('the live view went away');
          received.push(...events.map((event) => event.subject));
        },
        { blockMs: 200 },
      );
      await bus.publish([facilityMerged('fac_1')]);
      for (let wait = 0; wait < 100 && failures === 0; wait++) await sleep(20);
      await bus.publish([facilityMerged('fac_2')]);
      for (let wait = 0; wait < 100 && !received.length; wait++) await sleep(20);
      await subscription.stop();
      await bus.publish([facilityMerged('fac_3')]);
      await sleep(300);
      expect(received).toEqual(['Facility:fac_2']);
    });
  });
}

describe.runIf(Boolean(redisUrl))('RedisStreamBus consumers left behind', () => {
  it('removes the consumers of a group idle past the limit that hold nothing pending', async () => {
    const bus = new RedisStreamBus(redisUrl!, `lcg-test-${randomBytes(6).toString('hex')}:`, limits);
    const client = new Redis(redisUrl!);
    try {
      const group = 'inspections:facility-merges';
      await bus.publish(['fac_1', 'fac_2', 'fac_3'].map(facilityMerged));
      await bus.receive(group, 'host:1', { count: 1 });
      await bus.ack(
        group,
        (await bus.receive(group, 'host:2', { count: 1 })).map(({ receipt }) => receipt),
      );
      await sleep(150);
      await bus.ack(
        group,
        (await bus.receive(group, 'host:3', { count: 1 })).map(({ receipt }) => receipt),
      );
      // host:1 holds an event, host:2 is idle with nothing pending, host:3 has just read.
      expect(await bus.removeIdleConsumers(group, 'host:4', 100)).toEqual(['host:2']);
      const names = async () =>
        ((await client.xinfo('CONSUMERS', bus.key, group)) as string[][])
          .map((fields) => fields[fields.indexOf('name') + 1])
          .sort();
      expect(await names()).toEqual(['host:1', 'host:3']);
      // One that reads again is a consumer again.
      await bus.publish([facilityMerged('fac_4')]);
      await bus.receive(group, 'host:2');
      expect(await names()).toEqual(['host:1', 'host:2', 'host:3']);
    } finally {
      await client.del(bus.key);
      client.disconnect();
      await bus.close();
    }
  });
});

describe('InProcessBus trimming', () => {
  it('keeps at least the last maxLength events for groups that come later, as the stream does', async () => {
    const bus = new InProcessBus({ maxLength: 10, redeliverAfterMs: 30_000 });
    const events = Array.from({ length: 25 }, (_, index) => facilityMerged(`fac_${index}`));
    for (const event of events) await bus.publish([event]);
    const kept = await bus.receive('inspections:facility-merges', 'replica-a');
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(ids(kept)).toEqual(events.slice(-kept.length).map((event) => event.id));
    await bus.close();
  });
});
