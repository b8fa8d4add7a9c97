import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { audit } from '../../../../runtime/audit';
import { forbidden } from '../../../../runtime/errors';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { Grievance } from '../entities/grievance.entity';
import type { UserErrorCode } from '../__generated__/resolvers-types';
import { visibleGrievances } from '../visibility';

export type UserError = { code: UserErrorCode; message: string; field: string[] | null };

export const userError = (code: UserErrorCode, message: string, field: string[] | null = null): UserError => ({ code, message, field });

export type CaseChangeResult = { grievance: Grievance | null; userErrors: UserError[] };

export interface CaseChange {
  /** Audit operation, e.g. `transitionGrievance`. */
  operation: string;
  /** Finds the case inside the transaction; by default by id among those the caller may see. */
  find: (tx: EntityManager) => Promise<Grievance | null>;
  notFound: UserError;
  mayAct: (principal: Principal, grievance: Grievance) => boolean;
  forbiddenMessage: string;
  expectedVersion?: number | null;
}

export const visibleById = (context: Context, id: string) => (tx: EntityManager) =>
  tx.findOne(Grievance, { $and: [{ id }, visibleGrievances(context.principal)] });

/**
 * The frame of every change to a case: find it, check the caller may act on it and holds the
 * current version, apply the change and audit it in one transaction. A concurrent change that
 * slips in between is caught by the version check MikroORM adds to the update.
 */
export async function changeCase(
  context: Context,
  request: CaseChange,
  apply: (tx: EntityManager, grievance: Grievance) => Promise<UserError | null> | UserError | null,
): Promise<CaseChangeResult> {
  try {
    return await context.em.transactional(async (tx) => {
      const grievance = await request.find(tx);
      if (!grievance) return { grievance: null, userErrors: [request.notFound] };
      if (!request.mayAct(context.principal, grievance)) throw forbidden(request.forbiddenMessage);
      if (request.expectedVersion != null && grievance.version !== request.expectedVersion) {
        return {
          grievance,
          userErrors: [userError('CONFLICT', `The case is at version ${grievance.version}, not ${request.expectedVersion}: someone changed it since you read it. Reload it and try again.`, ['expectedVersion'])],
        };
      }
      const refused = await apply(tx, grievance);
      // A refusal changes nothing: `apply` checks before it writes.
      if (refused) return { grievance, userErrors: [refused] };
      grievance.updatedAt = context.clock.now();
      await audit(context, { operation: request.operation, target: `Grievance:${grievance.id}`, country: grievance.facilityCountry }, tx);
      return { grievance, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      return { grievance: null, userErrors: [userError('CONFLICT', 'The case changed while your change was being saved. Reload it and try again.', ['expectedVersion'])] };
    }
    throw error;
  }
}
