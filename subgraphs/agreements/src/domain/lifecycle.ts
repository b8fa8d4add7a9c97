import type { AgreementStatus } from './vocabulary';

/**
 * The allowed status changes of an agreement.
 * - A suspension can be lifted (SUSPENDED → IN_FORCE): suspensions under trade-agreement labour
 *   chapters and cooperation MoUs are typically temporary measures.
 * - A suspended agreement can still be terminated or reach the end of its term.
 * - A signed agreement that never enters into force (e.g. a party does not ratify) is TERMINATED.
 * - Drafts are only signed; an abandoned draft simply stays a draft.
 * - TERMINATED and EXPIRED are final: a renewal is a new agreement.
 */
const TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ['SIGNED'],
  SIGNED: ['IN_FORCE', 'TERMINATED'],
  IN_FORCE: ['SUSPENDED', 'TERMINATED', 'EXPIRED'],
  SUSPENDED: ['IN_FORCE', 'TERMINATED', 'EXPIRED'],
  TERMINATED: [],
  EXPIRED: [],
};

export const allowedTransitions = (from: AgreementStatus): readonly AgreementStatus[] => TRANSITIONS[from];

export const canTransition = (from: AgreementStatus, to: AgreementStatus) => TRANSITIONS[from].includes(to);

/** No changes of terms, parties or status once an agreement has ended. */
export const isFinal = (status: AgreementStatus) => TRANSITIONS[status].length === 0;

export interface DatedStatus {
  status: AgreementStatus;
  /** YYYY-MM-DD */
  on: string;
}

/** Dates the agreement's life is usually described by, read off its status history (oldest first). */
export function milestones(history: readonly DatedStatus[]) {
  const last = (status: AgreementStatus) => history.filter((change) => change.status === status).at(-1)?.on ?? null;
  const final = history.at(-1);
  return {
    signedOn: last('SIGNED'),
    inForceFrom: last('IN_FORCE'),
    endedOn: final && isFinal(final.status) ? final.on : null,
  };
}
