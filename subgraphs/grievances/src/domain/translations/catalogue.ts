import type { GrievanceStatus } from '../lifecycle';

export type TimelineEventKind =
  | 'FILED'
  | 'ACKNOWLEDGED'
  | 'STATUS_CHANGED'
  | 'ESCALATED'
  | 'WITHDRAWN'
  | 'DEADLINE_MISSED'
  | 'QUESTION_ASKED'
  | 'ANSWER_RECEIVED'
  | 'RETALIATION_REPORTED'
  | 'MECHANISM_CORRECTED';

/** Which way a language is written. */
export type TextDirection = 'LTR' | 'RTL';

export type Catalogue = {
  /** RTL catalogues get every inserted value wrapped in Unicode isolates (see messages.ts). */
  direction: TextDirection;
  statuses: Record<GrievanceStatus, { name: string; nextStep: string }>;
  /** `{status}` is replaced by the status name in the same language. */
  events: Record<TimelineEventKind, string>;
  notices: {
    /** Shown instead of the status's next step while the case is overdue and not escalated. */
    OVERDUE: string;
  };
};
