import { randomUUID } from 'node:crypto';
import { raw, type EntityData, type EntityManager, type Ref } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Principal } from '../../../../runtime/principal';
import {
  deadlineState,
  isTerminalStatus,
  progressOf,
  recordMove,
  storedCompletions,
  type GrievanceStatus,
} from '../domain';
import { GrievanceEvent, type GrievanceEventKind } from '../entities/grievance-event.entity';
import { Grievance } from '../entities/grievance.entity';

/**
 * Writing to a case file: every change is a timeline event, and every move refreshes the stored
 * deadlines. Mutations and the demo seed both go through here, so seeded cases look exactly like
 * cases built through the API.
 */
export type Actor = { role: string; organizationId: string | null };

export const actorOf = (principal: Principal): Actor => ({
  role: principal.role,
  organizationId: principal.organizationId,
});

export type EventDetails = {
  kind: GrievanceEventKind;
  at: Date;
  actor: Actor;
  note?: string | null;
  public?: boolean;
  notePublic?: boolean;
  notifiedOrganizationId?: string | null;
};

/** The timeline row of `details`, numbered `sequence`, with the case's status after the event. */
function eventRow(
  em: EntityManager,
  grievance: Grievance | Ref<Grievance>,
  sequence: number,
  status: GrievanceStatus,
  details: EventDetails,
): GrievanceEvent {
  return em.create(GrievanceEvent, {
    id: randomUUID(),
    grievance,
    sequence,
    at: details.at,
    kind: details.kind,
    status,
    actorRole: details.actor.role,
    actorOrganizationId: details.actor.organizationId,
    note: details.note ?? null,
    public: details.public ?? false,
    notePublic: (details.notePublic ?? false) && !!details.note,
    notifiedOrganizationId: details.notifiedOrganizationId ?? null,
  });
}

export function addEvent(em: EntityManager, grievance: Grievance, details: EventDetails): GrievanceEvent {
  grievance.eventSequence += 1;
  return eventRow(em, grievance, grievance.eventSequence, grievance.status, details);
}

/**
 * Adds an event to the timeline of a case without loading it: the event is numbered in SQL, and
 * `changes` are written in the same statement. For what happens to a case beside its handler's
 * work (a retaliation report, a merge in the registry). With `changes`, the case's version moves
 * on, so a handler who read it before reloads it; an event alone leaves the version as it was.
 */
export async function appendEventInSql(
  tx: EntityManager,
  grievanceId: string,
  details: EventDetails,
  changes: EntityData<Grievance> = {},
): Promise<GrievanceEvent> {
  // Written back as it is when nothing else changes: left out, MikroORM would count the update as a change.
  const version = Object.keys(changes).length ? {} : { version: raw('version') };
  await tx.nativeUpdate(
    Grievance,
    { id: grievanceId },
    { ...changes, ...version, eventSequence: raw('event_sequence + 1') },
  );
  const row = await (tx as SqlEntityManager)
    .createQueryBuilder(Grievance)
    .select(['eventSequence', 'status'])
    .where({ id: grievanceId })
    .execute('get');
  return eventRow(tx, tx.getReference(Grievance, grievanceId), Number(row.eventSequence), row.status, details);
}

/** Stores the deadlines that follow from the rules copied at filing and the progress so far. */
export function refreshDeadlines(grievance: Grievance, now: Date): void {
  const state = deadlineState(grievance.rules, progressOf(grievance), grievance.status, now);
  grievance.acknowledgeBy = state.deadlines.acknowledgeBy;
  grievance.respondBy = state.deadlines.respondBy;
  grievance.nextDueAt = state.nextDueAt;
  grievance.nextEscalationAt = state.nextEscalationAt;
}

const EVENT_OF_MOVE: Partial<Record<GrievanceStatus, GrievanceEventKind>> = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  ESCALATED: 'ESCALATED',
  WITHDRAWN: 'WITHDRAWN',
};

/**
 * Moves the case (the caller has checked the transition is allowed) and records the move. A move
 * is always public — the complainant sees where the case is — and its note only when the handler
 * shares it.
 */
export function applyMove(
  em: EntityManager,
  grievance: Grievance,
  to: GrievanceStatus,
  details: { at: Date; actor: Actor; note?: string | null; notePublic?: boolean },
): GrievanceEvent {
  const progress = recordMove(progressOf(grievance), grievance.rules, to, details.at);
  grievance.status = to;
  grievance.acknowledgedAt = progress.acknowledgedAt;
  grievance.respondedAt = progress.respondedAt;
  grievance.stepCompletions = storedCompletions(progress);
  if (to === 'ESCALATED') grievance.escalatedAt = details.at;
  if (isTerminalStatus(to)) grievance.closedAt = details.at;
  grievance.updatedAt = details.at;
  refreshDeadlines(grievance, details.at);
  return addEvent(em, grievance, { kind: EVENT_OF_MOVE[to] ?? 'STATUS_CHANGED', ...details, public: true });
}
