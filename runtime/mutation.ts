import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { UserError, UserErrorCode } from './__generated__/conventions';
import { audit } from './audit';
import { deadlineExceeded, type ServiceContext } from './context';
import { badUserInput, forbidden } from './errors';
import type { EventDraft } from './events';
import { idempotent } from './idempotency';
import { recordEvents } from './outbox';
import type { Role } from './principal';

/** The table runMutation records idempotent results in: every subgraph lists it among its entities. */
export { IdempotencyRecordSchema } from './idempotency';
/** The id under which a mutation's idempotency key is recorded (stable across retries). */
export { idempotencyRecordId } from './idempotency';

/**
 * The one way every mutation in every subgraph runs:
 *
 * 1. validate the input — the generated types say what the schema can; `rejectInvalid` turns the
 *    rest (lengths, dates, cross-field rules) into one BAD_USER_INPUT GraphQL error;
 * 2. check the caller — `requireRole` before anything is loaded, or `throw forbidden(…)` inside
 *    `write` once the target is loaded; a caller who may not act always gets a FORBIDDEN error;
 * 3. `runMutation`: one transaction (once per idempotency key when the mutation takes one), in
 *    which `write` throws a `Refusal` when a business rule fails (wrong state, stale version,
 *    duplicate, unknown target) and every audited target and every event is recorded;
 * 4. return a typed payload: `payloadOf` answers `userErrors` for a refusal, the written nodes
 *    otherwise.
 *
 * Nothing is written when any step refuses.
 */

/** A business rule refused the change: becomes one entry of the payload's `userErrors`. */
export class Refusal extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
    this.name = 'Refusal';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}

/** No such target among those the caller may see. */
export const notFoundRefusal = (what: string, id: string, field: string[]) =>
  new Refusal('NOT_FOUND', `No ${what} ${id} that you may see`, field);

/** Optimistic concurrency: the caller's version must be the stored one. */
export function requireVersion(
  what: string,
  current: number,
  expected: number | null | undefined,
  field = ['expectedVersion'],
): void {
  if (expected == null || expected === current) return;
  throw new Refusal(
    'CONFLICT',
    `The ${what} is at version ${current}, not ${expected}: someone changed it since you read it. Reload it and try again.`,
    field,
  );
}

/** One problem with the input, by its path (`['input', 'findings', '3', 'area']`). */
export interface InputIssue {
  path: string[];
  message: string;
}

/**
 * Malformed input: one BAD_USER_INPUT error that lists every problem, before anything is
 * written. `summary` says what did not happen, e.g. "The inspection was not submitted".
 */
export function rejectInvalid(summary: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) invalidInput(summary, issues);
}

/** The BAD_USER_INPUT error of input already known to be malformed. */
export function invalidInput(summary: string, issues: readonly InputIssue[]): never {
  const listed = issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  throw badUserInput(`${summary}: ${listed.join('; ')}${more}`, {
    issues: issues.map((issue) => ({ path: issue.path, message: issue.message })),
  });
}

/** The caller must hold one of the roles (and, when asked, speak for an organisation). Returns the organisation. */
export function requireRole(
  context: Pick<ServiceContext, 'principal'>,
  roles: readonly Role[],
  operation: string,
  options: { organization?: boolean } = {},
): string | null {
  const { role, organizationId } = context.principal;
  const needsOrganization = options.organization ?? false;
  if (!roles.includes(role) || (needsOrganization && !organizationId)) {
    throw forbidden(
      `${operation} is for ${roles.join(' or ')} callers${needsOrganization ? ' acting for an organisation' : ''}`,
    );
  }
  return organizationId;
}

/** What the audit log records of one successful write. */
export interface AuditedTarget {
  /** `Type:id`, e.g. `Grievance:grv_…`. */
  target: string;
  /** The country the target belongs to, so its regulator reads the entry. */
  country: string | null;
  /** Defaults to the mutation's operation, e.g. `changeAgreementStatus:IN_FORCE`. */
  operation?: string;
}

export interface MutationSpec<Result extends Record<string, unknown>> {
  /** The mutation's name: the audit operation and the idempotency namespace. */
  operation: string;
  /**
   * A retry with the same key (and the same input) returns the first result instead of writing
   * again. Mutations that carry an `expectedVersion` instead may leave it out.
   */
  idempotency?: { key: string; input: unknown };
  /** Loads, checks and writes inside the transaction; throws `Refusal` when a business rule fails. */
  write(tx: EntityManager): Promise<Result>;
  /** The targets to audit, written in the same transaction. */
  audited(result: Result): AuditedTarget | readonly AuditedTarget[];
  /** What a client reads when a concurrent change won the race. */
  conflictMessage?: string;
  /** The events the change causes, recorded in the subgraph's outbox in the same transaction. */
  events?(result: Result): readonly EventDraft[];
}

export type MutationOutcome<Result> =
  { ok: true; result: Result; replayed: boolean } | { ok: false; userErrors: UserError[] };

/** The context a mutation runs in: any subgraph's, whose loaders are renewed after the write. */
export type MutationContext = Pick<
  ServiceContext,
  'principal' | 'clock' | 'em' | 'signal' | 'deadline' | 'subgraph'
> & {
  resetLoaders?(): void;
};

const ABANDONED = 'its deadline passed or its caller left before it was saved, and nothing was written';

const DEFAULT_CONFLICT = 'This was changed by someone else while your change was being saved. Reload it and try again.';

/** Runs one mutation's write: see the module comment for the whole path. */
export async function runMutation<Result extends Record<string, unknown>>(
  context: MutationContext,
  spec: MutationSpec<Result>,
): Promise<MutationOutcome<Result>> {
  // Nobody waits for the answer any more (the caller left, or the deadline passed): nothing is written.
  const abandonIfGone = () => {
    const late = context.deadline !== undefined && Date.now() >= context.deadline;
    if (late || context.signal?.aborted) throw deadlineExceeded(`${spec.operation} was not carried out: ${ABANDONED}`);
  };
  const write = async (tx: EntityManager) => {
    const result = await spec.write(tx);
    const targets = spec.audited(result);
    for (const entry of Array.isArray(targets) ? targets : [targets as AuditedTarget]) {
      await audit(
        context,
        { operation: entry.operation ?? spec.operation, target: entry.target, country: entry.country },
        tx,
      );
    }
    const events = spec.events?.(result) ?? [];
    if (events.length) {
      if (!context.subgraph) throw new Error(`${spec.operation} records events, but its context names no subgraph`);
      recordEvents(tx, context.subgraph, events, context.clock.now());
    }
    // The last check before the commit: throwing here rolls the transaction back.
    abandonIfGone();
    return result;
  };
  try {
    // Two turns of the event loop first: a caller's leaving that arrived with its request (a paused
    // process resumed) is read a poll phase after the request, and is seen before anything is
    // read or written.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    abandonIfGone();
    if (spec.idempotency) {
      const { key, input } = spec.idempotency;
      const { principal, em } = context;
      const { result, replayed } = await idempotent(em, principal, spec.operation, key, input, write);
      return { ok: true, result, replayed };
    }
    return { ok: true, result: await context.em.transactional(write), replayed: false };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, userErrors: [error.toUserError()] };
    // A concurrent change of the same row: the loser's version check or unique key fails.
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      return {
        ok: false,
        userErrors: [{ code: 'CONFLICT', message: spec.conflictMessage ?? DEFAULT_CONFLICT, field: null }],
      };
    }
    throw error;
  } finally {
    // The payload reads what was written, never what this request had loaded before.
    context.em.clear();
    context.resetLoaders?.();
  }
}

/**
 * The payload of a mutation: `present` reads the written nodes back (through the caller's
 * visibility) when it succeeded; `absent` gives the payload's empty fields when it was refused.
 */
export async function payloadOf<Result, Fields extends Record<string, unknown>>(
  outcome: MutationOutcome<Result>,
  present: (result: Result, replayed: boolean) => Fields | Promise<Fields>,
  absent: Fields,
): Promise<Fields & { userErrors: UserError[] }> {
  if (!outcome.ok) return { ...absent, userErrors: outcome.userErrors };
  return { ...(await present(outcome.result, outcome.replayed)), userErrors: [] };
}
