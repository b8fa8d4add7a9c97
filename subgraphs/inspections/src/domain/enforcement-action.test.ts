import { describe, expect, it } from 'vitest';
import { parseAmount, parseEnforcementAction, type EnforcementActionInput } from './enforcement-action';

const fine: EnforcementActionInput = {
  facilityId: 'BD2021ABCDEFGH',
  kind: 'FINE',
  findingIds: ['fnd_1', 'fnd_1', ' fnd_2 '],
  decidedOn: '2026-05-20',
  effectiveFrom: '2026-06-01',
  amount: '0150000.5',
  currency: 'bdt',
  summary: ' Blocked fire exits ',
};

const problems = (input: EnforcementActionInput) => {
  const parsed = parseEnforcementAction(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.path.join('.'));
};

describe('parseAmount', () => {
  it('keeps the amount exact, with two decimals', () => {
    expect(parseAmount('1500')).toEqual({ ok: true, amount: '1500.00' });
    expect(parseAmount('1500.5')).toEqual({ ok: true, amount: '1500.50' });
    expect(parseAmount('999999999999999.99')).toEqual({ ok: true, amount: '999999999999999.99' });
  });

  it('refuses zero, negatives, more than two decimals and exponents', () => {
    for (const value of ['0', '0.00', '-5', '10.005', '1e5', '12,50', ''])
      expect(parseAmount(value).ok, value).toBe(false);
  });
});

describe('parseEnforcementAction', () => {
  it('normalises a fine: findings once each, currency upper case, summary trimmed', () => {
    const parsed = parseEnforcementAction(fine);
    expect(parsed).toMatchObject({
      ok: true,
      value: { findingIds: ['fnd_1', 'fnd_2'], amount: '150000.50', currency: 'BDT', summary: 'Blocked fire exits' },
    });
  });

  it('requires an amount and a currency for a fine, and refuses them on other kinds', () => {
    expect(problems({ ...fine, amount: null, currency: null })).toEqual(['amount', 'currency']);
    expect(problems({ ...fine, currency: 'XYZ' })).toEqual(['currency']);
    expect(problems({ ...fine, kind: 'WARNING' })).toEqual(['amount', 'currency']);
  });

  it('refuses dates out of order and an action resting on no finding', () => {
    expect(problems({ ...fine, effectiveFrom: '2026-05-01' })).toEqual(['effectiveFrom']);
    expect(problems({ ...fine, effectiveUntil: '2026-05-31' })).toEqual(['effectiveUntil']);
    expect(problems({ ...fine, findingIds: [], decidedOn: '2026-02-30' })).toEqual(['findingIds', 'decidedOn']);
  });
});
