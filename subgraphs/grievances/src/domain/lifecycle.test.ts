import { describe, expect, it } from 'vitest';
import {
  GRIEVANCE_STATUSES,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
  allowedNextStatuses,
  assertTransition,
  canTransition,
  isGrievanceStatus,
  type GrievanceStatus,
} from './lifecycle';

describe('grievance lifecycle', () => {
  it('splits every status into exactly one of open or terminal', () => {
    expect([...OPEN_STATUSES, ...TERMINAL_STATUSES].sort()).toEqual([...GRIEVANCE_STATUSES].sort());
    expect(TERMINAL_STATUSES).toEqual(['RESOLVED', 'NOT_SUBSTANTIATED', 'WITHDRAWN']);
    expect(OPEN_STATUSES).toContain('ESCALATED');
  });

  it('follows the usual path of a substantiated complaint from receipt to resolution', () => {
    const path: GrievanceStatus[] = [
      'RECEIVED',
      'ACKNOWLEDGED',
      'UNDER_REVIEW',
      'INVESTIGATING',
      'REMEDIATION_AGREED',
      'REMEDIATION_IN_PROGRESS',
      'RESOLVED',
    ];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it('lets a review or an investigation end the case as not substantiated', () => {
    expect(canTransition('UNDER_REVIEW', 'NOT_SUBSTANTIATED')).toBe(true);
    expect(canTransition('INVESTIGATING', 'NOT_SUBSTANTIATED')).toBe(true);
    expect(canTransition('RECEIVED', 'NOT_SUBSTANTIATED')).toBe(false);
  });

  it('offers exactly the documented moves from receipt', () => {
    expect(allowedNextStatuses('RECEIVED')).toEqual(['ACKNOWLEDGED', 'ESCALATED', 'WITHDRAWN']);
  });

  it('lets an escalated case go back to any working stage or be decided', () => {
    for (const to of [
      'UNDER_REVIEW',
      'INVESTIGATING',
      'REMEDIATION_AGREED',
      'RESOLVED',
      'NOT_SUBSTANTIATED',
    ] as const) {
      expect(canTransition('ESCALATED', to)).toBe(true);
    }
    expect(canTransition('ESCALATED', 'RECEIVED')).toBe(false);
  });

  it('allows withdrawal from every open status and from no closed one', () => {
    for (const status of OPEN_STATUSES) expect(canTransition(status, 'WITHDRAWN')).toBe(true);
    for (const status of TERMINAL_STATUSES) expect(canTransition(status, 'WITHDRAWN')).toBe(false);
  });

  it('never moves out of a terminal status, so a resolved case is not reopened', () => {
    for (const from of TERMINAL_STATUSES) {
      expect(allowedNextStatuses(from)).toEqual([]);
      for (const to of GRIEVANCE_STATUSES) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('never skips remediation: a case cannot be resolved before remediation is under way', () => {
    for (const from of ['RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED'] as const) {
      expect(canTransition(from, 'RESOLVED')).toBe(false);
    }
  });

  it('never moves back to RECEIVED and never to the same status', () => {
    for (const from of GRIEVANCE_STATUSES) {
      expect(canTransition(from, 'RECEIVED')).toBe(false);
      expect(canTransition(from, from)).toBe(false);
    }
  });

  it('accepts an allowed move without a reason', () => {
    expect(assertTransition('INVESTIGATING', 'REMEDIATION_AGREED')).toEqual({ ok: true });
  });

  it('refuses a move the procedure does not provide for, naming the allowed ones', () => {
    const check = assertTransition('RECEIVED', 'RESOLVED');
    expect(check).toMatchObject({
      ok: false,
      reason: 'NOT_ALLOWED',
      allowed: ['ACKNOWLEDGED', 'ESCALATED', 'WITHDRAWN'],
    });
    if (!check.ok) expect(check.message).toContain('RECEIVED to RESOLVED');
  });

  it('refuses any move out of a closed case with a distinct reason', () => {
    expect(assertTransition('RESOLVED', 'ESCALATED')).toMatchObject({ ok: false, reason: 'CASE_CLOSED' });
    expect(assertTransition('WITHDRAWN', 'UNDER_REVIEW')).toMatchObject({ ok: false, reason: 'CASE_CLOSED' });
  });

  it('refuses a no-op move and an unknown status without throwing', () => {
    expect(assertTransition('UNDER_REVIEW', 'UNDER_REVIEW')).toMatchObject({ ok: false, reason: 'SAME_STATUS' });
    expect(assertTransition('UNDER_REVIEW', 'CLOSED')).toMatchObject({ ok: false, reason: 'UNKNOWN_STATUS' });
    expect(assertTransition('open', 'RESOLVED')).toMatchObject({ ok: false, reason: 'UNKNOWN_STATUS' });
  });

  it('recognises status values arriving as plain strings', () => {
    expect(isGrievanceStatus('ESCALATED')).toBe(true);
    expect(isGrievanceStatus('escalated')).toBe(false);
    expect(isGrievanceStatus(undefined)).toBe(false);
  });

  it('agrees between canTransition, assertTransition and allowedNextStatuses for every pair', () => {
    for (const from of GRIEVANCE_STATUSES) {
      for (const to of GRIEVANCE_STATUSES) {
        const allowed = allowedNextStatuses(from).includes(to);
        expect(canTransition(from, to)).toBe(allowed);
        expect(assertTransition(from, to).ok).toBe(allowed);
      }
    }
  });
});
