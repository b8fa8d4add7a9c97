import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../runtime/audit';
import { config } from '../runtime/config';
import { SUBGRAPH_NAMES } from '../runtime/subgraph-names';
import { startTestStack, type TestStack } from './support/stack';

/**
 * The audit log is append-only in the database itself, not only by the code's good manners: in
 * every subgraph, on SQLite and on PostgreSQL, a trigger refuses an UPDATE or a DELETE of an entry
 * (and, on PostgreSQL, a TRUNCATE) — through the ORM or in plain SQL, and whoever sends it. An
 * insider with the service's database credentials cannot rewrite or erase what was recorded.
 */
let stack: TestStack;
const postgres = Boolean(config().DATABASE_URL);
const table = (subgraph: string) => (postgres ? `"${subgraph}"."audit_entry"` : 'audit_entry');
const REFUSED = /append-only/;

beforeAll(async () => {
  stack = await startTestStack();
  for (const subgraph of SUBGRAPH_NAMES) {
    const em = stack.em(subgraph);
    em.create(AuditEntry, {
      id: `entry-${subgraph}`,
      at: new Date('2026-11-24T09:00:00Z'),
      subject: 'inspector-1',
      organizationId: 'org-inspectorate',
      role: 'REGULATOR',
      operation: 'read:Finding.evidence',
      target: 'Finding:f-1',
      country: 'BD',
      detail: null,
      clause: null,
    });
    await em.flush();
  }
});
afterAll(() => stack?.stop());

/** The subgraph's entries as stored, read afresh. */
const stored = (subgraph: (typeof SUBGRAPH_NAMES)[number]) =>
  stack
    .em(subgraph)
    .find(AuditEntry, {}, { orderBy: { id: 'asc' } })
    .then((entries) =>
      entries.map(({ id, subject, role, operation, target }) => ({ id, subject, role, operation, target })),
    );

describe.each(SUBGRAPH_NAMES)('the %s audit log', (subgraph) => {
  const original = {
    id: `entry-${subgraph}`,
    subject: 'inspector-1',
    role: 'REGULATOR',
    operation: 'read:Finding.evidence',
    target: 'Finding:f-1',
  };

  it('accepts new entries', async () => {
    expect(await stored(subgraph)).toEqual([original]);
  });

  it('refuses to update an entry, through the ORM and in plain SQL', async () => {
    await expect(
      stack.em(subgraph).nativeUpdate(AuditEntry, { id: original.id }, { subject: 'someone-else' }),
    ).rejects.toThrow(REFUSED);
    const em = stack.em(subgraph);
    const loaded = await em.findOneOrFail(AuditEntry, { id: original.id });
    loaded.operation = 'read:Finding.description';
    await expect(em.flush()).rejects.toThrow(REFUSED);
    await expect(
      stack
        .em(subgraph)
        .getConnection()
        .execute(`update ${table(subgraph)} set subject = null`),
    ).rejects.toThrow(REFUSED);
    expect(await stored(subgraph)).toEqual([original]);
  });

  it('refuses to delete an entry, through the ORM and in plain SQL', async () => {
    await expect(stack.em(subgraph).nativeDelete(AuditEntry, { id: original.id })).rejects.toThrow(REFUSED);
    const em = stack.em(subgraph);
    em.remove(await em.findOneOrFail(AuditEntry, { id: original.id }));
    await expect(em.flush()).rejects.toThrow(REFUSED);
    await expect(
      stack
        .em(subgraph)
        .getConnection()
        .execute(`delete from ${table(subgraph)}`),
    ).rejects.toThrow(REFUSED);
    expect(await stored(subgraph)).toEqual([original]);
  });

  it.runIf(postgres)('refuses to truncate the table (PostgreSQL)', async () => {
    await expect(
      stack
        .em(subgraph)
        .getConnection()
        .execute(`truncate ${table(subgraph)}`),
    ).rejects.toThrow(REFUSED);
    expect(await stored(subgraph)).toEqual([original]);
  });
});
