import { describe, expect, it } from 'vitest';
import { overdueNotice, overdueNoticeAfterUpdate, type OverdueAction } from './overdue-notice';

const ACTION: OverdueAction = {
  correctiveActionId: 'cap_1',
  findingId: 'fnd_1',
  inspectionId: 'insp_1',
  facilityId: 'BD2024122AAAAAA',
  country: 'BD',
  area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
  dueOn: '2026-05-01',
};

describe('overdueNotice', () => {
  it('is about the action, in the country of its facility, and carries its ids and the day it missed', () => {
    expect(overdueNotice(ACTION)).toEqual({
      type: 'CORRECTIVE_ACTION_OVERDUE',
      subject: 'CorrectiveAction:cap_1',
      country: 'BD',
      payload: ACTION,
    });
  });
});

describe('overdueNoticeAfterUpdate', () => {
  const told = new Date('2026-05-03T00:00:00Z');

  it('forgets the notice when the due day moves', () => {
    expect(overdueNoticeAfterUpdate({ dueOn: '2026-05-01', overdueNotifiedAt: told }, '2026-06-01')).toBeNull();
  });

  it('keeps it when the update leaves the due day as it was', () => {
    expect(overdueNoticeAfterUpdate({ dueOn: '2026-05-01', overdueNotifiedAt: told }, undefined)).toBe(told);
    expect(overdueNoticeAfterUpdate({ dueOn: '2026-05-01', overdueNotifiedAt: told }, '2026-05-01')).toBe(told);
  });

  it('leaves an action never told untold', () => {
    expect(overdueNoticeAfterUpdate({ dueOn: '2026-05-01', overdueNotifiedAt: null }, '2026-06-01')).toBeNull();
  });
});
