import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { config } from '../../runtime/config';
import { deliverEvents } from '../../runtime/event-consumers';
import type { EventDraft } from '../../runtime/events';
import { Refusal, runMutation, type MutationContext, type MutationSpec } from '../../runtime/mutation';
import { OutboxEvent } from '../../runtime/outbox';
import { relayOutbox } from '../../runtime/outbox-relay';
import type { Principal } from '../../runtime/principal';
import { startTestStack, type TestStack } from '../support/stack';
import {
  dyingAfterPublishing,
  emptySuppliersOutbox,
  facilityMerges,
  type FacilityMerge,
  outboxOf,
  recordInSuppliers,
  recordingConsumer,
  scratchBus,
  slowBus,
} from './fixtures';

/** The outbox of a real subgraph: written with the change, published by the relay, at least once. */
const postgres = Boolean(config().DATABASE_URL);
const admin: Principal = { subject: 'admin-events', role: 'ADMIN', organizationId: null, country: null, scopes: [] };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  await emptySuppliersOutbox(stack);
});

describe("a mutation's events", () => {
  const context = (signal?: AbortSignal): MutationContext => ({
    principal: admin,
    clock: stack.clock,
    em: stack.em('suppliers'),
    subgraph: 'suppliers',
    signal,
  });
  /** A merge in the registry: audited, and announced. */
  const merge = (
    drafts: FacilityMerge[],
    write?: MutationSpec<{ id: string }>['write'],
  ): MutationSpec<{ id: string }> => ({
    operation: 'mergeFacilities',
    write: write ?? (async () => ({ id: drafts[0]!.payload.mergedId })),
    audited: (result) => ({ target: `Facility:${result.id}`, country: 'BD' }),
    events: () => drafts,
  });
  const audited = (drafts: EventDraft[]) => stack.em('suppliers').count(AuditEntry, { target: drafts[0]!.subject });

  it('are in the outbox exactly when the mutation committed, with its audit entry', async () => {
    const committed = facilityMerges(1);
    const outcome = await runMutation(context(), merge(committed));
    expect(outcome.ok).toBe(true);
    const rows = await outboxOf(stack, committed);
    expect(rows.map((row) => [row.type, row.source, row.subject, row.payload, row.publishedAt])).toEqual([
      ['FACILITY_MERGED', 'suppliers', committed[0]!.subject, committed[0]!.payload, null],
    ]);
    expect(await audited(committed)).toBe(1);
  });

  it('leave nothing when the mutation is refused or rolled back', async () => {
    const [refusedMerge, abandonedMerge] = [facilityMerges(1), facilityMerges(1)];
    const refused = await runMutation(
      context(),
      merge(refusedMerge, async () => {
        throw new Refusal('CONFLICT', 'The facility was merged already');
      }),
    );
    expect(refused.ok).toBe(false);
    // The caller leaves after the write: the check before the commit rolls everything back.
    const leaving = new AbortController();
    const abandoned = runMutation(
      context(leaving.signal),
      merge(abandonedMerge, async () => {
        leaving.abort();
        return { id: abandonedMerge[0]!.payload.mergedId };
      }),
    );
    await expect(abandoned).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED' } });
    expect(await outboxOf(stack, [...refusedMerge, ...abandonedMerge])).toEqual([]);
    expect(await audited(abandonedMerge)).toBe(0);
  });

  it('are recorded once when an idempotent mutation is replayed', async () => {
    const replayed = facilityMerges(1);
    const idempotency = { key: 'events-replay-key', input: { facility: replayed[0]!.payload.mergedId } };
    const first = await runMutation(context(), { ...merge(replayed), idempotency });
    const replay = await runMutation(context(), { ...merge(replayed), idempotency });
    expect([first.ok && first.replayed, replay.ok && replay.replayed]).toEqual([false, true]);
    expect(await outboxOf(stack, replayed)).toHaveLength(1);
  });
});

describe('the relay', () => {
  it.runIf(postgres)('publishes each row once when two relays run at the same time', async () => {
    const { bus, dispose } = scratchBus();
    try {
      const merges = facilityMerges(40);
      await recordInSuppliers(stack, merges);
      const em = stack.subgraphs.suppliers.orm.em;
      const rounds = await Promise.all([
        relayOutbox(em, slowBus(bus, 300), 25),
        relayOutbox(em, slowBus(bus, 300), 25),
      ]);
      expect(rounds.every((published) => published > 0)).toBe(true);
      expect(rounds[0] + rounds[1]).toBe(40);
      const published = await bus.receive('test:relay-once', 'reader', { count: 1_000 });
      const ids = published.map(({ event }) => event.id);
      expect(new Set(ids).size).toBe(40);
      expect(ids.sort()).toEqual((await outboxOf(stack, merges)).map((row) => row.id));
    } finally {
      await dispose();
    }
  });

  it.runIf(postgres)("publishes a subject's events in order when two relays share them", async () => {
    const { bus, dispose } = scratchBus();
    try {
      // Four events about one subject (a facility merged, unmerged and merged again, say).
      const drafts = facilityMerges(4).map((draft, _, all) => ({ ...draft, subject: all[0]!.subject }));
      await recordInSuppliers(stack, drafts);
      const em = stack.subgraphs.suppliers.orm.em;
      const first = relayOutbox(em, slowBus(bus, 300), 2);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The first relay holds the two oldest: the second leaves the later two for a later round.
      expect(await relayOutbox(em, bus, 10)).toBe(0);
      expect(await first).toBe(2);
      expect(await relayOutbox(em, bus, 10)).toBe(2);
      const published = await bus.receive('test:relay-order', 'reader', { count: 100 });
      expect(published.map(({ event }) => event.payload.mergedId)).toEqual(drafts.map((d) => d.payload.mergedId));
    } finally {
      await dispose();
    }
  });

  it('loses nothing when it dies between publishing and committing, and the consumer applies it once', async () => {
    const { bus, dispose } = scratchBus();
    try {
      const merges = facilityMerges(3);
      await recordInSuppliers(stack, merges);
      const em = stack.subgraphs.suppliers.orm.em;
      await expect(relayOutbox(em, dyingAfterPublishing(bus))).rejects.toThrow('killed before its commit');
      expect((await outboxOf(stack, merges)).every((row) => row.publishedAt === null)).toBe(true);
      expect(await relayOutbox(em, bus)).toBe(3);

      const consumer = recordingConsumer('inspections:test-killed-relay');
      const round = await deliverEvents(stack.subgraphs.inspections.orm.em, bus, [consumer]);
      expect(round).toMatchObject({ delivered: 6, handled: 3, failures: [] });
      expect(consumer.applied).toEqual(merges.map((draft) => draft.subject));
      expect(await stack.em('suppliers').count(OutboxEvent, { publishedAt: null })).toBe(0);
    } finally {
      await dispose();
    }
  });

  it("settles the stack's events: every outbox published, every consumer caught up", async () => {
    await recordInSuppliers(stack, facilityMerges(2));
    await stack.settleEvents();
    expect(await stack.em('suppliers').count(OutboxEvent, { publishedAt: null })).toBe(0);
    await stack.settleEvents();
  });
});
