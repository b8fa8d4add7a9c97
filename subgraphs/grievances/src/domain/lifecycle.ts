/**
 * The grievance lifecycle: which status a case may move to next.
 *
 * The table follows the shape shared by the complaint procedures we model — USMCA Rapid
 * Response (petition review → remediation agreed → remediation), Accord/RSC safety complaints,
 * Fair Wear's complaints procedure and LkSG §8 (acknowledge, examine, clarify the facts, agree a
 * remedy). Pure data plus small functions, so resolvers, entities and tests share one source.
 */

import { GrievanceStatus } from '../__generated__/resolvers-types';

export type { GrievanceStatus };

/** Every status, in lifecycle order (the schema's). */
export const GRIEVANCE_STATUSES: readonly GrievanceStatus[] = Object.values(GrievanceStatus);

/**
 * Terminal statuses end the case. RESOLVED is deliberately NOT reopenable: a relapse (the
 * remedy is reversed, the retaliation starts again) is filed as a new grievance that refers to
 * the old one. That keeps the closed case's timeline, deadlines and statistics truthful, and the
 * new case gets fresh deadlines — as the RRM does with a new petition and the Accord with a new
 * complaint.
 */
export const TERMINAL_STATUSES: readonly GrievanceStatus[] = ['RESOLVED', 'NOT_SUBSTANTIATED', 'WITHDRAWN'];

export const OPEN_STATUSES: readonly GrievanceStatus[] = GRIEVANCE_STATUSES.filter(
  (status) => !TERMINAL_STATUSES.includes(status),
);

/** A remedy exists once agreed; recording it earlier would claim more than the case shows. */
export const REMEDY_STATUSES: readonly GrievanceStatus[] = [
  'REMEDIATION_AGREED',
  'REMEDIATION_IN_PROGRESS',
  'RESOLVED',
  'ESCALATED',
];

/**
 * Forward moves, without WITHDRAWN: the complainant may withdraw from any open status, which is
 * added below rather than repeated on every row.
 */
const FORWARD: Readonly<Record<GrievanceStatus, readonly GrievanceStatus[]>> = {
  // Escalation straight from receipt covers a mechanism that never answers (the complainant's
  // union or a regulator takes the case over) and urgent safety risks (Accord: imminent danger).
  RECEIVED: ['ACKNOWLEDGED', 'ESCALATED'],
  ACKNOWLEDGED: ['UNDER_REVIEW', 'ESCALATED'],
  // A review may end the case as unfounded, open an investigation, or — when the employer does
  // not dispute the facts (common in RRM cases) — go straight to an agreed remediation.
  UNDER_REVIEW: ['INVESTIGATING', 'REMEDIATION_AGREED', 'NOT_SUBSTANTIATED', 'ESCALATED'],
  INVESTIGATING: ['REMEDIATION_AGREED', 'NOT_SUBSTANTIATED', 'ESCALATED'],
  // An agreed plan the employer never starts is escalated (RRM: no remediation → enforcement).
  REMEDIATION_AGREED: ['REMEDIATION_IN_PROGRESS', 'ESCALATED'],
  REMEDIATION_IN_PROGRESS: ['RESOLVED', 'ESCALATED'],
  // The body the case was escalated to may send it back to any working stage, or decide it.
  ESCALATED: ['UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'RESOLVED', 'NOT_SUBSTANTIATED'],
  RESOLVED: [],
  NOT_SUBSTANTIATED: [],
  WITHDRAWN: [],
};

const ALLOWED = {} as Record<GrievanceStatus, readonly GrievanceStatus[]>;
for (const status of GRIEVANCE_STATUSES) {
  ALLOWED[status] = Object.freeze(isTerminalStatus(status) ? [] : [...FORWARD[status], 'WITHDRAWN' as const]);
}

export function isGrievanceStatus(value: unknown): value is GrievanceStatus {
  return typeof value === 'string' && (GRIEVANCE_STATUSES as readonly string[]).includes(value);
}

export function isTerminalStatus(status: GrievanceStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isOpenStatus(status: GrievanceStatus): boolean {
  return !isTerminalStatus(status);
}

/** Statuses reachable in one move from `from`, in lifecycle order. Empty once terminal. */
export function allowedNextStatuses(from: GrievanceStatus): readonly GrievanceStatus[] {
  return ALLOWED[from] ?? [];
}

export function canTransition(from: GrievanceStatus, to: GrievanceStatus): boolean {
  return allowedNextStatuses(from).includes(to);
}

export type TransitionRefusal =
  | 'UNKNOWN_STATUS' // a value that is not a status at all (e.g. a stale client or bad row)
  | 'SAME_STATUS' // no-op moves would add noise to the timeline
  | 'CASE_CLOSED' // from a terminal status
  | 'NOT_ALLOWED'; // a move the procedure does not provide for

export type TransitionCheck =
  { ok: true } | { ok: false; reason: TransitionRefusal; message: string; allowed: readonly GrievanceStatus[] };

/**
 * Checks a move without throwing: a refused move is an ordinary business outcome the resolver
 * turns into a CONFLICT / BAD_USER_INPUT error. Accepts plain strings because statuses arrive
 * from clients and database rows.
 */
export function assertTransition(from: string, to: string): TransitionCheck {
  if (!isGrievanceStatus(from) || !isGrievanceStatus(to)) {
    const bad = isGrievanceStatus(from) ? to : from;
    return refuse('UNKNOWN_STATUS', `"${bad}" is not a grievance status.`, []);
  }
  const allowed = allowedNextStatuses(from);
  if (from === to) {
    return refuse('SAME_STATUS', `The grievance is already ${from}.`, allowed);
  }
  if (isTerminalStatus(from)) {
    return refuse(
      'CASE_CLOSED',
      `The grievance is closed (${from}) and cannot change status; file a new grievance instead.`,
      allowed,
    );
  }
  if (!allowed.includes(to)) {
    return refuse(
      'NOT_ALLOWED',
      `A grievance cannot move from ${from} to ${to}; allowed: ${allowed.join(', ')}.`,
      allowed,
    );
  }
  return { ok: true };
}

function refuse(reason: TransitionRefusal, message: string, allowed: readonly GrievanceStatus[]): TransitionCheck {
  return { ok: false, reason, message, allowed };
}
