import { describe, expect, it } from 'vitest';
import { closedRequestReason, parseDecisionNote, parseGrantInput, parseRequestMessage } from './report-access';

describe('parseGrantInput', () => {
  it('trims the ids it accepts', () => {
    expect(parseGrantInput({ inspectionId: ' insp_1 ', buyerId: ' org-brand ' }, 'org-owner')).toEqual({
      ok: true,
      value: { inspectionId: 'insp_1', buyerId: 'org-brand' },
    });
  });

  it('refuses a blank buyer and the owner granting itself', () => {
    expect(parseGrantInput({ inspectionId: 'insp_1', buyerId: '  ' }, 'org-owner')).toEqual({
      ok: false,
      issues: [{ path: ['buyerId'], message: 'must not be empty' }],
    });
    expect(parseGrantInput({ inspectionId: 'insp_1', buyerId: 'org-owner' }, 'org-owner')).toMatchObject({
      ok: false,
      issues: [{ path: ['buyerId'] }],
    });
  });
});

describe('messages and notes', () => {
  it('makes blank text absent and refuses text too long to read', () => {
    expect(parseRequestMessage('   ')).toEqual({ ok: true, value: null });
    expect(parseDecisionNote(' Agreed ')).toEqual({ ok: true, value: 'Agreed' });
    expect(parseRequestMessage('x'.repeat(1001))).toEqual({
      ok: false,
      issues: [{ path: ['message'], message: 'must be at most 1000 characters' }],
    });
    expect(parseDecisionNote('x'.repeat(1001))).toMatchObject({ ok: false, issues: [{ path: ['note'] }] });
  });
});

describe('closedRequestReason', () => {
  it('lets only a pending request be decided or withdrawn', () => {
    expect(closedRequestReason('PENDING')).toBeNull();
    expect(closedRequestReason('GRANTED')).toBe('The request was already granted');
    expect(closedRequestReason('DECLINED')).toBe('The request was already declined');
    expect(closedRequestReason('WITHDRAWN')).toMatch(/withdrawn/);
  });
});
