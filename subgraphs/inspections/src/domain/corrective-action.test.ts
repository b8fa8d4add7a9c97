import { describe, expect, it } from 'vitest';
import {
  canTransitionCorrectiveAction,
  findingStatusAfterCorrectiveActions,
  isOverdue,
  transitionCorrectiveAction,
} from './corrective-action';
import type { CorrectiveActionStatus } from '../__generated__/resolvers-types';

const NOW = new Date('2025-06-01T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('corrective action transitions', () => {
  it('walks the whole lifecycle, including a rejected completion', () => {
    const path: CorrectiveActionStatus[] = [
      'PLANNED',
      'IN_PROGRESS',
      'COMPLETED',
      'REJECTED',
      'IN_PROGRESS',
      'COMPLETED',
      'VERIFIED',
    ];
    for (let i = 1; i < path.length; i++) {
      const result = transitionCorrectiveAction({ status: path[i - 1] }, path[i], { now: NOW, by: 'auditor-1' });
      expect(result.ok, `${path[i - 1]} → ${path[i]}`).toBe(true);
    }
  });

  it('lets a quick fix go from PLANNED straight to COMPLETED', () => {
    expect(canTransitionCorrectiveAction('PLANNED', 'COMPLETED')).toBe(true);
  });

  it.each([
    ['PLANNED', 'VERIFIED'],
    ['IN_PROGRESS', 'VERIFIED'],
    ['IN_PROGRESS', 'REJECTED'],
    ['REJECTED', 'COMPLETED'],
    ['COMPLETED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
  ] as const)('refuses %s → %s', (from, to) => {
    const result = transitionCorrectiveAction({ status: from }, to, { now: NOW, by: 'auditor-1' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining(`from ${from} to ${to}`) });
  });

  it('treats VERIFIED as final', () => {
    const result = transitionCorrectiveAction({ status: 'VERIFIED' }, 'IN_PROGRESS', { now: NOW });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('VERIFIED is final') });
  });

  it('records who verified and when', () => {
    const result = transitionCorrectiveAction({ status: 'COMPLETED' }, 'VERIFIED', { now: NOW, by: ' auditor-1 ' });
    expect(result).toEqual({ ok: true, changes: { status: 'VERIFIED', verifiedBy: 'auditor-1', verifiedOn: NOW } });
  });

  it('refuses to verify without a verifier', () => {
    const result = transitionCorrectiveAction({ status: 'COMPLETED' }, 'VERIFIED', { now: NOW, by: '  ' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('requires the verifier') });
  });
});

describe('isOverdue', () => {
  it('is overdue once the due day has ended everywhere and work is unfinished', () => {
    expect(isOverdue({ dueOn: day('2025-05-31'), status: 'IN_PROGRESS' }, NOW)).toBe(true);
    expect(isOverdue({ dueOn: day('2025-05-31'), status: 'PLANNED' }, NOW)).toBe(true);
  });

  it('is not overdue on the due day itself', () => {
    expect(isOverdue({ dueOn: day('2025-06-01'), status: 'PLANNED' }, NOW)).toBe(false);
  });

  it('waits until the due day has ended at UTC−12', () => {
    // 05:00 UTC on 1 June is still 17:00 on 31 May at UTC−12.
    expect(isOverdue({ dueOn: day('2025-05-31'), status: 'PLANNED' }, new Date('2025-06-01T05:00:00Z'))).toBe(false);
    expect(isOverdue({ dueOn: day('2025-05-31'), status: 'PLANNED' }, new Date('2025-06-01T12:00:00Z'))).toBe(true);
  });

  it('never flags completed or verified actions, but does flag rejected ones', () => {
    expect(isOverdue({ dueOn: day('2025-01-01'), status: 'COMPLETED' }, NOW)).toBe(false);
    expect(isOverdue({ dueOn: day('2025-01-01'), status: 'VERIFIED' }, NOW)).toBe(false);
    expect(isOverdue({ dueOn: day('2025-01-01'), status: 'REJECTED' }, NOW)).toBe(true);
  });
});

describe('finding status from its corrective actions', () => {
  it('becomes VERIFIED when every corrective action is verified', () => {
    expect(findingStatusAfterCorrectiveActions('REMEDIATED', ['VERIFIED', 'VERIFIED'])).toBe('VERIFIED');
    expect(findingStatusAfterCorrectiveActions('OPEN', ['VERIFIED'])).toBe('VERIFIED');
    expect(findingStatusAfterCorrectiveActions('DISPUTED', ['VERIFIED'])).toBe('VERIFIED');
  });

  it('is REMEDIATED while some completed actions await verification', () => {
    expect(findingStatusAfterCorrectiveActions('IN_PROGRESS', ['VERIFIED', 'COMPLETED'])).toBe('REMEDIATED');
  });

  it('is IN_PROGRESS once work has started, and back to it after a rejection', () => {
    expect(findingStatusAfterCorrectiveActions('OPEN', ['PLANNED', 'IN_PROGRESS'])).toBe('IN_PROGRESS');
    expect(findingStatusAfterCorrectiveActions('REMEDIATED', ['VERIFIED', 'REJECTED'])).toBe('IN_PROGRESS');
  });

  it('stays OPEN while everything is only planned', () => {
    expect(findingStatusAfterCorrectiveActions('OPEN', ['PLANNED'])).toBe('OPEN');
  });

  it('keeps a dispute open until every action is verified', () => {
    expect(findingStatusAfterCorrectiveActions('DISPUTED', ['COMPLETED'])).toBe('DISPUTED');
  });

  it('leaves a finding without corrective actions unchanged', () => {
    expect(findingStatusAfterCorrectiveActions('DISPUTED', [])).toBe('DISPUTED');
  });
});
