import { describe, expect, it } from 'vitest';
import { inForceOn, legalBasisOf } from './legal-basis';
import type { CurrentRatification } from './ratifications';

const ratification = (
  conventionCode: string,
  status: CurrentRatification['status'],
  date: string,
  statusSince = date,
): CurrentRatification => ({
  countryCode: 'BD',
  conventionCode,
  date,
  status,
  statusSince,
  dateCertain: true,
  note: null,
  source: 'REFERENCE_DATA',
});

const coveredFundamentals = (code: string) => ['C029', 'C155', 'C087'].includes(code);

describe('whether a ratification was in force on a day', () => {
  it('counts an IN_FORCE ratification from the day its status began', () => {
    expect(inForceOn(ratification('C029', 'IN_FORCE', '1972-06-22'), '2026-01-01')).toBe(true);
    expect(inForceOn(ratification('C029', 'IN_FORCE', '2025-01-01', '2026-01-02'), '2026-01-01')).toBe(false);
  });

  it('counts a denounced ratification only between registration and denunciation', () => {
    const denounced = ratification('C087', 'DENOUNCED', '1972-06-22', '2025-03-01');
    expect(inForceOn(denounced, '2025-02-28')).toBe(true);
    expect(inForceOn(denounced, '2025-03-01')).toBe(false);
  });

  it('never counts a ratification awaiting entry into force', () => {
    expect(inForceOn(ratification('C155', 'NOT_IN_FORCE', '2020-01-01'), '2026-01-01')).toBe(false);
  });
});

describe('the legal basis of a finding', () => {
  const bd = [ratification('C029', 'IN_FORCE', '1972-06-22')];

  it('is CONVENTION when one cited convention was in force on the day', () => {
    expect(legalBasisOf(['C155', 'C029'], '2026-01-01', bd, coveredFundamentals)).toBe('CONVENTION');
  });

  it('is NATIONAL_LAW_ONLY when no cited convention was ratified and the reference data covers them all', () => {
    expect(legalBasisOf(['C155'], '2026-01-01', bd, coveredFundamentals)).toBe('NATIONAL_LAW_ONLY');
    expect(legalBasisOf([], '2026-01-01', bd, coveredFundamentals)).toBe('NATIONAL_LAW_ONLY');
  });

  it('is NATIONAL_LAW_ONLY before the ratification', () => {
    expect(legalBasisOf(['C029'], '1970-01-01', bd, coveredFundamentals)).toBe('NATIONAL_LAW_ONLY');
  });

  it('is unknown (null) when a cited convention is outside the reference data and none is in force', () => {
    expect(legalBasisOf(['C001'], '2026-01-01', bd, coveredFundamentals)).toBeNull();
    expect(legalBasisOf(['C001', 'C029'], '2026-01-01', bd, coveredFundamentals)).toBe('CONVENTION');
  });

  it('knows a recorded ratification outside the reference data', () => {
    const recorded = [{ ...ratification('C001', 'NOT_IN_FORCE', '2025-06-01'), source: 'RECORDED' as const }];
    expect(legalBasisOf(['C001'], '2026-01-01', recorded, coveredFundamentals)).toBe('NATIONAL_LAW_ONLY');
  });
});
