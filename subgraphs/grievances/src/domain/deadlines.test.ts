import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  RAPID_RESPONSE_RULES,
  addUtcMonths,
  computeDeadlines,
  deadlineRulesSchema,
  isOverdue,
  nextDeadline,
  unmetDeadlines,
  type DeadlineRules,
} from './deadlines';

const at = (iso: string) => new Date(iso);
const plusMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
const filedAt = at('2025-01-10T14:05:00.000Z');
const SIMPLE: DeadlineRules = { mechanism: 'TEST', acknowledgeWithinDays: 7, respondWithinDays: 90, reviewSteps: [] };

describe('computing deadlines', () => {
  it('gives acknowledgement 7 days after filing, to the millisecond, in UTC', () => {
    expect(computeDeadlines(DEFAULT_RULES, { filedAt }).acknowledgeBy).toEqual(at('2025-01-17T14:05:00.000Z'));
  });

  it('counts the default response period as three calendar months from the acknowledgement', () => {
    const acknowledgedAt = at('2025-01-12T09:00:00.000Z');
    expect(computeDeadlines(DEFAULT_RULES, { filedAt, acknowledgedAt }).respondBy).toEqual(
      at('2025-04-12T09:00:00.000Z'),
    );
  });

  it('counts the response period from the acknowledgement deadline when nobody acknowledged', () => {
    expect(computeDeadlines(DEFAULT_RULES, { filedAt }).respondBy).toEqual(at('2025-04-17T14:05:00.000Z'));
  });

  it('gives a late acknowledgement no extra time to respond', () => {
    const acknowledgedAt = at('2025-02-01T00:00:00.000Z');
    expect(computeDeadlines(DEFAULT_RULES, { filedAt, acknowledgedAt }).respondBy).toEqual(
      at('2025-04-17T14:05:00.000Z'),
    );
  });

  it('clamps calendar months to the end of a shorter month, leap years included', () => {
    expect(addUtcMonths(at('2024-11-30T10:00:00Z'), 3)).toEqual(at('2025-02-28T10:00:00Z'));
    expect(addUtcMonths(at('2023-11-30T10:00:00Z'), 3)).toEqual(at('2024-02-29T10:00:00Z'));
    expect(addUtcMonths(at('2025-10-31T23:59:59Z'), 3)).toEqual(at('2026-01-31T23:59:59Z'));
  });

  it('counts plain days from filing when a mechanism gives its response period in days', () => {
    expect(computeDeadlines(SIMPLE, { filedAt }).respondBy).toEqual(at('2025-04-10T14:05:00.000Z'));
  });

  it('chains the Rapid Response steps: 30 days review, then 10 to agree, then 45 to remediate', () => {
    const { steps, respondBy } = computeDeadlines(RAPID_RESPONSE_RULES, { filedAt });
    expect(respondBy).toEqual(at('2025-02-09T14:05:00.000Z'));
    expect(steps.map((s) => [s.name, s.dueBy.toISOString()])).toEqual([
      ['REVIEW', '2025-02-09T14:05:00.000Z'],
      ['REMEDIATION_AGREEMENT', '2025-02-19T14:05:00.000Z'],
      ['REMEDIATION', '2025-04-05T14:05:00.000Z'],
    ]);
  });

  it('starts the next step from the actual completion of the previous one', () => {
    const stepCompletions = { REVIEW: at('2025-01-20T08:00:00.000Z') };
    const { steps } = computeDeadlines(RAPID_RESPONSE_RULES, { filedAt, stepCompletions });
    expect(steps[0].completedAt).toEqual(stepCompletions.REVIEW);
    expect(steps[1]).toEqual({ name: 'REMEDIATION_AGREEMENT', dueBy: at('2025-01-30T08:00:00.000Z') });
    expect(steps[2].dueBy).toEqual(at('2025-03-16T08:00:00.000Z'));
  });

  it('counts a step placed after acknowledgement from the acknowledgement', () => {
    const rules: DeadlineRules = {
      ...SIMPLE,
      reviewSteps: [{ name: 'TRIAGE', withinDays: 14, after: 'ACKNOWLEDGED' }],
    };
    const acknowledgedAt = at('2025-01-11T00:00:00.000Z');
    expect(computeDeadlines(rules, { filedAt, acknowledgedAt }).steps[0].dueBy).toEqual(at('2025-01-25T00:00:00.000Z'));
  });

  it('refuses an invalid filing date rather than producing Invalid Date deadlines', () => {
    expect(() => computeDeadlines(SIMPLE, { filedAt: new Date('nope') })).toThrow(RangeError);
  });

  it('validates rules read back from storage, including unique step names', () => {
    expect(deadlineRulesSchema.safeParse(RAPID_RESPONSE_RULES).success).toBe(true);
    expect(deadlineRulesSchema.safeParse(DEFAULT_RULES).success).toBe(true);
    const twice = {
      ...SIMPLE,
      reviewSteps: [
        { name: 'A', withinDays: 1, after: 'FILED' },
        { name: 'A', withinDays: 1, after: 'FILED' },
      ],
    };
    expect(deadlineRulesSchema.safeParse(twice).success).toBe(false);
    expect(deadlineRulesSchema.safeParse({ ...SIMPLE, acknowledgeWithinDays: -1 }).success).toBe(false);
  });
});

describe('overdue', () => {
  const deadlines = computeDeadlines(SIMPLE, { filedAt });

  it('is not overdue exactly at the acknowledgement deadline, and is one millisecond later', () => {
    expect(isOverdue(deadlines, 'RECEIVED', null, null, deadlines.acknowledgeBy)).toBe(false);
    expect(isOverdue(deadlines, 'RECEIVED', null, null, plusMs(deadlines.acknowledgeBy, 1))).toBe(true);
  });

  it('is not overdue past the acknowledgement deadline once acknowledged', () => {
    const late = plusMs(deadlines.acknowledgeBy, 1);
    expect(isOverdue(deadlines, 'RECEIVED', at('2025-01-11T00:00:00Z'), null, late)).toBe(false);
    expect(isOverdue(deadlines, 'ACKNOWLEDGED', null, null, late)).toBe(false);
  });

  it('is overdue one millisecond after the response deadline while the case is open', () => {
    expect(isOverdue(deadlines, 'INVESTIGATING', filedAt, null, deadlines.respondBy)).toBe(false);
    expect(isOverdue(deadlines, 'INVESTIGATING', filedAt, null, plusMs(deadlines.respondBy, 1))).toBe(true);
    expect(isOverdue(deadlines, 'ESCALATED', filedAt, null, plusMs(deadlines.respondBy, 1))).toBe(true);
  });

  it('is not overdue after the response deadline once the complainant had a response', () => {
    const respondedAt = at('2025-03-01T00:00:00Z');
    expect(isOverdue(deadlines, 'REMEDIATION_IN_PROGRESS', filedAt, respondedAt, plusMs(deadlines.respondBy, 1))).toBe(
      false,
    );
  });

  it('is never overdue once the case is closed', () => {
    const muchLater = at('2030-01-01T00:00:00Z');
    for (const status of ['RESOLVED', 'NOT_SUBSTANTIATED', 'WITHDRAWN'] as const) {
      expect(isOverdue(deadlines, status, null, null, muchLater)).toBe(false);
    }
  });

  it('is overdue when a review step passes its due date uncompleted, and not once it is completed', () => {
    const rrm = computeDeadlines(RAPID_RESPONSE_RULES, { filedAt, acknowledgedAt: filedAt });
    const review = rrm.steps[0].dueBy;
    const respondedAt = filedAt; // isolate the step from the response deadline
    expect(isOverdue(rrm, 'UNDER_REVIEW', filedAt, respondedAt, review)).toBe(false);
    expect(isOverdue(rrm, 'UNDER_REVIEW', filedAt, respondedAt, plusMs(review, 1))).toBe(true);
    const done = computeDeadlines(RAPID_RESPONSE_RULES, { filedAt, stepCompletions: { REVIEW: review } });
    expect(isOverdue(done, 'UNDER_REVIEW', filedAt, respondedAt, plusMs(review, 1))).toBe(false);
  });
});

describe('next deadline', () => {
  const deadlines = computeDeadlines(RAPID_RESPONSE_RULES, { filedAt });

  it('is the acknowledgement while the grievance is only received', () => {
    expect(nextDeadline(deadlines, 'RECEIVED', filedAt)).toEqual({
      kind: 'ACKNOWLEDGE',
      name: 'ACKNOWLEDGE',
      dueBy: deadlines.acknowledgeBy,
      overdue: false,
    });
  });

  it('moves on to the response once acknowledged, preferring it over a step due the same instant', () => {
    expect(nextDeadline(deadlines, 'UNDER_REVIEW', filedAt)).toMatchObject({
      kind: 'RESPOND',
      dueBy: deadlines.respondBy,
    });
  });

  it('moves to the next uncompleted step once responded', () => {
    const progressed = computeDeadlines(RAPID_RESPONSE_RULES, {
      filedAt,
      stepCompletions: { REVIEW: at('2025-02-01T00:00:00Z') },
    });
    expect(
      nextDeadline(progressed, 'INVESTIGATING', filedAt, { respondedAt: at('2025-02-01T00:00:00Z') }),
    ).toMatchObject({
      kind: 'REVIEW_STEP',
      name: 'REMEDIATION_AGREEMENT',
      dueBy: at('2025-02-11T00:00:00Z'),
    });
  });

  it('keeps reporting a missed deadline, flagged overdue, until it is met', () => {
    const later = plusMs(deadlines.acknowledgeBy, 1);
    expect(nextDeadline(deadlines, 'RECEIVED', later)).toMatchObject({ kind: 'ACKNOWLEDGE', overdue: true });
  });

  it('is null once the case is closed or everything is met', () => {
    expect(nextDeadline(deadlines, 'RESOLVED', filedAt)).toBeNull();
    const none = computeDeadlines(SIMPLE, { filedAt });
    expect(nextDeadline(none, 'REMEDIATION_IN_PROGRESS', filedAt, { respondedAt: filedAt })).toBeNull();
  });

  it('lists every unmet deadline earliest first', () => {
    expect(unmetDeadlines(deadlines, 'RECEIVED', filedAt).map((d) => d.name)).toEqual([
      'ACKNOWLEDGE',
      'RESPOND',
      'REVIEW',
      'REMEDIATION_AGREEMENT',
      'REMEDIATION',
    ]);
  });
});
