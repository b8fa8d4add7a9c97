import type { EntityManager } from '@mikro-orm/core';
import type { EventDraft } from '../../../../runtime/events';
import {
  assertTransition,
  deadlineState,
  progressOf,
  rulesOfCase,
  unmetDeadlines,
  type UnmetDeadline,
} from '../domain';
import type { Grievance } from '../entities/grievance.entity';
import { escalated, overdue, statusChanged } from './case-events';
import { addEvent, applyMove, refreshDeadlines, type Actor } from './case-file';

/** The escalation job acts as the system, not as any organisation. */
export const ESCALATION_JOB: Actor = { role: 'ADMIN', organizationId: null };

type Handover = { handlerKind: Grievance['handlerKind']; handlerOrganizationId: string | null; to: string };

/** Who takes the case when `missed` is missed, or null when nobody new does (no target, or it already handles). */
function handoverFor(grievance: Grievance, missed: UnmetDeadline): Handover | null {
  const secretariat = rulesOfCase(grievance.rules, grievance.facilityCountry).secretariatOrganizationId;
  // A step meant for a secretariat the rules do not name goes to the regulator instead.
  const target = missed.escalatesTo === 'SECRETARIAT' && !secretariat ? 'REGULATOR' : missed.escalatesTo;
  if (target === 'NONE') return null;
  if (target === 'SECRETARIAT') {
    if (grievance.handlerOrganizationId === secretariat) return null;
    return { handlerKind: 'MECHANISM', handlerOrganizationId: secretariat, to: `the secretariat ${secretariat}` };
  }
  if (grievance.handlerKind === 'REGULATOR') return null;
  return {
    handlerKind: 'REGULATOR',
    handlerOrganizationId: null,
    to: `the labour inspectorate of ${grievance.facilityCountry}`,
  };
}

/** A missed step the job acted on, and what it tells the graph: overdue, and, when handed over, escalated. */
export type EscalatedStep = { name: string; events: EventDraft[] };

/**
 * Escalates each step of the case that is past its deadline and has not been escalated yet, as
 * the mechanism says: the case is handed to the regulator or the secretariat and moved to
 * ESCALATED (the worker's status message follows), and the missed step is recorded in the timeline.
 * A step is escalated once: its escalation time is kept on the case. Returns the steps escalated,
 * with their events for the caller to record in the same transaction.
 */
export function escalateMissedSteps(em: EntityManager, grievance: Grievance, now: Date): EscalatedStep[] {
  const progress = progressOf(grievance);
  const { deadlines } = deadlineState(grievance.rules, progress, grievance.status, now);
  const missed = unmetDeadlines(deadlines, grievance.status, now, progress).filter(
    (deadline) => deadline.overdue && !progress.escalations[deadline.name],
  );
  const steps: EscalatedStep[] = [];
  for (const step of missed) {
    const events = [overdue(grievance, step.name, step.dueBy)];
    steps.push({ name: step.name, events });
    grievance.escalations = { ...(grievance.escalations ?? {}), [step.name]: now.toISOString() };
    const handover = handoverFor(grievance, step);
    const due = step.dueBy.toISOString();
    addEvent(em, grievance, {
      kind: 'DEADLINE_MISSED',
      at: now,
      actor: ESCALATION_JOB,
      public: true,
      note: handover
        ? `${step.name} was due by ${due}; escalated to ${handover.to}.`
        : `${step.name} was due by ${due}; ${step.escalatesTo === 'NONE' ? 'the mechanism names nobody to escalate to' : 'the body it escalates to already handles the case'}.`,
    });
    if (!handover) continue;
    grievance.handlerKind = handover.handlerKind;
    grievance.handlerOrganizationId = handover.handlerOrganizationId;
    const note = `Escalated by the escalation job: ${step.name} was missed.`;
    const from = grievance.status;
    if (assertTransition(grievance.status, 'ESCALATED').ok)
      applyMove(em, grievance, 'ESCALATED', { at: now, actor: ESCALATION_JOB, note });
    else addEvent(em, grievance, { kind: 'ESCALATED', at: now, actor: ESCALATION_JOB, public: true, note });
    events.push(
      ...statusChanged(grievance, from),
      escalated(grievance, handover.handlerKind === 'MECHANISM' ? 'MECHANISM' : 'REGULATOR'),
    );
    addEvent(em, grievance, {
      kind: 'NOTIFIED',
      at: now,
      actor: ESCALATION_JOB,
      notifiedOrganizationId: handover.handlerOrganizationId,
      note: `Escalated case handed to ${handover.to}.`,
    });
  }
  grievance.updatedAt = missed.length ? now : grievance.updatedAt;
  refreshDeadlines(grievance, now);
  return steps;
}
