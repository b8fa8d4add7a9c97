import { badUserInput, forbidden } from '../../../../runtime/errors';
import type { Role } from '../../../../runtime/principal';
import type { Context } from '../context';
import type { ValidationIssue } from '../domain';
import type { UserError, UserErrorCode } from '../__generated__/resolvers-types';

/** Mutation outcomes (briefing convention): bad input and missing roles are errors, business failures are typed results. */

export type Outcome<Result> = { ok: true; result: Result } | { ok: false; userErrors: UserError[] };

/** Thrown inside a write's transaction to roll it back and answer with a user error. */
export class UserFailure extends Error {
  constructor(readonly code: UserErrorCode, message: string, readonly field: string[] | null = null) {
    super(message);
  }
}

export async function outcomeOf<Result>(write: () => Promise<Result>): Promise<Outcome<Result>> {
  try {
    return { ok: true, result: await write() };
  } catch (error) {
    if (error instanceof UserFailure) return { ok: false, userErrors: [{ code: error.code, message: error.message, field: error.field }] };
    throw error;
  }
}

/** Malformed input: one error listing every problem, before anything is written. */
export function invalidInput(what: string, issues: ValidationIssue[], prefix = ''): never {
  const listed = issues.map((issue) => ({ path: prefix && issue.path ? `${prefix}.${issue.path}` : prefix || issue.path, message: issue.message }));
  const summary = listed.map((issue) => issue.message).slice(0, 5).join('; ');
  throw badUserInput(`${what}: ${summary}${listed.length > 5 ? ` (and ${listed.length - 5} more)` : ''}`, { issues: listed });
}

/** The caller must hold one of the roles and speak for an organisation. */
export function requireOrganizationRole(context: Context, roles: readonly Role[], operation: string): string {
  const { role, organizationId } = context.principal;
  if (!roles.includes(role) || !organizationId) {
    throw forbidden(`${operation} is for ${roles.join(' or ')} callers acting for an organisation`);
  }
  return organizationId;
}

export const notFoundFailure = (what: string, id: string, field: string) => new UserFailure('NOT_FOUND', `No ${what} ${id} that you can see`, [field]);
