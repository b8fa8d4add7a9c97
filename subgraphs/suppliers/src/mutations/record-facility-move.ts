import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EventDraft } from '../../../../runtime/events';
import {
  payloadOf,
  Refusal,
  rejectInvalid,
  requireRole,
  runMutation,
  type InputIssue,
} from '../../../../runtime/mutation';
import type { Context } from '../context';
import { checkFacilityMove, followMoves } from '../domain/facility-move';
import { sourceRecord } from '../domain/provenance';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { Facility } from '../entities/facility.entity';
import { facilityIdInput } from '../queries/facility-ids';
import { replaceSources } from '../queries/provenance-store';

/**
 * An administrator records that a facility closed and its work moved to a successor facility.
 * Who may is decided as for a merge: the registry's stewards (ADMIN); an owner edits no facility
 * of the registry.
 */
export async function recordFacilityMove(context: Context, facilityId: string, successorId: string) {
  requireRole(context, ['ADMIN'], 'recordFacilityMove');
  const now = context.clock.now();
  const issues: InputIssue[] = [];
  const moved = facilityIdInput(facilityId, ['facilityId'], now, issues);
  const successor = facilityIdInput(successorId, ['successorId'], now, issues);
  rejectInvalid('The move was not recorded', issues);

  const outcome = await runMutation(context, {
    operation: 'recordFacilityMove',
    write: (tx) => move(tx, moved, successor, { recordedAt: now, recordedBy: context.principal.subject }),
    audited: ({ country }) => ({ target: `Facility:${moved}->${successor}`, country }),
    events: ({ country, repeated }) => (repeated ? [] : [movedEvent(moved, successor, country)]),
  });
  const present = async () => ({
    facility: await context.loaders.facility.load(moved),
    successor: await context.loaders.facility.load(successor),
  });
  return payloadOf(outcome, present, { facility: null, successor: null });
}

/**
 * What the other subgraphs learn of a move: the facility's work goes on at the successor. Nothing
 * is re-keyed: the moved facility's inspections and cases stay its own. The event is about the
 * facility that moved, in its country (the successor may be in another).
 */
const movedEvent = (facilityId: string, successorId: string, country: string): EventDraft => ({
  type: 'FACILITY_MOVED',
  subject: `Facility:${facilityId}`,
  country,
  payload: { facilityId, successorId, country },
});

/** A move recorded: the moved facility's country; `repeated` when it was recorded already (no news). */
type Move = { country: string; repeated: boolean };

/** The facility by its id, or the refusal that says why there is none to act on. */
async function target(tx: EntityManager, id: string, field: 'facilityId' | 'successorId'): Promise<Facility> {
  // On PostgreSQL both rows are locked, so that two moves between the same facilities (A to B, B
  // to A) cannot both pass their checks; ids are read in order, so two such moves never deadlock.
  const lockMode = tx.getDriver() instanceof PostgreSqlDriver ? LockMode.PESSIMISTIC_WRITE : undefined;
  const facility = await tx.findOne(Facility, id, lockMode ? { lockMode } : {});
  if (facility) return facility;
  const alias = await tx.findOne(FacilityAlias, { id });
  if (!alias) throw new Refusal('NOT_FOUND', `No facility ${id}`, [field]);
  const survivor = alias.facility.id;
  throw field === 'facilityId'
    ? new Refusal('NOT_FOUND', `No facility ${id}: it was merged into ${survivor}, record the move of that one`, [
        field,
      ])
    : new Refusal('CONFLICT', `${id} was merged into ${survivor}; name ${survivor} as the successor`, [field]);
}

/** Marks `facilityId` MOVED to `successorId` inside `tx`, after the checks of `checkFacilityMove`. */
async function move(
  tx: EntityManager,
  facilityId: string,
  successorId: string,
  stamp: { recordedAt: Date; recordedBy: string | null },
): Promise<Move> {
  const ids = { facilityId, successorId };
  const found: Partial<Record<keyof typeof ids, Facility>> = {};
  for (const field of (['facilityId', 'successorId'] as const).slice().sort((a, b) => (ids[a] < ids[b] ? -1 : 1)))
    found[field] = await target(tx, ids[field], field);
  const facility = found.facilityId!;
  const successor = found.successorId!;

  const chain = await followMoves(successor, async (id) => {
    const next = await tx.findOne(Facility, id, { fields: ['movedToId'] });
    return next?.movedToId ?? null;
  });
  const check = checkFacilityMove(facility, successor, chain);
  if (!check.ok) throw new Refusal(check.refusal.code, check.refusal.message, [check.refusal.field]);
  if (!check.repeated) {
    facility.status = 'MOVED';
    facility.movedToId = successor.id;
    await tx.flush();
    // The registry's stewards recorded it: the status's source is theirs, VERIFIED.
    await replaceSources(tx, [sourceRecord(facility.id, 'STATUS', { kind: 'REGISTRY_STEWARD', ...stamp })]);
  }
  return { country: facility.countryCode, repeated: check.repeated };
}
