import { describe, expect, it } from 'vitest';
import {
  USMCA_RAPID_RESPONSE_STEPS,
  grievanceRulesSchema,
  mechanismSteps,
  statutoryRules,
  type MechanismStep,
} from '../../../../vocabulary/grievance-rules';
import {
  addUtcBusinessDays,
  addUtcMonths,
  computeDeadlines,
  isOverdue,
  nextDeadline,
  rulesOfCase,
  unmetDeadlines,
} from './deadlines';

const { step, days, businessDays } = mechanismSteps;
const at = (iso: string) => new Date(iso);
const plusMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
const filedAt = at('2025-01-10T14:05:00.000Z');
const LKSG = statutoryRules('DE').steps;
const SIMPLE: MechanismStep[] = [step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7)), step('RESPOND', 'RESPOND', days(90))];
const RRM = USMCA_RAPID_RESPONSE_STEPS;
const iso = (list: { name: string; dueBy: Date }[]) => list.map((s) => [s.name, s.dueBy.toISOString()]);

describe('computing deadlines', () => {
  it('gives acknowledgement 7 days after filing, to the millisecond, in UTC', () => {
    expect(computeDeadlines(LKSG, { filedAt }).acknowledgeBy).toEqual(at('2025-01-17T14:05:00.000Z'));
  });

  it('counts the German response period as three calendar months from the acknowledgement', () => {
    const acknowledgedAt = at('2025-01-12T09:00:00.000Z');
    expect(computeDeadlines(LKSG, { filedAt, acknowledgedAt }).respondBy).toEqual(at('2025-04-12T09:00:00.000Z'));
  });

  it('counts the response period from the acknowledgement deadline when nobody acknowledged', () => {
    expect(computeDeadlines(LKSG, { filedAt }).respondBy).toEqual(at('2025-04-17T14:05:00.000Z'));
  });

  it('gives a late acknowledgement no extra time to respond', () => {
    const acknowledgedAt = at('2025-02-01T00:00:00.000Z');
    expect(computeDeadlines(LKSG, { filedAt, acknowledgedAt }).respondBy).toEqual(at('2025-04-17T14:05:00.000Z'));
  });

  it('clamps calendar months to the end of a shorter month, leap years included', () => {
    expect(addUtcMonths(at('2024-11-30T10:00:00Z'), 3)).toEqual(at('2025-02-28T10:00:00Z'));
    expect(addUtcMonths(at('2023-11-30T10:00:00Z'), 3)).toEqual(at('2024-02-29T10:00:00Z'));
    expect(addUtcMonths(at('2025-10-31T23:59:59Z'), 3)).toEqual(at('2026-01-31T23:59:59Z'));
  });

  it('counts working days Monday to Friday, keeping the time of day', () => {
    // Friday + 5 working days is the next Friday; Saturday + 1 is Monday; Wednesday + 3 is Monday.
    expect(addUtcBusinessDays(at('2026-12-04T10:00:00Z'), 5)).toEqual(at('2026-12-11T10:00:00Z'));
    expect(addUtcBusinessDays(at('2026-12-05T10:00:00Z'), 1)).toEqual(at('2026-12-07T10:00:00Z'));
    expect(addUtcBusinessDays(at('2026-12-02T23:30:00Z'), 3)).toEqual(at('2026-12-07T23:30:00Z'));
  });

  it("runs China's inspectorate on working days: 5 to open the case, then 60 from the opening", () => {
    const monday = at('2026-11-30T08:00:00Z');
    const { acknowledgeBy, respondBy } = computeDeadlines(statutoryRules('CN').steps, {
      filedAt: monday,
      acknowledgedAt: at('2026-12-02T08:00:00Z'),
    });
    expect(acknowledgeBy).toEqual(at('2026-12-07T08:00:00Z'));
    // 60 working days from Wednesday 2 December are twelve weeks: Wednesday 24 February.
    expect(respondBy).toEqual(at('2027-02-24T08:00:00Z'));
  });

  it('counts plain days from filing when a mechanism gives its response period in days', () => {
    expect(computeDeadlines(SIMPLE, { filedAt }).respondBy).toEqual(at('2025-04-10T14:05:00.000Z'));
  });

  it('follows USMCA Annex 31-A day by day: 10 days to agree to review, 45 from the request to review, then remediation', () => {
    const { acknowledgeBy, respondBy, schedule } = computeDeadlines(RRM, { filedAt });
    expect(acknowledgeBy).toEqual(at('2025-01-20T14:05:00.000Z'));
    expect(respondBy).toEqual(at('2025-02-24T14:05:00.000Z'));
    expect(iso(schedule)).toEqual([
      ['NOTICE_OF_REVIEW', '2025-01-20T14:05:00.000Z'],
      ['REVIEW', '2025-02-24T14:05:00.000Z'],
      ['REMEDIATION_AGREEMENT', '2025-03-06T14:05:00.000Z'],
      ['REMEDIATION', '2025-04-20T14:05:00.000Z'],
    ]);
    expect(schedule.every((s) => s.escalatesTo === 'SECRETARIAT')).toBe(true);
  });

  it('starts the next step from the actual completion of the previous one', () => {
    const review = at('2025-02-01T08:00:00.000Z');
    const stepCompletions = { REMEDIATION_AGREEMENT: at('2025-02-05T08:00:00.000Z') };
    const { steps } = computeDeadlines(RRM, { filedAt, respondedAt: review, stepCompletions });
    expect(steps[0]).toMatchObject({ name: 'REMEDIATION_AGREEMENT', dueBy: at('2025-02-11T08:00:00.000Z') });
    expect(steps[1]).toMatchObject({ name: 'REMEDIATION', dueBy: at('2025-03-22T08:00:00.000Z') });
  });

  it('counts a step placed after acknowledgement from the acknowledgement', () => {
    const rules = [...SIMPLE, step('TRIAGE', 'REVIEW', days(14), { after: 'ACKNOWLEDGED' })];
    const acknowledgedAt = at('2025-01-11T00:00:00.000Z');
    expect(computeDeadlines(rules, { filedAt, acknowledgedAt }).steps[0].dueBy).toEqual(at('2025-01-25T00:00:00.000Z'));
  });

  it('refuses an invalid filing date rather than producing Invalid Date deadlines', () => {
    expect(() => computeDeadlines(SIMPLE, { filedAt: new Date('nope') })).toThrow(RangeError);
  });

  it('validates rules read back from storage: one acknowledgement, one response, unique names', () => {
    const rules = statutoryRules('BD');
    expect(grievanceRulesSchema.safeParse(rules).success).toBe(true);
    expect(grievanceRulesSchema.safeParse({ ...rules, steps: [...rules.steps, rules.steps[1]] }).success).toBe(false);
    expect(grievanceRulesSchema.safeParse({ ...rules, steps: [rules.steps[1]] }).success).toBe(false);
    const negative = step('RESPOND', 'RESPOND', days(-1));
    expect(grievanceRulesSchema.safeParse({ ...rules, steps: [rules.steps[0], negative] }).success).toBe(false);
  });

  it('reads rules stored before mechanisms named their steps as steps', () => {
    const stored = {
      mechanism: 'OLD',
      acknowledgeWithinDays: 5,
      respondWithinDays: 90,
      respondWithinMonths: 3,
      respondAfter: 'ACKNOWLEDGED',
      reviewSteps: [{ name: 'REMEDIATION', withinDays: 45, after: 'PREVIOUS_STEP' }],
    };
    const rules = rulesOfCase(stored, 'BD');
    expect(rules.mechanism).toBe('OLD');
    expect(rules.steps.map((s) => [s.name, s.kind, s.within.count, s.within.unit, s.after])).toEqual([
      ['ACKNOWLEDGE', 'ACKNOWLEDGE', 5, 'CALENDAR_DAYS', 'FILED'],
      ['RESPOND', 'RESPOND', 3, 'CALENDAR_MONTHS', 'ACKNOWLEDGED'],
      ['REMEDIATION', 'REMEDIATION', 45, 'CALENDAR_DAYS', 'PREVIOUS_STEP'],
    ]);
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

  it('is overdue when a later step passes its due date uncompleted, and not once it is completed', () => {
    const respondedAt = filedAt; // isolate the step from the response deadline
    const rrm = computeDeadlines(RRM, { filedAt, acknowledgedAt: filedAt, respondedAt });
    const agreement = rrm.steps[0].dueBy;
    expect(isOverdue(rrm, 'INVESTIGATING', filedAt, respondedAt, agreement)).toBe(false);
    expect(isOverdue(rrm, 'INVESTIGATING', filedAt, respondedAt, plusMs(agreement, 1))).toBe(true);
    const done = computeDeadlines(RRM, {
      filedAt,
      respondedAt,
      stepCompletions: { REMEDIATION_AGREEMENT: agreement },
    });
    expect(isOverdue(done, 'REMEDIATION_AGREED', filedAt, respondedAt, plusMs(agreement, 1))).toBe(false);
  });
});

describe('next deadline', () => {
  const deadlines = computeDeadlines(RRM, { filedAt });

  it('is the acknowledgement while the grievance is only received', () => {
    expect(nextDeadline(deadlines, 'RECEIVED', filedAt)).toEqual({
      kind: 'ACKNOWLEDGE',
      name: 'NOTICE_OF_REVIEW',
      dueBy: deadlines.acknowledgeBy,
      overdue: false,
      escalatesTo: 'SECRETARIAT',
    });
  });

  it('moves on to the response once acknowledged', () => {
    expect(nextDeadline(deadlines, 'UNDER_REVIEW', filedAt)).toMatchObject({
      kind: 'RESPOND',
      dueBy: deadlines.respondBy,
    });
  });

  it('moves to the next uncompleted step once responded', () => {
    const respondedAt = at('2025-02-01T00:00:00Z');
    const progressed = computeDeadlines(RRM, { filedAt, respondedAt });
    expect(nextDeadline(progressed, 'INVESTIGATING', filedAt, { respondedAt })).toMatchObject({
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
      'NOTICE_OF_REVIEW',
      'REVIEW',
      'REMEDIATION_AGREEMENT',
      'REMEDIATION',
    ]);
  });

  it('runs a working-day mechanism like any other', () => {
    const rules = [step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(2)), step('RESPOND', 'RESPOND', businessDays(10))];
    const friday = at('2026-12-04T12:00:00Z');
    expect(iso(computeDeadlines(rules, { filedAt: friday }).schedule)).toEqual([
      ['ACKNOWLEDGE', '2026-12-08T12:00:00.000Z'],
      ['RESPOND', '2026-12-18T12:00:00.000Z'],
    ]);
  });
});
