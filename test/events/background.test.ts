import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../runtime/config';
import { OutboxEvent, ProcessedEvent } from '../../runtime/outbox';
import { startTestStack, type TestStack } from '../support/stack';
import { facilityMerges, outboxOf, recordInSuppliers } from './fixtures';

/**
 * With the rounds on (as outside tests), the subgraphs publish their outboxes and run their
 * consumers by themselves, and stop both cleanly.
 */
overrideConfig({ OUTBOX_RELAY_INTERVAL_MS: 20 });

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function eventually<Value>(read: () => Promise<Value>, done: (value: Value) => boolean): Promise<Value> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt >= 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the background rounds', () => {
  it("publish every subgraph's outbox and hand each event to every consumer group that takes it", async () => {
    const merges = facilityMerges(3);
    await recordInSuppliers(stack, merges);
    const published = await eventually(
      () => outboxOf(stack, merges),
      (rows) => rows.every((row) => row.publishedAt !== null),
    );
    expect(published.every((row) => row.publishedAt !== null)).toBe(true);
    const ids = published.map((row) => row.id);
    // Every subgraph with a consumer of facility merges records each event once, as handled.
    for (const subgraph of ['inspections', 'grievances'] as const) {
      const handled = await eventually(
        () => stack.em(subgraph).find(ProcessedEvent, { eventId: { $in: ids } }),
        (rows) => rows.length >= ids.length,
      );
      expect(handled.map((row) => row.eventId).sort()).toEqual([...ids].sort());
    }
    expect(await stack.em('suppliers').count(OutboxEvent, { publishedAt: null })).toBe(0);
  });
});
