import type { Catalogue } from './catalogue';

/** The source every other language is translated from. */
export const en: Catalogue = {
  direction: 'LTR',
  statuses: {
    RECEIVED: {
      name: 'Received',
      nextStep: 'Your grievance has reached us. We will confirm receipt and tell you who is handling it.',
    },
    ACKNOWLEDGED: {
      name: 'Receipt confirmed',
      nextStep: 'Your grievance is registered and assigned to a case handler. Next, we will review what you reported.',
    },
    UNDER_REVIEW: {
      name: 'Under review',
      nextStep:
        'We are checking whether this mechanism covers your grievance and what needs to be clarified. We may contact you for more information.',
    },
    INVESTIGATING: {
      name: 'Being investigated',
      nextStep:
        'The facts are being investigated, which may include talking to workers and the employer. Your identity stays protected.',
    },
    REMEDIATION_AGREED: {
      name: 'Remedy agreed',
      nextStep:
        'A plan to put things right has been agreed. Next, the employer must carry it out, and we will follow its progress.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Remedy in progress',
      nextStep: 'The agreed remedy is being carried out. Tell us if it is not happening or if you face retaliation.',
    },
    RESOLVED: {
      name: 'Resolved',
      nextStep:
        'The case is closed because the remedy has been completed. If the problem comes back, you can file a new grievance.',
    },
    NOT_SUBSTANTIATED: {
      name: 'Not substantiated',
      nextStep:
        'The case is closed because the investigation could not confirm the grievance. You can file a new grievance if you have new information.',
    },
    ESCALATED: {
      name: 'Escalated',
      nextStep:
        'The case has been passed to a higher authority for a decision. We will update this page when it decides.',
    },
    WITHDRAWN: {
      name: 'Withdrawn',
      nextStep: 'The case is closed because the grievance was withdrawn. You can file a new grievance at any time.',
    },
  },
  events: {
    FILED: 'Grievance filed',
    ACKNOWLEDGED: 'Receipt of your grievance confirmed',
    STATUS_CHANGED: 'Status changed to: {status}',
    ESCALATED: 'Case passed to a higher authority',
    WITHDRAWN: 'Grievance withdrawn',
    DEADLINE_MISSED: 'A deadline in your case was missed, so your case was passed on to keep it moving',
    QUESTION_ASKED: 'The case handler asked you a question. Read it here and answer with your tracking code and secret',
    ANSWER_RECEIVED: 'Your answer reached the case handler',
    RETALIATION_REPORTED: 'A report of retaliation linked to this case was received. It is handled urgently',
    MECHANISM_CORRECTED: 'The rules and deadlines of your case were corrected. The dates shown are the correct ones',
  },
  notices: {
    OVERDUE:
      'The deadline for the next step has passed. The body responsible for your case has been told. You do not need to file again.',
  },
};
