import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../../runtime/event-bus';
import { deliverEvents, type EventConsumer } from '../../runtime/event-consumers';
import { relayOutbox } from '../../runtime/outbox-relay';
import type { SubgraphName } from '../../runtime/subgraph-names';
import { startTestStack, type TestStack } from '../support/stack';
import { emptySuppliersOutbox, facilityMerges, recordInSuppliers, recordingConsumer, scratchBus } from './fixtures';

/**
 * Events from the suppliers' outbox to consumer groups in the other subgraphs: every group gets
 * every event, each applied once, whatever fails or stops on the way.
 */
let stack: TestStack;
let bus: EventBus;
let disposeBus: () => Promise<void>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  await emptySuppliersOutbox(stack);
  ({ bus, dispose: disposeBus } = scratchBus());
});
afterEach(async () => {
  await disposeBus();
});

/** The redelivery timeout of these tests: long enough that a slow machine does not reach it between two rounds. */
const REDELIVERY_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const relay = () => relayOutbox(stack.subgraphs.suppliers.orm.em, bus);
const deliver = (
  subgraph: SubgraphName,
  consumers: EventConsumer[],
  options: Parameters<typeof deliverEvents>[3] = {},
) => deliverEvents(stack.subgraphs[subgraph].orm.em, bus, consumers, { clock: stack.clock, ...options });

describe('consumer groups', () => {
  it('each receive every event once, and the replicas of one group share them', async () => {
    const merges = facilityMerges(5);
    await recordInSuppliers(stack, merges);
    await relay();
    const inspections = recordingConsumer('inspections:test-every-group');
    const grievances = recordingConsumer('grievances:test-every-group');
    const first = await deliver('inspections', [inspections], { consumer: 'replica-a', count: 2 });
    const second = await deliver('inspections', [inspections], { consumer: 'replica-b' });
    await deliver('grievances', [grievances]);
    expect([first.handled, second.handled]).toEqual([2, 3]);
    expect(inspections.applied).toEqual(merges.map((draft) => draft.subject));
    expect(grievances.applied).toEqual(merges.map((draft) => draft.subject));
    expect(await deliver('inspections', [inspections], { consumer: 'replica-a', redeliverAfterMs: 0 })).toMatchObject({
      delivered: 0,
    });
  });

  it('apply an event delivered twice once', async () => {
    const merges = facilityMerges(2);
    await recordInSuppliers(stack, merges);
    await relay();
    // Published again, as by a relay that died before its commit.
    await bus.publish(await bus.receive('test:republisher', 'reader').then((read) => read.map(({ event }) => event)));
    const consumer = recordingConsumer('inspections:test-duplicates');
    expect(await deliver('inspections', [consumer])).toEqual({ delivered: 4, handled: 2, failures: [] });
    expect(consumer.applied).toEqual(merges.map((draft) => draft.subject));
  });
});

describe('redelivery', () => {
  it('gives an event whose handler failed to the group again after the timeout, and it is applied once', async () => {
    const [merge] = facilityMerges(1);
    await recordInSuppliers(stack, [merge!]);
    await relay();
    let failuresLeft = 1;
    const consumer = recordingConsumer('inspections:test-failing', () => failuresLeft-- > 0);
    const failed = await deliver('inspections', [consumer], { redeliverAfterMs: REDELIVERY_MS });
    expect(failed).toMatchObject({ delivered: 1, handled: 0, failures: [{ consumer: consumer.name }] });
    expect(await deliver('inspections', [consumer], { redeliverAfterMs: REDELIVERY_MS })).toMatchObject({
      delivered: 0,
    });
    await sleep(REDELIVERY_MS + 100);
    expect(await deliver('inspections', [consumer], { redeliverAfterMs: REDELIVERY_MS })).toEqual({
      delivered: 1,
      handled: 1,
      failures: [],
    });
    expect(consumer.applied).toEqual([merge!.subject]);
  });

  it('gives what a stopped replica took and never acknowledged to another replica after the timeout', async () => {
    const merges = facilityMerges(3);
    await recordInSuppliers(stack, merges);
    await relay();
    const consumer = recordingConsumer('inspections:test-stopped-replica');
    // Replica A takes the events and stops before handling them.
    expect(await bus.receive(consumer.name, 'replica-a')).toHaveLength(3);
    expect(
      await deliver('inspections', [consumer], { consumer: 'replica-b', redeliverAfterMs: REDELIVERY_MS }),
    ).toMatchObject({
      delivered: 0,
    });
    await sleep(REDELIVERY_MS + 100);
    await deliver('inspections', [consumer], { consumer: 'replica-b', redeliverAfterMs: REDELIVERY_MS });
    expect(consumer.applied).toEqual(merges.map((draft) => draft.subject));
  });
});

describe('a subscriber that is down for a while', () => {
  it('receives every event, once each, when it returns', async () => {
    const up = recordingConsumer('inspections:test-always-up');
    const down = recordingConsumer('grievances:test-down-for-a-while');
    await deliver('grievances', [down]);
    const recorded = [];
    for (let batch = 0; batch < 3; batch++) {
      const merges = facilityMerges(4);
      recorded.push(...merges);
      await recordInSuppliers(stack, merges);
      await relay();
      await deliver('inspections', [up]);
    }
    expect(down.applied).toEqual([]);
    expect(up.applied).toHaveLength(12);
    let round;
    do round = await deliver('grievances', [down], { count: 5 });
    while (round.delivered > 0);
    expect(down.applied).toEqual(recorded.map((draft) => draft.subject));
  });
});
