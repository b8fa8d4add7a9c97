import { EntitySchema, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { badUserInput, conflict } from './errors';
import type { Principal } from './principal';

/**
 * Writes are idempotent under retry: a mutation run again with the same idempotency
 * key by the same caller returns the first result instead of writing twice. Each subgraph keeps
 * its own records (add `IdempotencyRecordSchema` to its entities).
 */
export class IdempotencyRecord {
  /** operation + caller + client key */
  id!: string;
  operation!: string;
  /** A digest of the input, so a reused key with different input is refused, not silently replayed. */
  inputDigest!: string;
  /** The stored result, e.g. the id of what was created. */
  result!: Record<string, unknown>;
  createdAt = new Date();
}

export const IdempotencyRecordSchema = new EntitySchema<IdempotencyRecord>({
  class: IdempotencyRecord,
  tableName: 'idempotency_record',
  properties: {
    id: { type: 'string', primary: true, length: 400 },
    operation: { type: 'string', length: 100 },
    inputDigest: { type: 'string', length: 64 },
    result: { type: 'json' },
    createdAt: { type: 'Date' },
  },
});

import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (input: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(input ?? null))
    .digest('hex');

export function validateIdempotencyKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 8 || trimmed.length > 200)
    throw badUserInput('idempotencyKey must be 8–200 characters (a UUID is ideal)', { argument: 'idempotencyKey' });
  return trimmed;
}

/**
 * The record of (operation, caller, key): what a mutation may derive values from that a retry with
 * the same key must derive again (an anonymous filing's secret).
 */
export const idempotencyRecordId = (operation: string, principal: Principal, key: string) =>
  `${operation}:${principal.subject ?? 'public'}:${validateIdempotencyKey(key)}`;

// Timing-safe: for a caller without an account the key guards a secret (see grievances' filings).
const sameDigest = (stored: string, given: string) =>
  stored.length === given.length && timingSafeEqual(Buffer.from(stored), Buffer.from(given));

/**
 * Runs `write` once per (operation, caller, key) inside one transaction together with the record
 * of its result; a retry gets the recorded result back. Concurrent retries race on the primary
 * key, and the loser reads the winner's result.
 */
export async function idempotent<Result extends Record<string, unknown>>(
  em: EntityManager,
  principal: Principal,
  operation: string,
  key: string,
  input: unknown,
  write: (tx: EntityManager) => Promise<Result>,
): Promise<{ result: Result; replayed: boolean }> {
  const id = idempotencyRecordId(operation, principal, key);
  const inputDigest = digest(input);
  const replay = async () => {
    const existing = await em.fork().findOne(IdempotencyRecord, { id });
    if (!existing) return undefined;
    if (!sameDigest(existing.inputDigest, inputDigest))
      throw conflict('This idempotency key was already used with different input', { argument: 'idempotencyKey' });
    return { result: existing.result as Result, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const result = await em.transactional(async (tx) => {
      const created = await write(tx);
      tx.create(IdempotencyRecord, { id, operation, inputDigest, result: created, createdAt: new Date() });
      return created;
    });
    return { result, replayed: false };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
