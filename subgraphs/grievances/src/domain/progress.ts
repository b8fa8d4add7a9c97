/**
 * How a case's moves meet its deadlines: which move acknowledges it, which is the first
 * substantive response, and which completes each review step of a rapid-response style mechanism.
 * From that, the deadlines in force and the earliest unmet one (stored, so SQL can find overdue
 * cases with an indexed comparison instead of recomputing every case's rules).
 */
import {
  computeDeadlines,
  nextDeadline,
  rulesOfCase,
  unmetDeadlines,
  type GrievanceDeadlines,
  type GrievanceRules,
  type MechanismStep,
} from './deadlines';
import type { GrievanceStatus } from './lifecycle';

/** What has happened so far; dates only, so it fits a JSON column and the entity alike. */
export type CaseProgress = {
  filedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  /** Completion time of each review step, by step name. */
  stepCompletions: Record<string, Date>;
  /** A retaliation case runs on the mechanism's urgent track. */
  urgent: boolean;
  /** When each missed step was escalated, by step name: the escalation job acts on a step once. */
  escalations: Record<string, Date>;
  /** The facility's country: the statutory rules of cases stored before rules named their steps. */
  country: string;
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
 * The statuses that complete a review or remediation step: a review ends with a decision to
 * investigate, a remedy or a rejection; agreeing a course of remediation (a step so named) ends
 * with the remedy agreed; remediation ends when the case is resolved.
 */
export const STEP_COMPLETED_BY: Readonly<Record<string, readonly GrievanceStatus[]>> = {
  REVIEW: RESPONSE_STATUSES,
  REMEDIATION_AGREEMENT: ['REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED'],
  REMEDIATION: ['RESOLVED'],
};

const completedBy = (step: MechanismStep): readonly GrievanceStatus[] =>
  STEP_COMPLETED_BY[step.name] ?? (step.kind === 'REMEDIATION' ? ['RESOLVED'] : RESPONSE_STATUSES);

/** The steps a case runs on: the urgent track for a retaliation case, the mechanism's steps otherwise. */
export function caseSteps(rules: GrievanceRules, urgent: boolean): MechanismStep[] {
  return urgent ? rules.retaliationSteps : rules.steps;
}

/** The progress as a case stores it: review-step completions as ISO strings, in a JSON column. */
export type StoredProgress = {
  filedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  stepCompletions: Record<string, string> | null;
  retaliationOf?: string | null;
  escalations?: Record<string, string> | null;
  facilityCountry: string;
};

const dates = (stored: Record<string, string> | null | undefined) =>
  Object.fromEntries(Object.entries(stored ?? {}).map(([step, at]) => [step, new Date(at)] as const));

export function progressOf(stored: StoredProgress): CaseProgress {
  return {
    filedAt: stored.filedAt,
    acknowledgedAt: stored.acknowledgedAt,
    respondedAt: stored.respondedAt,
    stepCompletions: dates(stored.stepCompletions),
    urgent: Boolean(stored.retaliationOf),
    escalations: dates(stored.escalations),
    country: stored.facilityCountry,
  };
}

export function storedCompletions(progress: CaseProgress): Record<string, string> {
  return Object.fromEntries(Object.entries(progress.stepCompletions).map(([step, at]) => [step, at.toISOString()]));
}

export function newProgress(filedAt: Date, country: string, urgent = false): CaseProgress {
  return { filedAt, acknowledgedAt: null, respondedAt: null, stepCompletions: {}, urgent, escalations: {}, country };
}

/** The progress after a move to `to` at `at`. Earlier completions are kept: the first one counts. */
export function recordMove(
  progress: CaseProgress,
  stored: GrievanceRules,
  to: GrievanceStatus,
  at: Date,
): CaseProgress {
  const stepCompletions = { ...progress.stepCompletions };
  for (const step of caseSteps(rulesOfCase(stored, progress.country), progress.urgent)) {
    if (step.kind === 'ACKNOWLEDGE' || step.kind === 'RESPOND') continue;
    if (!stepCompletions[step.name] && completedBy(step).includes(to)) stepCompletions[step.name] = at;
  }
  return {
    ...progress,
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
  /**
   * Due date of the earliest unmet deadline the escalation job has not acted on yet: the job finds
   * the cases it must act on with an indexed comparison against it.
   */
  nextEscalationAt: Date | null;
};

export function deadlineState(
  stored: GrievanceRules,
  progress: CaseProgress,
  status: GrievanceStatus,
  now: Date,
): DeadlineState {
  const steps = caseSteps(rulesOfCase(stored, progress.country), progress.urgent);
  const deadlines = computeDeadlines(steps, progress);
  const next = nextDeadline(deadlines, status, now, progress);
  const pending = unmetDeadlines(deadlines, status, now, progress).find((step) => !progress.escalations[step.name]);
  return { deadlines, nextDueAt: next?.dueBy ?? null, nextEscalationAt: pending?.dueBy ?? null };
}
