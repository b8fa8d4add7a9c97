import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, isFinal, milestones } from './lifecycle';
import { AGREEMENT_STATUSES } from './vocabulary';

describe('agreement lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = AGREEMENT_STATUSES.flatMap((from) =>
      AGREEMENT_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'DRAFT→SIGNED',
      'SIGNED→IN_FORCE',
      'SIGNED→TERMINATED',
      'IN_FORCE→SUSPENDED',
      'IN_FORCE→TERMINATED',
      'IN_FORCE→EXPIRED',
      'SUSPENDED→IN_FORCE',
      'SUSPENDED→TERMINATED',
      'SUSPENDED→EXPIRED',
    ]);
  });

  it('never lets a status follow itself or skip signature', () => {
    for (const status of AGREEMENT_STATUSES) expect(canTransition(status, status)).toBe(false);
    expect(canTransition('DRAFT', 'IN_FORCE')).toBe(false);
    expect(allowedTransitions('DRAFT')).toEqual(['SIGNED']);
  });

  it('treats only TERMINATED and EXPIRED as final', () => {
    expect(AGREEMENT_STATUSES.filter(isFinal)).toEqual(['TERMINATED', 'EXPIRED']);
  });

  it('reads the signing, latest entry-into-force and end dates off the history', () => {
    const history = [
      { status: 'DRAFT', on: '2020-01-01' },
      { status: 'SIGNED', on: '2020-03-01' },
      { status: 'IN_FORCE', on: '2020-06-01' },
      { status: 'SUSPENDED', on: '2021-01-01' },
      { status: 'IN_FORCE', on: '2021-05-01' },
    ] as const;
    expect(milestones(history)).toEqual({ signedOn: '2020-03-01', inForceFrom: '2021-05-01', endedOn: null });
    expect(milestones([...history, { status: 'TERMINATED', on: '2022-02-02' }]).endedOn).toBe('2022-02-02');
    expect(milestones([{ status: 'DRAFT', on: '2020-01-01' }])).toEqual({
      signedOn: null,
      inForceFrom: null,
      endedOn: null,
    });
  });
});
