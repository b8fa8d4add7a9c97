import type { EventDraft } from '../../../../runtime/events';

/**
 * Telling the graph that a corrective action is overdue. Being overdue is computed when an action
 * is read (`isOverdue`); the overdue job marks the moment once per due day, so an action whose due
 * day is moved later is told again if it misses the new one too.
 */

/** What the notice says of an overdue action: its own ids, its finding's and its inspection's. */
export interface OverdueAction {
  correctiveActionId: string;
  findingId: string;
  inspectionId: string;
  facilityId: string;
  /** The facility's country: the inspection's jurisdiction. */
  country: string;
  /** The finding's compliance area. */
  area: string;
  /** YYYY-MM-DD: the due day that passed. */
  dueOn: string;
}

/** The CORRECTIVE_ACTION_OVERDUE event of one action, about the action. */
export function overdueNotice(action: OverdueAction): EventDraft {
  return {
    type: 'CORRECTIVE_ACTION_OVERDUE',
    subject: `CorrectiveAction:${action.correctiveActionId}`,
    country: action.country,
    payload: { ...action },
  };
}

/**
 * When an action was told overdue, after an update that may give it a new due day: a new day
 * forgets the notice (the action is not overdue against it yet), the same day or none keeps it.
 */
export function overdueNoticeAfterUpdate(
  current: { dueOn: string; overdueNotifiedAt: Date | null },
  newDueOn: string | undefined,
): Date | null {
  return newDueOn !== undefined && newDueOn !== current.dueOn ? null : current.overdueNotifiedAt;
}
