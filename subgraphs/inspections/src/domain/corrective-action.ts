import {
  VerificationDecision,
  type CorrectiveActionStatus,
  type FindingStatus,
} from '../__generated__/resolvers-types';
import { earliestTodayOnEarth, startOfUtcDay } from './calendar';

/**
 * Corrective action lifecycle (after SMETA / amfori corrective action plan practice):
 *
 *   PLANNED ─▶ IN_PROGRESS ─▶ COMPLETED ─▶ VERIFIED   (final)
 *      └───────────────────────▲    └────▶ REJECTED ─▶ IN_PROGRESS
 *
 * - COMPLETED is the facility's claim; VERIFIED and REJECTED are a verifier's answer (the
 *   auditor or inspector, from evidence or a follow-up visit). Recording VERIFIED needs who.
 * - PLANNED → COMPLETED is allowed: some fixes (unlocking an emergency exit) are done the day
 *   they are planned. They still have to be verified.
 * - REJECTED means the fix was not good enough, so work resumes; it is never final.
 * - VERIFIED is final: a recurrence is a new finding of a new inspection, not a reopened action.
 * - Staying in the same status is not a transition (retries are handled by idempotency keys).
 */
export const CORRECTIVE_ACTION_TRANSITIONS: Readonly<
  Record<CorrectiveActionStatus, readonly CorrectiveActionStatus[]>
> = {
  PLANNED: ['IN_PROGRESS', 'COMPLETED'],
  IN_PROGRESS: ['COMPLETED'],
  COMPLETED: ['VERIFIED', 'REJECTED'],
  REJECTED: ['IN_PROGRESS'],
  VERIFIED: [],
};

/** Statuses only a verifier (not the facility) may set (`verifyCorrectiveAction`); the mutation checks who. */
export const VERIFIER_DECISIONS: readonly CorrectiveActionStatus[] = Object.values(VerificationDecision);

/** A due date does not make these overdue: the facility has done its part. */
export const OVERDUE_EXEMPT_STATUSES = ['COMPLETED', 'VERIFIED'] as const satisfies readonly CorrectiveActionStatus[];

export function canTransitionCorrectiveAction(from: CorrectiveActionStatus, to: CorrectiveActionStatus): boolean {
  return CORRECTIVE_ACTION_TRANSITIONS[from].includes(to);
}

export interface CorrectiveActionChanges {
  status: CorrectiveActionStatus;
  verifiedBy: string | null;
  /** The instant of verification; the GraphQL `Date` field shows its day. */
  verifiedOn: Date | null;
}

export type CorrectiveActionTransition =
  { ok: true; changes: CorrectiveActionChanges } | { ok: false; message: string };

/**
 * Checks a status change and returns the fields to write. `by` identifies the verifier and is
 * required when moving to VERIFIED.
 */
export function transitionCorrectiveAction(
  action: { status: CorrectiveActionStatus },
  to: CorrectiveActionStatus,
  context: { now: Date; by?: string | null },
): CorrectiveActionTransition {
  const from = action.status;
  if (!canTransitionCorrectiveAction(from, to)) {
    const allowed = CORRECTIVE_ACTION_TRANSITIONS[from];
    const hint = allowed.length === 0 ? `${from} is final` : `from ${from} it can move to ${allowed.join(' or ')}`;
    return { ok: false, message: `A corrective action cannot move from ${from} to ${to}: ${hint}.` };
  }
  if (to === 'VERIFIED') {
    const by = context.by?.trim();
    if (!by) return { ok: false, message: 'Verifying a corrective action requires the verifier (by).' };
    return { ok: true, changes: { status: to, verifiedBy: by, verifiedOn: context.now } };
  }
  return { ok: true, changes: { status: to, verifiedBy: null, verifiedOn: null } };
}

/**
 * Overdue: the due day has ended everywhere on earth (so no facility is flagged while its own
 * due day is still running) and the action is neither COMPLETED nor VERIFIED. A REJECTED action
 * can be overdue: its work is not done.
 * SQL equivalent: due_on < date(now - 12 hours) AND status NOT IN ('COMPLETED', 'VERIFIED').
 */
export function isOverdue(action: { dueOn: Date; status: CorrectiveActionStatus }, now: Date): boolean {
  if ((OVERDUE_EXEMPT_STATUSES as readonly CorrectiveActionStatus[]).includes(action.status)) return false;
  return startOfUtcDay(action.dueOn).getTime() < earliestTodayOnEarth(now).getTime();
}

const WORK_STARTED: readonly CorrectiveActionStatus[] = ['IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'REJECTED'];

/**
 * The status a finding takes from its corrective actions, applied after any action changes:
 * 1. no actions → unchanged (findings without a plan, e.g. observations, are set by hand);
 * 2. every action VERIFIED → VERIFIED, also from DISPUTED: verified remediation settles it;
 * 3. DISPUTED stays DISPUTED otherwise: a dispute is decided by the inspector, not the plan;
 * 4. every action COMPLETED or VERIFIED → REMEDIATED (awaiting verification);
 * 5. any work started (IN_PROGRESS, COMPLETED, VERIFIED, REJECTED) → IN_PROGRESS;
 * 6. everything still PLANNED → OPEN.
 */
export function findingStatusAfterCorrectiveActions(
  current: FindingStatus,
  actionStatuses: readonly CorrectiveActionStatus[],
): FindingStatus {
  if (actionStatuses.length === 0) return current;
  if (actionStatuses.every((s) => s === 'VERIFIED')) return 'VERIFIED';
  if (current === 'DISPUTED') return 'DISPUTED';
  if (actionStatuses.every((s) => s === 'COMPLETED' || s === 'VERIFIED')) return 'REMEDIATED';
  if (actionStatuses.some((s) => WORK_STARTED.includes(s))) return 'IN_PROGRESS';
  return 'OPEN';
}
