import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RAPID_RESPONSE_RULES } from './deadlines';
import { deadlineState, newProgress, recordMove } from './progress';

const filedAt = new Date('2026-03-02T10:00:00Z');
const day = (n: number) => new Date(filedAt.getTime() + n * 86_400_000);

describe('progress of a case against its deadlines', () => {
  it('counts the first move out of RECEIVED as the acknowledgement and keeps the first one', () => {
    const acknowledged = recordMove(newProgress(filedAt), DEFAULT_RULES, 'ACKNOWLEDGED', day(2));
    const later = recordMove(acknowledged, DEFAULT_RULES, 'UNDER_REVIEW', day(5));
    expect(later.acknowledgedAt).toEqual(day(2));
    expect(later.respondedAt).toBeNull();
  });

  it('counts an investigation or a decision as the response, and escalation as neither', () => {
    const escalated = recordMove(newProgress(filedAt), DEFAULT_RULES, 'ESCALATED', day(1));
    expect(escalated).toMatchObject({ acknowledgedAt: day(1), respondedAt: null });
    expect(recordMove(escalated, DEFAULT_RULES, 'INVESTIGATING', day(9)).respondedAt).toEqual(day(9));
  });

  it('completes the rapid-response review steps as the case reaches them', () => {
    let progress = recordMove(newProgress(filedAt), RAPID_RESPONSE_RULES, 'ACKNOWLEDGED', day(1));
    progress = recordMove(progress, RAPID_RESPONSE_RULES, 'INVESTIGATING', day(20));
    progress = recordMove(progress, RAPID_RESPONSE_RULES, 'REMEDIATION_AGREED', day(25));
    expect(progress.stepCompletions).toEqual({ REVIEW: day(20), REMEDIATION_AGREEMENT: day(25) });
    const { deadlines } = deadlineState(RAPID_RESPONSE_RULES, progress, 'REMEDIATION_AGREED', day(26));
    // Remediation runs 45 days from the agreement actually reached, not from its projected due date.
    expect(deadlines.steps.find((step) => step.name === 'REMEDIATION')?.dueBy).toEqual(day(70));
  });

  it('gives the earliest unmet deadline as the next due date, and none once closed', () => {
    const progress = newProgress(filedAt);
    expect(deadlineState(DEFAULT_RULES, progress, 'RECEIVED', filedAt).nextDueAt).toEqual(day(7));
    const acknowledged = recordMove(progress, DEFAULT_RULES, 'ACKNOWLEDGED', day(3));
    expect(deadlineState(DEFAULT_RULES, acknowledged, 'ACKNOWLEDGED', day(3)).nextDueAt).toEqual(
      new Date('2026-06-05T10:00:00Z'),
    );
    expect(deadlineState(DEFAULT_RULES, acknowledged, 'WITHDRAWN', day(3)).nextDueAt).toBeNull();
  });
});
