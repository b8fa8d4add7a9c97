/**
 * Deadlines of a grievance. The rules belong to the mechanism the grievance is filed under (an
 * agreement's, else the statutory default of the facility's country; see vocabulary/grievance-rules)
 * and are copied onto the grievance at filing, so a later change to the agreement never moves the
 * deadlines of cases already running. All arithmetic is in UTC and keeps the time of day: "within
 * 7 days" of a filing at 14:05 UTC ends 7 days later at 14:05 UTC, to the millisecond.
 */
import {
  readStoredRules,
  type GrievanceRules,
  type MechanismStep,
  type Period,
  type StepKind,
} from '../../../../vocabulary/grievance-rules';
import type { DeadlineKind } from '../__generated__/resolvers-types';
import { isTerminalStatus, type GrievanceStatus } from './lifecycle';

export type { GrievanceRules, MechanismStep } from '../../../../vocabulary/grievance-rules';

export type StepDeadline = {
  name: string;
  kind: StepKind;
  dueBy: Date;
  completedAt?: Date;
  escalatesTo: MechanismStep['escalatesTo'];
};

export type GrievanceDeadlines = {
  acknowledgeBy: Date;
  respondBy: Date;
  /** The steps after acknowledgement and response (review, remediation), in order. */
  steps: StepDeadline[];
  /** Every step, in the mechanism's order. */
  schedule: StepDeadline[];
};

export type DeadlineProgress = {
  filedAt: Date;
  acknowledgedAt?: Date | null;
  respondedAt?: Date | null;
  /** Completion time of each review or remediation step, by step name. */
  stepCompletions?: Readonly<Record<string, Date | null | undefined>>;
};

/** Rules as stored on a case, in the current shape (cases filed before steps are read as steps). */
export function rulesOfCase(stored: GrievanceRules | unknown, country: string): GrievanceRules {
  const rules = stored as Partial<GrievanceRules> | null;
  return rules && Array.isArray(rules.steps) && Array.isArray(rules.retaliationSteps)
    ? (rules as GrievanceRules)
    : readStoredRules(stored, country);
}

export function addUtcDays(from: Date, count: number): Date {
  const result = new Date(from.getTime());
  result.setUTCDate(result.getUTCDate() + count);
  return result;
}

/** Calendar months; a day that does not exist in the target month clamps to its last day (31 Jan + 1 → 28/29 Feb). */
export function addUtcMonths(from: Date, count: number): Date {
  const result = new Date(from.getTime());
  const day = from.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + count);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Working days, Monday to Friday, keeping the time of day: each counted day is a weekday, so 5
 * working days from a Friday end on the next Friday and from a Saturday on the next Friday too.
 * Public holidays are not counted out.
 */
export function addUtcBusinessDays(from: Date, count: number): Date {
  const result = new Date(from.getTime());
  let remaining = count;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining--;
  }
  return result;
}

export function addPeriod(from: Date, period: Period): Date {
  if (period.unit === 'CALENDAR_MONTHS') return addUtcMonths(from, period.count);
  if (period.unit === 'BUSINESS_DAYS') return addUtcBusinessDays(from, period.count);
  return addUtcDays(from, period.count);
}

function completionOf(step: MechanismStep, progress: DeadlineProgress): Date | undefined {
  if (step.kind === 'ACKNOWLEDGE') return progress.acknowledgedAt ?? undefined;
  if (step.kind === 'RESPOND') return progress.respondedAt ?? undefined;
  return progress.stepCompletions?.[step.name] ?? undefined;
}

export function computeDeadlines(steps: readonly MechanismStep[], progress: DeadlineProgress): GrievanceDeadlines {
  const { filedAt } = progress;
  if (Number.isNaN(filedAt.getTime())) throw new RangeError('computeDeadlines: filedAt is not a valid date');
  const acknowledgeStep = steps.find((step) => step.kind === 'ACKNOWLEDGE');
  const acknowledgeBy = acknowledgeStep ? addPeriod(filedAt, acknowledgeStep.within) : filedAt;
  // A late acknowledgement must not buy the handler more time, so the clock starts at the earlier
  // of the acknowledgement and its deadline (HinSchG §17(2): "three months and seven days").
  const acknowledged = progress.acknowledgedAt ?? undefined;
  const ackAnchor = acknowledged && acknowledged < acknowledgeBy ? acknowledged : acknowledgeBy;

  const schedule: StepDeadline[] = [];
  for (const step of steps) {
    const previous = schedule[schedule.length - 1];
    // Until the previous step is done, the next one is projected from the previous due date:
    // the latest the clock can start if everybody uses their full time.
    const from =
      step.kind === 'ACKNOWLEDGE'
        ? filedAt
        : step.after === 'ACKNOWLEDGED'
          ? ackAnchor
          : step.after === 'PREVIOUS_STEP' && previous
            ? (previous.completedAt ?? previous.dueBy)
            : filedAt;
    const completedAt = completionOf(step, progress);
    schedule.push({
      name: step.name,
      kind: step.kind,
      dueBy: step.kind === 'ACKNOWLEDGE' ? acknowledgeBy : addPeriod(from, step.within),
      escalatesTo: step.escalatesTo,
      ...(completedAt ? { completedAt } : {}),
    });
  }
  const respondBy = schedule.find((step) => step.kind === 'RESPOND')?.dueBy ?? acknowledgeBy;
  const later = schedule.filter((step) => step.kind !== 'ACKNOWLEDGE' && step.kind !== 'RESPOND');
  return { acknowledgeBy, respondBy, steps: later, schedule };
}

export type { DeadlineKind };

export type UnmetDeadline = {
  kind: DeadlineKind;
  name: string;
  dueBy: Date;
  overdue: boolean;
  escalatesTo: MechanismStep['escalatesTo'];
};

export type DeadlinesMet = { acknowledgedAt?: Date | null; respondedAt?: Date | null };

const deadlineKind = (kind: StepKind): DeadlineKind =>
  kind === 'ACKNOWLEDGE' ? 'ACKNOWLEDGE' : kind === 'RESPOND' ? 'RESPOND' : 'REVIEW_STEP';

/**
 * Deadlines still to be met, earliest first (ties in the mechanism's order).
 * A closed case has none: nothing is left to act on, and its lateness lives in the timeline.
 * Any move out of RECEIVED counts as acknowledgement — escalating straight from receipt hands the
 * case to a body that answers the complainant itself. Exactly at `dueBy` is still on time.
 */
export function unmetDeadlines(
  deadlines: GrievanceDeadlines,
  status: GrievanceStatus,
  now: Date,
  met: DeadlinesMet = {},
): UnmetDeadline[] {
  if (isTerminalStatus(status)) return [];
  const unmet = deadlines.schedule.filter((step) =>
    step.kind === 'ACKNOWLEDGE'
      ? status === 'RECEIVED' && !met.acknowledgedAt
      : step.kind === 'RESPOND'
        ? !met.respondedAt
        : !step.completedAt,
  );
  return unmet
    .map((step, order) => ({
      kind: deadlineKind(step.kind),
      name: step.name,
      dueBy: step.dueBy,
      escalatesTo: step.escalatesTo,
      order,
      overdue: now.getTime() > step.dueBy.getTime(),
    }))
    .sort((a, b) => a.dueBy.getTime() - b.dueBy.getTime() || a.order - b.order)
    .map(({ order: _order, ...deadline }) => deadline);
}

/**
 * The earliest deadline not yet met — possibly already passed (then `overdue: true`), because a
 * missed deadline is the most urgent one — or null once the case is closed or all are met.
 */
export function nextDeadline(
  deadlines: GrievanceDeadlines,
  status: GrievanceStatus,
  now: Date,
  met: DeadlinesMet = {},
): UnmetDeadline | null {
  return unmetDeadlines(deadlines, status, now, met)[0] ?? null;
}

/**
 * Overdue when, at `now`: the grievance is unacknowledged after its acknowledgement deadline, or
 * open without a response after its response deadline, or a later step is past due and not
 * completed. `respondedAt` is the first substantive feedback to the complainant (a finding, a
 * proposed remedy, a decision).
 */
export function isOverdue(
  deadlines: GrievanceDeadlines,
  status: GrievanceStatus,
  acknowledgedAt: Date | null | undefined,
  respondedAt: Date | null | undefined,
  now: Date,
): boolean {
  return unmetDeadlines(deadlines, status, now, { acknowledgedAt, respondedAt }).some((d) => d.overdue);
}
