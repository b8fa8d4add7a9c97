import { describe, expect, it } from 'vitest';
import { USMCA_RAPID_RESPONSE_STEPS, agreementRules, statutoryRules } from '../../../../vocabulary/grievance-rules';
import { deadlineState, newProgress, recordMove } from './progress';

const filedAt = new Date('2026-03-02T10:00:00Z');
const day = (n: number) => new Date(filedAt.getTime() + n * 86_400_000);
const LKSG = statutoryRules('DE');
const RRM = agreementRules('agr-usmca', {
  name: 'USMCA_RAPID_RESPONSE',
  citation: null,
  secretariatOrganizationId: 'org-secretariat',
  steps: USMCA_RAPID_RESPONSE_STEPS,
  retaliationSteps: null,
});

describe('progress of a case against its deadlines', () => {
  it('counts the first move out of RECEIVED as the acknowledgement and keeps the first one', () => {
    const acknowledged = recordMove(newProgress(filedAt, 'DE'), LKSG, 'ACKNOWLEDGED', day(2));
    const later = recordMove(acknowledged, LKSG, 'UNDER_REVIEW', day(5));
    expect(later.acknowledgedAt).toEqual(day(2));
    expect(later.respondedAt).toBeNull();
  });

  it('counts an investigation or a decision as the response, and escalation as neither', () => {
    const escalated = recordMove(newProgress(filedAt, 'DE'), LKSG, 'ESCALATED', day(1));
    expect(escalated).toMatchObject({ acknowledgedAt: day(1), respondedAt: null });
    expect(recordMove(escalated, LKSG, 'INVESTIGATING', day(9)).respondedAt).toEqual(day(9));
  });

  it('completes the rapid-response steps as the case reaches them', () => {
    let progress = recordMove(newProgress(filedAt, 'MX'), RRM, 'ACKNOWLEDGED', day(1));
    progress = recordMove(progress, RRM, 'INVESTIGATING', day(20));
    progress = recordMove(progress, RRM, 'REMEDIATION_AGREED', day(25));
    expect(progress.respondedAt).toEqual(day(20));
    expect(progress.stepCompletions).toEqual({ REMEDIATION_AGREEMENT: day(25) });
    const { deadlines } = deadlineState(RRM, progress, 'REMEDIATION_AGREED', day(26));
    // Remediation runs 45 days from the agreement actually reached, not from its projected due date.
    expect(deadlines.steps.find((step) => step.name === 'REMEDIATION')?.dueBy).toEqual(day(70));
  });

  it('gives the earliest unmet deadline as the next due date, and none once closed', () => {
    const progress = newProgress(filedAt, 'DE');
    expect(deadlineState(LKSG, progress, 'RECEIVED', filedAt).nextDueAt).toEqual(day(7));
    const acknowledged = recordMove(progress, LKSG, 'ACKNOWLEDGED', day(3));
    expect(deadlineState(LKSG, acknowledged, 'ACKNOWLEDGED', day(3)).nextDueAt).toEqual(
      new Date('2026-06-05T10:00:00Z'),
    );
    expect(deadlineState(LKSG, acknowledged, 'WITHDRAWN', day(3)).nextDueAt).toBeNull();
  });

  it('runs a retaliation case on the urgent track: 24 hours to acknowledge, 72 to act', () => {
    const { deadlines } = deadlineState(LKSG, newProgress(filedAt, 'DE', true), 'RECEIVED', filedAt);
    expect(deadlines.acknowledgeBy).toEqual(day(1));
    expect(deadlines.respondBy).toEqual(day(3));
  });

  it('points the escalation job past steps it has already escalated', () => {
    const escalated = { ...newProgress(filedAt, 'DE'), escalations: { ACKNOWLEDGE: day(8) } };
    const state = deadlineState(LKSG, escalated, 'RECEIVED', day(8));
    expect(state.nextDueAt).toEqual(day(7));
    expect(state.nextEscalationAt).toEqual(new Date('2026-06-09T10:00:00Z'));
  });
});
