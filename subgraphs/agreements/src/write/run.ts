import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { idempotent } from '../../../../runtime/idempotency';
import { badUserInput } from '../../../../runtime/errors';
import type { Context } from '../context';
import type { Issues } from '../domain/validation';
import { createLoaders } from '../loaders';
import { Refusal } from './results';

/** Malformed input: one BAD_USER_INPUT error listing every problem, before anything is written. */
export function rejectInvalid(issues: Issues): void {
  if (issues.ok) return;
  const [first] = issues.list;
  const more = issues.list.length > 1 ? ` (and ${issues.list.length - 1} more)` : '';
  throw badUserInput(`Invalid input: ${first.message}${more}`, { issues: issues.list });
}

/**
 * Runs one write once per idempotency key, in a transaction. A `Refusal` rolls the transaction
 * back and becomes the payload's userErrors; a concurrent edit of the same agreement is a CONFLICT. Afterwards the request's loaders start afresh so the payload shows the
 * written state.
 */
export async function runWrite<Result extends Record<string, unknown>>(
  context: Context,
  operation: string,
  idempotencyKey: string,
  input: unknown,
  write: (tx: EntityManager) => Promise<Result>,
): Promise<{ result: Result } | { refusal: Refusal }> {
  try {
    const { result } = await idempotent(context.em, context.principal, operation, idempotencyKey, input, write);
    return { result };
  } catch (error) {
    if (error instanceof Refusal) return { refusal: error };
    // Two edits of one agreement at once: the loser's version check or unique key fails.
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      return { refusal: new Refusal('CONFLICT', 'The agreement was changed by someone else meanwhile; reload it and try again') };
    }
    throw error;
  } finally {
    context.em.clear();
    context.loaders = createLoaders(context.em, context.principal);
  }
}

/** The payload of an agreement mutation from the outcome of its write. */
export function agreementResult(outcome: { result: { agreementId: string } } | { refusal: Refusal }) {
  return 'refusal' in outcome
    ? { agreementId: null, userErrors: [outcome.refusal.toUserError()] }
    : { agreementId: outcome.result.agreementId, userErrors: [] };
}
