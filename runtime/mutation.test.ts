import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { EntitySchema, LockMode, MikroORM, OptionalProps } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { AuditEntry, AuditEntrySchema } from './audit';
import { ManualClock } from './clock';
import { forbidden } from './errors';
import { IdempotencyRecord, IdempotencyRecordSchema } from './idempotency';
import { payloadOf, Refusal, runMutation, type MutationContext, type MutationSpec } from './mutation';
import type { Principal } from './principal';

/** A row to write: a named tally with an optimistic-lock version. */
class Tally {
  [OptionalProps]?: 'version';
  id!: string;
  count = 0;
  version = 1;
}

const TallySchema = new EntitySchema<Tally>({
  class: Tally,
  tableName: 'tally',
  properties: {
    id: { type: 'string', primary: true },
    count: { type: 'integer' },
    version: { type: 'integer', version: true },
  },
});

const admin: Principal = { subject: 'admin-1', role: 'ADMIN', organizationId: null, country: null, scopes: [] };
const clock = new ManualClock(new Date('2025-06-15T10:00:00Z'));

let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    entities: [TallySchema, AuditEntrySchema, IdempotencyRecordSchema],
    allowGlobalContext: false,
    debug: false,
  });
  await orm.schema.createSchema();
});
afterAll(() => orm?.close());
beforeEach(async () => {
  const em = orm.em.fork();
  for (const entity of [Tally, AuditEntry, IdempotencyRecord]) await em.nativeDelete(entity, {});
});

/** A request's context: its own EntityManager fork and a loader reset to watch. */
const contextFor = (): MutationContext & { resetLoaders: Mock<() => void> } => ({
  principal: admin,
  clock,
  em: orm.em.fork(),
  resetLoaders: vi.fn<() => void>(),
});

const stored = async () => {
  const em = orm.em.fork();
  return {
    tallies: await em.find(Tally, {}, { orderBy: { id: 'asc' } }),
    audit: await em.find(AuditEntry, {}, { orderBy: { operation: 'asc', country: 'asc' } }),
    idempotencyRecords: await em.count(IdempotencyRecord),
  };
};

/** Creates tally `id` and audits it in `country`. */
const createTally = (id: string, country = 'BD'): MutationSpec<{ id: string }> => ({
  operation: 'createTally',
  write: async (tx) => ({ id: tx.create(Tally, { id, count: 1 }).id }),
  audited: (result) => ({ target: `Tally:${result.id}`, country }),
});

describe('runMutation', () => {
  it('runs a mutation once per idempotency key and replays the first result to a retry', async () => {
    const write = vi.fn(async (tx: Parameters<MutationSpec<{ id: string }>['write']>[0]) => ({
      id: tx.create(Tally, { id: 't1', count: 1 }).id,
    }));
    const spec = { ...createTally('t1'), write, idempotency: { key: 'retry-key-0001', input: { id: 't1' } } };

    const first = await runMutation(contextFor(), spec);
    const retry = await runMutation(contextFor(), spec);

    expect(first).toEqual({ ok: true, result: { id: 't1' }, replayed: false });
    expect(retry).toEqual({ ok: true, result: { id: 't1' }, replayed: true });
    expect(write).toHaveBeenCalledTimes(1);
    const after = await stored();
    expect(after.tallies).toHaveLength(1);
    expect(after.audit).toHaveLength(1);
    expect(after.idempotencyRecords).toBe(1);

    const reused = runMutation(contextFor(), {
      ...spec,
      idempotency: { key: 'retry-key-0001', input: { id: 'other' } },
    });
    await expect(reused).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('rolls back everything a refused write did, audit included, and answers with a userError', async () => {
    const outcome = await runMutation(contextFor(), {
      ...createTally('t1'),
      idempotency: { key: 'refused-key-0001', input: {} },
      write: async (tx) => {
        tx.create(Tally, { id: 't1', count: 1 });
        await tx.flush();
        throw new Refusal('NOT_FOUND', 'No tally t0 that you may see', ['input', 'id']);
      },
    });

    expect(outcome).toEqual({
      ok: false,
      userErrors: [{ code: 'NOT_FOUND', message: 'No tally t0 that you may see', field: ['input', 'id'] }],
    });
    expect(await stored()).toEqual({ tallies: [], audit: [], idempotencyRecords: 0 });
  });

  it("turns an optimistic-lock failure into a CONFLICT userError, with the mutation's message when it has one", async () => {
    await runMutation(contextFor(), createTally('t1'));
    const staleEdit = (conflictMessage?: string): MutationSpec<{ id: string }> => ({
      ...createTally('t1'),
      conflictMessage,
      write: async (tx) => {
        const tally = await tx.findOneOrFail(Tally, { id: 't1' });
        await tx.lock(tally, LockMode.OPTIMISTIC, tally.version - 1);
        tally.count += 1;
        return { id: tally.id };
      },
    });

    const plain = await runMutation(contextFor(), staleEdit());
    const explained = await runMutation(contextFor(), staleEdit('The tally was counted by someone else meanwhile'));

    expect(plain).toEqual({
      ok: false,
      userErrors: [{ code: 'CONFLICT', message: expect.stringMatching(/changed by someone else/), field: null }],
    });
    expect(explained).toEqual({
      ok: false,
      userErrors: [{ code: 'CONFLICT', message: 'The tally was counted by someone else meanwhile', field: null }],
    });
    expect((await stored()).tallies).toMatchObject([{ id: 't1', count: 1, version: 1 }]);
  });

  it('writes every audited target in the same transaction as the change', async () => {
    const outcome = await runMutation(contextFor(), {
      ...createTally('t1'),
      audited: (result) => [
        { target: `Tally:${result.id}`, country: 'BD' },
        { target: `Tally:${result.id}`, country: 'NL', operation: 'createTally:SHARED' },
      ],
    });
    expect(outcome.ok).toBe(true);
    expect(
      (await stored()).audit.map((entry) => [entry.operation, entry.target, entry.country, entry.role, entry.subject]),
    ).toEqual([
      ['createTally', 'Tally:t1', 'BD', 'ADMIN', 'admin-1'],
      ['createTally:SHARED', 'Tally:t1', 'NL', 'ADMIN', 'admin-1'],
    ]);

    // The duplicate row fails only when the transaction commits: its audit entry goes with it.
    const duplicate = await runMutation(contextFor(), createTally('t1', 'FR'));
    expect(duplicate).toMatchObject({ ok: false, userErrors: [{ code: 'CONFLICT' }] });
    expect((await stored()).audit.filter((entry) => entry.country === 'FR')).toEqual([]);
  });

  it('lets a FORBIDDEN error through to the caller and writes nothing', async () => {
    const run = runMutation(contextFor(), {
      ...createTally('t1'),
      idempotency: { key: 'forbidden-key-0001', input: {} },
      write: async (tx) => {
        tx.create(Tally, { id: 't1', count: 1 });
        await tx.flush();
        throw forbidden('Only the tally keeper may count');
      },
    });

    await expect(run).rejects.toBeInstanceOf(GraphQLError);
    await expect(run).rejects.toMatchObject({
      message: 'Only the tally keeper may count',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await stored()).toEqual({ tallies: [], audit: [], idempotencyRecords: 0 });
  });

  it("renews the loaders and clears the request's EntityManager however the mutation ends", async () => {
    const succeeded = contextFor();
    await runMutation(succeeded, createTally('t1'));
    const refused = contextFor();
    await runMutation(refused, {
      ...createTally('t2'),
      write: () => Promise.reject(new Refusal('CONFLICT', 'Counted already')),
    });
    const failed = contextFor();
    await expect(
      runMutation(failed, { ...createTally('t3'), write: () => Promise.reject(forbidden()) }),
    ).rejects.toThrow();

    for (const context of [succeeded, refused, failed]) {
      expect(context.resetLoaders).toHaveBeenCalledTimes(1);
      expect(context.em.getUnitOfWork().getIdentityMap().values()).toEqual([]);
    }
  });
});

describe('payloadOf', () => {
  it('reads the written nodes back on success and gives the empty payload with userErrors on refusal', async () => {
    type Fields = { tally: string | null };
    const present = await payloadOf<{ id: string }, Fields>(
      { ok: true, result: { id: 't1' }, replayed: false },
      ({ id }) => ({ tally: id }),
      {
        tally: null,
      },
    );
    const absent = await payloadOf<{ id: string }, Fields>(
      { ok: false, userErrors: [{ code: 'CONFLICT', message: 'Counted already', field: null }] },
      () => ({ tally: 'never read' }),
      { tally: null },
    );
    expect(present).toEqual({ tally: 't1', userErrors: [] });
    expect(absent).toEqual({
      tally: null,
      userErrors: [{ code: 'CONFLICT', message: 'Counted already', field: null }],
    });
  });
});
