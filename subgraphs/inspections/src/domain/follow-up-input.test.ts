import { describe, expect, it } from 'vitest';
import { parseCorrectiveActionUpdate, parseDisputeReason, parseVerificationNote } from './follow-up-input';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('parseCorrectiveActionUpdate', () => {
  it('changes only the fields given', () => {
    expect(parseCorrectiveActionUpdate({ owner: ' HR manager ', action: null }, NOW)).toEqual({
      ok: true,
      value: { owner: 'HR manager' },
    });
  });

  it('refuses a new due date that has passed everywhere on earth', () => {
    expect(parseCorrectiveActionUpdate({ dueOn: '2025-05-30' }, NOW)).toEqual({
      ok: false,
      issues: [{ path: ['dueOn'], message: 'must be today or later (got 2025-05-30)' }],
    });
  });

  it('leaves verification to the verifier', () => {
    const result = parseCorrectiveActionUpdate({ status: 'VERIFIED' }, NOW);
    expect(result.ok ? null : result.issues).toEqual([
      { path: ['status'], message: "VERIFIED and REJECTED are the verifier's decisions (verifyCorrectiveAction)" },
    ]);
    expect(parseCorrectiveActionUpdate({ status: 'COMPLETED' }, NOW)).toEqual({
      ok: true,
      value: { status: 'COMPLETED' },
    });
  });

  it('refuses an update that changes nothing', () => {
    expect(parseCorrectiveActionUpdate({ id: undefined }, NOW)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'names nothing to change' }],
    });
  });
});

describe('parseDisputeReason', () => {
  it('requires a reason of some substance', () => {
    expect(parseDisputeReason('  no  ')).toEqual({
      ok: false,
      issues: [{ path: ['reason'], message: 'must be at least 10 characters' }],
    });
    expect(parseDisputeReason(' The exit was locked for a fire drill only. ')).toEqual({
      ok: true,
      value: 'The exit was locked for a fire drill only.',
    });
  });
});

describe('parseVerificationNote', () => {
  it('treats a blank note as none', () => {
    expect(parseVerificationNote('   ')).toEqual({ ok: true, value: null });
    expect(parseVerificationNote('x'.repeat(5_001)).ok).toBe(false);
  });
});
