import {
  complainantMessage,
  deadlineState,
  isOverdue,
  progressOf,
  timelineMessage,
  TIMELINE_EVENT_KINDS,
  type TimelineEventKind,
} from '../domain';
import type { Grievance } from '../entities/grievance.entity';
import type { GrievanceTrackingResolvers } from '../__generated__/resolvers-types';
import { trackingQuestions } from './ComplainantQuestion';

const state = (grievance: Grievance, now: Date) =>
  deadlineState(grievance.rules, progressOf(grievance), grievance.status, now);

const overdueAt = (grievance: Grievance, now: Date) =>
  isOverdue(state(grievance, now).deadlines, grievance.status, grievance.acknowledgedAt, grievance.respondedAt, now);

/** The complainant's view: the status and public timeline in the grievance's language. */
export const GrievanceTracking: GrievanceTrackingResolvers = {
  trackingCode: ({ grievance }) => grievance.trackingCode,
  status: ({ grievance }) => grievance.status,
  statusName: ({ grievance }) => complainantMessage(grievance.status, grievance.language).statusName,
  // Past a deadline and not (yet) escalated, the worker reads that the case is late, not its usual next step.
  message: ({ grievance }, _args, { clock }) =>
    complainantMessage(grievance.status, grievance.language, { overdue: overdueAt(grievance, clock.now()) }).nextStep,
  language: ({ grievance }) => complainantMessage(grievance.status, grievance.language).language,
  direction: ({ grievance }) => complainantMessage(grievance.status, grievance.language).direction,
  nextDeadline: ({ grievance }, _args, { clock }) => state(grievance, clock.now()).nextDueAt,
  overdue: ({ grievance }, _args, { clock }) => overdueAt(grievance, clock.now()),
  timeline: async ({ grievance }, _args, { loaders }) => {
    const events = await loaders.timeline.load(`${grievance.id}|public`);
    return events
      .filter((event) => (TIMELINE_EVENT_KINDS as readonly string[]).includes(event.kind))
      .map((event) => ({
        at: event.at,
        status: event.status,
        message: timelineMessage({ kind: event.kind as TimelineEventKind, status: event.status }, grievance.language)
          .text,
        note: event.notePublic ? event.note : null,
      }));
  },
  questions: trackingQuestions,
};
