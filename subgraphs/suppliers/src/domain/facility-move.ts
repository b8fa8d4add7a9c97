import type { FacilityStatus, UserErrorCode } from '../__generated__/resolvers-types';

/**
 * A facility that closed and whose work went on at another one is recorded as MOVED, with the
 * successor's id (`movedTo`). A move is a fact about two facilities that both remain in the
 * registry, each with its own history: unlike a merge, nothing is re-keyed.
 */

/** What a move's check reads of each facility. */
export interface MoveParty {
  id: string;
  status: FacilityStatus;
  movedToId: string | null;
}

/** Why a move cannot be recorded, and which argument is at fault. */
export interface MoveRefusal {
  code: UserErrorCode;
  message: string;
  field: 'facilityId' | 'successorId';
}

export type MoveCheck = { ok: true; repeated: boolean } | { ok: false; refusal: MoveRefusal };

/** How far a chain of successors is followed: real chains are a few moves long; a longer one is bad data. */
export const MAX_SUCCESSOR_CHAIN = 50;

/**
 * Whether `facility` may be recorded as moved to `successor`. `successorChain` is where the
 * successor's own moves lead, in order (empty when it has not moved; see `followMoves`).
 *
 * A successor must be a facility where work goes on: not the facility itself, not one that has
 * moved on in its turn (the caller names the facility it moved to), and never one whose moves lead
 * back to the facility (a cycle would send a reader round in circles). A facility moves once:
 * recording the same move again is a repeat that changes nothing, another successor is refused.
 * A CLOSED facility may still be recorded as moved (its closure was the first half of the story).
 */
export function checkFacilityMove(
  facility: MoveParty,
  successor: MoveParty,
  successorChain: readonly string[],
): MoveCheck {
  const refuse = (code: UserErrorCode, field: MoveRefusal['field'], message: string): MoveCheck => ({
    ok: false,
    refusal: { code, field, message },
  });
  if (facility.id === successor.id) return refuse('BAD_USER_INPUT', 'successorId', 'A facility cannot move to itself');
  if (facility.status === 'MOVED') {
    if (facility.movedToId === successor.id) return { ok: true, repeated: true };
    const where = facility.movedToId ? ` to ${facility.movedToId}` : '';
    return refuse('CONFLICT', 'facilityId', `${facility.id} has already moved${where}`);
  }
  if (successorChain.includes(facility.id)) {
    const path = [successor.id, ...successorChain.slice(0, successorChain.indexOf(facility.id) + 1)].join(' → ');
    return refuse(
      'CONFLICT',
      'successorId',
      `${path} already: moving ${facility.id} to ${successor.id} would form a cycle`,
    );
  }
  if (successor.status === 'MOVED' || successor.movedToId) {
    const last = successorChain.at(-1);
    const hint = last ? `; name the facility its work went to, ${last}` : '';
    return refuse('CONFLICT', 'successorId', `${successor.id} has moved itself${hint}`);
  }
  return { ok: true, repeated: false };
}

/**
 * Where a facility's moves lead: the successors in order, from `movedToId` on, given a way to
 * read each facility's own successor. Stops at a facility that has not moved, at an id seen
 * before (a cycle in bad data) and after `MAX_SUCCESSOR_CHAIN` steps.
 */
export async function followMoves(
  start: MoveParty,
  successorOf: (id: string) => Promise<string | null>,
): Promise<string[]> {
  const chain: string[] = [];
  const seen = new Set([start.id]);
  let next = start.movedToId;
  while (next && !seen.has(next) && chain.length < MAX_SUCCESSOR_CHAIN) {
    chain.push(next);
    seen.add(next);
    next = await successorOf(next);
  }
  return chain;
}
