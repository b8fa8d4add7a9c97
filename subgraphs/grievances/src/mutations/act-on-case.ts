import type { EntityManager } from '@mikro-orm/core';
import { forbidden } from '../../../../runtime/errors';
import type { EventDraft } from '../../../../runtime/events';
import {
  invalidInput,
  notFoundRefusal,
  payloadOf,
  Refusal,
  requireVersion,
  runMutation,
  type AuditedTarget,
  type MutationOutcome,
} from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { assertTransition, type GrievanceStatus } from '../domain';
import { Grievance } from '../entities/grievance.entity';
import { visibleGrievances } from '../visibility';
import { statusChanged } from './case-events';

/**
 * Acting on one case — moving, escalating, linking, recording its remedy, withdrawing it — always
 * takes the same steps inside one shared mutation run: find the case, check the caller may act on
 * it and holds its current version, change it, and audit the change. A concurrent change that
 * slips in between is caught by the version check MikroORM adds to the update.
 */
export interface CaseAction {
  /** The mutation's name, also the audit operation. */
  operation: string;
  /** Finds the case inside the transaction; `visibleCase` finds it by id among those the caller may see. */
  find(tx: EntityManager): Promise<Grievance | null>;
  notFound: Refusal;
  mayAct(principal: Principal, grievance: Grievance): boolean;
  /** What a caller who may not act reads; it may depend on the case (what kind of change it would be). */
  forbiddenMessage: string | ((grievance: Grievance) => string);
  expectedVersion?: number | null;
}

export type CaseOutcome = MutationOutcome<{ grievance: Grievance }>;

/**
 * What a change may say about its audit: by default one entry for the case in its country; a
 * change that concerns two jurisdictions (a transfer) names an entry for each, so both regulators
 * read it. And the events it tells the graph besides GRIEVANCE_STATUS_CHANGED, which every
 * change of status records by itself.
 */
export type CaseChange = void | { audited?: AuditedTarget[]; events?: EventDraft[] };

export const visibleCase = (context: Context, id: string) => (tx: EntityManager) =>
  tx.findOne(Grievance, { $and: [{ id }, visibleGrievances(context.principal)] });

/**
 * For the mutations ADMIN may also perform on a case's jurisdiction (relinking, withdrawing a
 * transfer request): an administrator finds any case by id, though it sees none in queries.
 */
export const caseInJurisdiction = (context: Context, id: string) => (tx: EntityManager) =>
  context.principal.role === 'ADMIN' ? tx.findOne(Grievance, { id }) : visibleCase(context, id)(tx);

export const caseNotFound = (id: string, field = ['id']) => notFoundRefusal('grievance', id, field);

export function actOnCase(
  context: Context,
  action: CaseAction,
  change: (tx: EntityManager, grievance: Grievance) => Promise<CaseChange> | CaseChange,
): Promise<CaseOutcome> {
  return runMutation(context, {
    operation: action.operation,
    async write(tx) {
      const grievance = await action.find(tx);
      if (!grievance) throw action.notFound;
      if (!action.mayAct(context.principal, grievance)) {
        const message = action.forbiddenMessage;
        throw forbidden(typeof message === 'string' ? message : message(grievance));
      }
      requireVersion('case', grievance.version, action.expectedVersion);
      const from = grievance.status;
      const changed = await change(tx, grievance);
      grievance.updatedAt = context.clock.now();
      const events = [...statusChanged(grievance, from), ...(changed?.events ?? [])];
      return { grievance, audited: changed?.audited ?? null, events };
    },
    audited: ({ grievance, audited }) =>
      audited ?? { target: `Grievance:${grievance.id}`, country: grievance.facilityCountry },
    events: ({ events }) => events,
    conflictMessage: 'The case changed while your change was being saved. Reload it and try again.',
  });
}

/** Refuses a move the lifecycle does not allow from the case's status. */
export function requireMove(grievance: Grievance, to: GrievanceStatus, field: string[]): void {
  const check = assertTransition(grievance.status, to);
  if (!check.ok) throw new Refusal('CONFLICT', check.message, field);
}

/** The case as the caller now sees it: as written, or unchanged beside a refusal; none when it was not found. */
export function caseAfter(context: Context, outcome: MutationOutcome<unknown>, id: string): Promise<Grievance | null> {
  const notFound = !outcome.ok && outcome.userErrors.some((error) => error.code === 'NOT_FOUND');
  return notFound ? Promise.resolve(null) : context.loaders.grievance.load(id);
}

/** GrievanceChangePayload: the case and the refusal, if any. */
export async function changePayload(context: Context, outcome: CaseOutcome, id: string) {
  const grievance = await caseAfter(context, outcome, id);
  return payloadOf(outcome, () => ({ grievance }), { grievance });
}

const MAX_NOTE = 5000;

/** A handler's note or a withdrawal reason: trimmed, absent when blank, at most 5,000 characters. */
export function checkedNote(note: string | null | undefined, summary: string, argument = 'note'): string | null {
  const trimmed = note?.trim();
  if (!trimmed) return null;
  if ([...trimmed].length > MAX_NOTE)
    invalidInput(summary, [{ path: [argument], message: `at most ${MAX_NOTE} characters` }]);
  return trimmed;
}
