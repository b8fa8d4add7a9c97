/**
 * Deadlines of a grievance. The rules belong to the mechanism (agreement) the grievance is filed
 * under and are copied onto the grievance at filing time, so a later change to the agreement never
 * moves the deadlines of cases already running. All arithmetic is in UTC and keeps the time of day:
 * "within 7 days" of a filing at 14:05 UTC ends 7 days later at 14:05 UTC, to the millisecond.
 */
import { z } from 'zod';
import type { DeadlineKind } from '../__generated__/resolvers-types';
import { isTerminalStatus, type GrievanceStatus } from './lifecycle';

export type DeadlineAnchor = 'FILED' | 'PREVIOUS_STEP' | 'ACKNOWLEDGED';

export type ReviewStepRule = { name: string; withinDays: number; after: DeadlineAnchor };

export type DeadlineRules = {
  mechanism: string;
  acknowledgeWithinDays: number;
  /** Used when `respondWithinMonths` is absent; also the approximate figure for display. */
  respondWithinDays: number;
  /** Calendar months, for rules written in months ("within three months"); wins over days. */
  respondWithinMonths?: number;
  /** What the response clock counts from; FILED when absent. */
  respondAfter?: 'FILED' | 'ACKNOWLEDGED';
  reviewSteps: ReviewStepRule[];
};

export type StepDeadline = { name: string; dueBy: Date; completedAt?: Date };

export type GrievanceDeadlines = { acknowledgeBy: Date; respondBy: Date; steps: StepDeadline[] };

export type DeadlineProgress = {
  filedAt: Date;
  acknowledgedAt?: Date | null;
  /** Completion time of each review step, by step name. */
  stepCompletions?: Readonly<Record<string, Date | null | undefined>>;
};

/**
 * LkSG §8 and whistleblower practice (EU Directive 2019/1937 Art. 9(1)(b),(f); HinSchG §17):
 * acknowledge within 7 days; give feedback within three months of the acknowledgement or, if none
 * was sent, of the end of the 7-day period. The law says "three months", so we count calendar
 * months (`respondWithinMonths`) rather than 90 days — 90 days would end up to 2 days early.
 */
export const DEFAULT_RULES: DeadlineRules = {
  mechanism: 'LKSG_COMPLAINTS_PROCEDURE',
  acknowledgeWithinDays: 7,
  respondWithinDays: 90,
  respondWithinMonths: 3,
  respondAfter: 'ACKNOWLEDGED',
  reviewSteps: [],
};

/**
 * USMCA Rapid Response Labor Mechanism (Annex 31-A), simplified: 30 days to review the petition,
 * then 10 days to agree a course of remediation, then 45 days to carry it out. The petition
 * review is the substantive response. The Annex sets no acknowledgement period; 7 days is ours.
 */
export const RAPID_RESPONSE_RULES: DeadlineRules = {
  mechanism: 'USMCA_RAPID_RESPONSE',
  acknowledgeWithinDays: 7,
  respondWithinDays: 30,
  reviewSteps: [
    { name: 'REVIEW', withinDays: 30, after: 'FILED' },
    { name: 'REMEDIATION_AGREEMENT', withinDays: 10, after: 'PREVIOUS_STEP' },
    { name: 'REMEDIATION', withinDays: 45, after: 'PREVIOUS_STEP' },
  ],
};

const days = z.number().int().min(0).max(3650);

/** For rules read back from an agreement or a JSON column: shape, ranges and unique step names. */
export const deadlineRulesSchema = z.object({
  mechanism: z.string().trim().min(1).max(100),
  acknowledgeWithinDays: days,
  respondWithinDays: days,
  respondWithinMonths: z.number().int().min(0).max(120).optional(),
  respondAfter: z.enum(['FILED', 'ACKNOWLEDGED']).optional(),
  reviewSteps: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(100),
        withinDays: days,
        after: z.enum(['FILED', 'PREVIOUS_STEP', 'ACKNOWLEDGED']),
      }),
    )
    .max(20)
    .refine((steps) => new Set(steps.map((s) => s.name)).size === steps.length, 'review step names must be unique'),
}) satisfies z.ZodType<DeadlineRules>;

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

export function computeDeadlines(rules: DeadlineRules, progress: DeadlineProgress): GrievanceDeadlines {
  const { filedAt } = progress;
  if (Number.isNaN(filedAt.getTime())) throw new RangeError('computeDeadlines: filedAt is not a valid date');
  const acknowledgeBy = addUtcDays(filedAt, rules.acknowledgeWithinDays);
  // A late acknowledgement must not buy the handler more time, so the clock starts at the earlier
  // of the acknowledgement and its deadline (HinSchG §17(2): "three months and seven days").
  const acknowledged = progress.acknowledgedAt ?? undefined;
  const ackAnchor = acknowledged && acknowledged < acknowledgeBy ? acknowledged : acknowledgeBy;

  const respondFrom = rules.respondAfter === 'ACKNOWLEDGED' ? ackAnchor : filedAt;
  const respondBy =
    rules.respondWithinMonths !== undefined
      ? addUtcMonths(respondFrom, rules.respondWithinMonths)
      : addUtcDays(respondFrom, rules.respondWithinDays);

  const steps: StepDeadline[] = [];
  for (const rule of rules.reviewSteps) {
    const previous = steps[steps.length - 1];
    // Until the previous step is done, the next one is projected from the previous due date:
    // the latest the clock can start if everybody uses their full time.
    const from =
      rule.after === 'ACKNOWLEDGED'
        ? ackAnchor
        : rule.after === 'PREVIOUS_STEP' && previous
          ? (previous.completedAt ?? previous.dueBy)
          : filedAt;
    const completedAt = progress.stepCompletions?.[rule.name] ?? undefined;
    steps.push({ name: rule.name, dueBy: addUtcDays(from, rule.withinDays), ...(completedAt ? { completedAt } : {}) });
  }
  return { acknowledgeBy, respondBy, steps };
}

export type { DeadlineKind };

export type UnmetDeadline = { kind: DeadlineKind; name: string; dueBy: Date; overdue: boolean };

export type DeadlinesMet = { acknowledgedAt?: Date | null; respondedAt?: Date | null };

/**
 * Deadlines still to be met, earliest first (ties: acknowledge, respond, then steps in order).
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
  const unmet: Omit<UnmetDeadline, 'overdue'>[] = [];
  if (status === 'RECEIVED' && !met.acknowledgedAt) {
    unmet.push({ kind: 'ACKNOWLEDGE', name: 'ACKNOWLEDGE', dueBy: deadlines.acknowledgeBy });
  }
  if (!met.respondedAt) unmet.push({ kind: 'RESPOND', name: 'RESPOND', dueBy: deadlines.respondBy });
  for (const step of deadlines.steps) {
    if (!step.completedAt) unmet.push({ kind: 'REVIEW_STEP', name: step.name, dueBy: step.dueBy });
  }
  return unmet
    .map((deadline, order) => ({ ...deadline, order, overdue: now.getTime() > deadline.dueBy.getTime() }))
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
 * Overdue when, at `now`: the grievance is unacknowledged after `acknowledgeBy`, or open without
 * a response after `respondBy`, or a review step is past due and not completed. `respondedAt` is
 * the first substantive feedback to the complainant (a finding, a proposed remedy, a decision).
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
