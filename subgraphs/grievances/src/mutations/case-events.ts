import type { EventDraft, EventType } from '../../../../runtime/events';
import type { GrievanceStatus } from '../domain';
import type { Grievance } from '../entities/grievance.entity';

/**
 * What the graph learns of a case (runtime/events.ts): which case, which facility, which
 * jurisdiction, and what happened to it. Never the complainant's words, identity or contact: those
 * stay in this subgraph, behind its field rules.
 */

const about = (grievance: Grievance) => ({
  grievanceId: grievance.id,
  facilityId: grievance.facilityId,
  country: grievance.facilityCountry,
  areas: grievance.areas,
});

const draft = <Type extends EventType>(
  grievance: Grievance,
  rest: Pick<EventDraft<Type>, 'type' | 'payload'>,
): EventDraft<Type> =>
  ({ ...rest, subject: `Grievance:${grievance.id}`, country: grievance.facilityCountry }) as EventDraft<Type>;

/** A case filed; a retaliation case also reports the retaliation against the case it names. */
export function filingEvents(grievance: Grievance): EventDraft[] {
  const events = [draft(grievance, { type: 'GRIEVANCE_FILED', payload: about(grievance) })];
  if (grievance.retaliationOf)
    events.push(
      draft(grievance, {
        type: 'RETALIATION_REPORTED',
        payload: { ...about(grievance), retaliationAgainst: grievance.retaliationOf },
      }),
    );
  return events;
}

/** The case moved from one status to another; nothing when it stayed where it was. */
export function statusChanged(grievance: Grievance, from: GrievanceStatus): EventDraft[] {
  if (grievance.status === from) return [];
  return [
    draft(grievance, {
      type: 'GRIEVANCE_STATUS_CHANGED',
      payload: { ...about(grievance), from, to: grievance.status },
    }),
  ];
}

/** The case was handed over: to the jurisdiction's inspectorate, or to its agreement's mechanism. */
export const escalated = (grievance: Grievance, to: 'REGULATOR' | 'MECHANISM'): EventDraft =>
  draft(grievance, { type: 'GRIEVANCE_ESCALATED', payload: { ...about(grievance), to } });

/** A step of the case's mechanism passed its deadline unmet. */
export const overdue = (grievance: Grievance, step: string, dueBy: Date): EventDraft =>
  draft(grievance, { type: 'GRIEVANCE_OVERDUE', payload: { ...about(grievance), step, dueBy: dueBy.toISOString() } });
