import { describe, expect, it } from 'vitest';
import { checkFacilityMove, followMoves, MAX_SUCCESSOR_CHAIN, type MoveParty } from './facility-move';

const active = (id: string): MoveParty => ({ id, status: 'ACTIVE', movedToId: null });
const movedTo = (id: string, to: string): MoveParty => ({ id, status: 'MOVED', movedToId: to });

describe('checkFacilityMove', () => {
  it('lets an active or closed facility move to a facility that has not moved', () => {
    expect(checkFacilityMove(active('A'), active('B'), [])).toEqual({ ok: true, repeated: false });
    expect(checkFacilityMove({ id: 'A', status: 'CLOSED', movedToId: null }, active('B'), [])).toEqual({
      ok: true,
      repeated: false,
    });
  });

  it('takes the same move recorded again as a repeat', () => {
    expect(checkFacilityMove(movedTo('A', 'B'), active('B'), [])).toEqual({ ok: true, repeated: true });
  });

  it('refuses a move to the facility itself', () => {
    expect(checkFacilityMove(active('A'), active('A'), [])).toMatchObject({
      ok: false,
      refusal: { code: 'BAD_USER_INPUT', field: 'successorId' },
    });
  });

  it('refuses a facility already moved to another facility', () => {
    const check = checkFacilityMove(movedTo('A', 'C'), active('B'), []);
    expect(check).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', field: 'facilityId' } });
    expect(!check.ok && check.refusal.message).toContain('already moved to C');
  });

  it('refuses a successor whose moves lead back to the facility, naming the cycle', () => {
    const check = checkFacilityMove(active('A'), movedTo('B', 'C'), ['C', 'A']);
    expect(check).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', field: 'successorId' } });
    expect(!check.ok && check.refusal.message).toContain('B → C → A');
  });

  it('refuses a successor that moved on, naming where its work went', () => {
    const check = checkFacilityMove(active('A'), movedTo('B', 'C'), ['C', 'D']);
    expect(check).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', field: 'successorId' } });
    expect(!check.ok && check.refusal.message).toContain('D');
  });
});

describe('followMoves', () => {
  const successors = (edges: Record<string, string>) => async (id: string) => edges[id] ?? null;

  it('follows the successors until a facility that has not moved', async () => {
    expect(await followMoves(movedTo('A', 'B'), successors({ B: 'C' }))).toEqual(['B', 'C']);
    expect(await followMoves(active('A'), successors({}))).toEqual([]);
  });

  it('stops at an id seen before, and after the longest chain it follows', async () => {
    expect(await followMoves(movedTo('A', 'B'), successors({ B: 'C', C: 'A' }))).toEqual(['B', 'C']);
    const endless = async (id: string) => `${id}+`;
    expect(await followMoves(movedTo('A', 'A+'), endless)).toHaveLength(MAX_SUCCESSOR_CHAIN);
  });
});
