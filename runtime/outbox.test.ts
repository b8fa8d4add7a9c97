import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntrySchema } from './audit';
import { ManualClock } from './clock';
import type { EventDraft } from './events';
import { IdempotencyRecordSchema } from './idempotency';
import { Refusal, runMutation, type MutationContext, type MutationSpec } from './mutation';
import { eventId, latestVersion, OutboxEvent, OutboxEventSchema, ProcessedEventSchema, recordEvents } from './outbox';
import type { Principal } from './principal';

/** A facility record to merge: the smallest write that causes an event. */
class Merge {
  id!: string;
}
const MergeSchema = new EntitySchema<Merge>({
  class: Merge,
  tableName: 'merge',
  properties: { id: { type: 'string', primary: true } },
});

const admin: Principal = { subject: 'admin-1', role: 'ADMIN', organizationId: null, country: null, scopes: [] };
const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    entities: [MergeSchema, OutboxEventSchema, ProcessedEventSchema, AuditEntrySchema, IdempotencyRecordSchema],
    allowGlobalContext: false,
    debug: false,
  });
  await orm.schema.createSchema();
});
afterAll(() => orm?.close());
beforeEach(async () => {
  await orm.schema.clearDatabase();
});

const merged = (survivorId: string, mergedId: string): EventDraft => ({
  type: 'FACILITY_MERGED',
  subject: `Facility:${mergedId}`,
  country: 'BD',
  payload: { survivorId, mergedId, country: 'BD' },
});

const context = (): MutationContext => ({ principal: admin, clock, em: orm.em.fork(), subgraph: 'suppliers' });

const mergeFacility = (
  id: string,
  options: Partial<MutationSpec<{ id: string }>> = {},
): MutationSpec<{ id: string }> => ({
  operation: 'mergeFacilities',
  write: async (tx) => ({ id: tx.create(Merge, { id }).id }),
  audited: (result) => ({ target: `Facility:${result.id}`, country: 'BD' }),
  events: (result) => [merged('fac_survivor', result.id)],
  ...options,
});

const outbox = () => orm.em.fork().find(OutboxEvent, {}, { orderBy: { id: 'asc' } });

describe('event ids', () => {
  it('are UUID v7 and sort in the order they were made, many in one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => eventId());
    for (const id of ids.slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('recordEvents', () => {
  it('writes the checked payload at the latest version, with its source, subject and time', async () => {
    const em = orm.em.fork();
    recordEvents(em, 'suppliers', [merged('fac_a', 'fac_b')], clock.now());
    await em.flush();
    expect(await outbox()).toEqual([
      expect.objectContaining({
        type: 'FACILITY_MERGED',
        version: latestVersion('FACILITY_MERGED'),
        source: 'suppliers',
        subject: 'Facility:fac_b',
        country: 'BD',
        payload: { survivorId: 'fac_a', mergedId: 'fac_b', country: 'BD' },
        occurredAt: clock.now(),
        publishedAt: null,
      }),
    ]);
  });

  it('refuses a payload its type does not describe, and a version that does not exist', () => {
    const em = orm.em.fork();
    const wrong = { ...merged('fac_a', 'fac_b'), payload: { survivorId: 'fac_a' } } as unknown as EventDraft;
    expect(() => recordEvents(em, 'suppliers', [wrong], clock.now())).toThrow(/Invalid FACILITY_MERGED v1 payload/);
    expect(() => recordEvents(em, 'suppliers', [{ ...merged('a', 'b'), version: 99 }], clock.now())).toThrow(
      'FACILITY_MERGED has no version 99',
    );
  });
});

describe("runMutation's events", () => {
  it('are in the outbox when the mutation committed, in the same transaction as its write', async () => {
    const outcome = await runMutation(context(), mergeFacility('fac_b'));
    expect(outcome.ok).toBe(true);
    expect((await outbox()).map((row) => [row.source, row.subject])).toEqual([['suppliers', 'Facility:fac_b']]);
  });

  it('are not recorded when the mutation is refused or fails', async () => {
    const refused = await runMutation(
      context(),
      mergeFacility('fac_b', {
        write: async (tx) => {
          tx.create(Merge, { id: 'fac_b' });
          throw new Refusal('CONFLICT', 'Merged already');
        },
      }),
    );
    expect(refused.ok).toBe(false);
    const invalid = { ...merged('fac_a', 'fac_c'), payload: {} } as unknown as EventDraft;
    await expect(runMutation(context(), mergeFacility('fac_c', { events: () => [invalid] }))).rejects.toThrow();
    expect(await outbox()).toEqual([]);
    expect(await orm.em.fork().count(Merge)).toBe(0);
  });

  it('are recorded once when an idempotent mutation is replayed', async () => {
    const idempotency = { key: 'merge-key-0001', input: { id: 'fac_b' } };
    const first = await runMutation(context(), mergeFacility('fac_b', { idempotency }));
    const replay = await runMutation(context(), mergeFacility('fac_b', { idempotency }));
    expect([first.ok && first.replayed, replay.ok && replay.replayed]).toEqual([false, true]);
    expect(await outbox()).toHaveLength(1);
  });

  it('need the subgraph in the context, or nothing is written', async () => {
    await expect(runMutation({ ...context(), subgraph: undefined }, mergeFacility('fac_b'))).rejects.toThrow(
      'mergeFacilities records events, but its context names no subgraph',
    );
    expect(await orm.em.fork().count(Merge)).toBe(0);
  });
});
