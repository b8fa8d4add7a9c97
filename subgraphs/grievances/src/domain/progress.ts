/**
 * How a case's moves meet its deadlines: which move acknowledges it, which is the first
 * substantive response, and which completes each review step of a rapid-response style mechanism.
 * From that, the deadlines in force and the earliest unmet one (stored, so SQL can find overdue
 * cases with an indexed comparison instead of recomputing every case's rules).
 */
import { computeDeadlines, nextDeadline, type DeadlineRules, type GrievanceDeadlines } from './deadlines';
import type { GrievanceStatus } from './lifecycle';

/** What has happened so far; dates only, so it fits a JSON column and the entity alike. */
export type CaseProgress = {
  filedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  /** Completion time of each review step, by step name. */
  stepCompletions: Record<string, Date>;
};

/**
 * A finding, an investigation opened, a proposed remedy or a decision is the substantive
 * response the mechanisms require within their response period (LkSG §8: feedback on follow-up
 * measures; RRM: the determination after the review). Escalation is not: it hands the case on.
 */
export const RESPONSE_STATUSES: readonly GrievanceStatus[] = [
  'INVESTIGATING',
  'REMEDIATION_AGREED',
  'REMEDIATION_IN_PROGRESS',
  'NOT_SUBSTANTIATED',
  'RESOLVED',
];

/**
 * The statuses that complete each named review step (the step names of RAPID_RESPONSE_RULES).
 * The petition review ends with a decision to investigate, a remedy or a rejection; agreeing the
 * course of remediation ends with the remedy agreed; remediation ends when the case is resolved.
 * A mechanism with other step names keeps them open until the case closes.
 */
export const STEP_COMPLETED_BY: Readonly<Record<string, readonly GrievanceStatus[]>> = {
  REVIEW: ['INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'NOT_SUBSTANTIATED', 'RESOLVED'],
  REMEDIATION_AGREEMENT: ['REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED'],
  REMEDIATION: ['RESOLVED'],
};

/** The progress as a case stores it: review-step completions as ISO strings, in a JSON column. */
export type StoredProgress = {
  filedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  stepCompletions: Record<string, string> | null;
};

export function progressOf(stored: StoredProgress): CaseProgress {
  const completions = Object.entries(stored.stepCompletions ?? {}).map(([step, at]) => [step, new Date(at)] as const);
  return {
    filedAt: stored.filedAt,
    acknowledgedAt: stored.acknowledgedAt,
    respondedAt: stored.respondedAt,
    stepCompletions: Object.fromEntries(completions),
  };
}

export function storedCompletions(progress: CaseProgress): Record<string, string> {
  return Object.fromEntries(Object.entries(progress.stepCompletions).map(([step, at]) => [step, at.toISOString()]));
}

export function newProgress(filedAt: Date): CaseProgress {
  return { filedAt, acknowledgedAt: null, respondedAt: null, stepCompletions: {} };
}

/** The progress after a move to `to` at `at`. Earlier completions are kept: the first one counts. */
export function recordMove(progress: CaseProgress, rules: DeadlineRules, to: GrievanceStatus, at: Date): CaseProgress {
  const stepCompletions = { ...progress.stepCompletions };
  for (const step of rules.reviewSteps) {
    if (!stepCompletions[step.name] && STEP_COMPLETED_BY[step.name]?.includes(to)) stepCompletions[step.name] = at;
  }
  return {
    filedAt: progress.filedAt,
    // Any move out of RECEIVED acknowledges the case (see unmetDeadlines).
    acknowledgedAt: progress.acknowledgedAt ?? (to === 'RECEIVED' ? null : at),
    respondedAt: progress.respondedAt ?? (RESPONSE_STATUSES.includes(to) ? at : null),
    stepCompletions,
  };
}

export type DeadlineState = {
  deadlines: GrievanceDeadlines;
  /** Due date of the earliest unmet deadline; null when the case is closed or every deadline is met. */
  nextDueAt: Date | null;
};

export function deadlineState(
  rules: DeadlineRules,
  progress: CaseProgress,
  status: GrievanceStatus,
  now: Date,
): DeadlineState {
  const deadlines = computeDeadlines(rules, {
    filedAt: progress.filedAt,
    acknowledgedAt: progress.acknowledgedAt,
    stepCompletions: progress.stepCompletions,
  });
  const next = nextDeadline(deadlines, status, now, progress);
  return { deadlines, nextDueAt: next?.dueBy ?? null };
}
