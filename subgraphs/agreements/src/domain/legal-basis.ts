import type { CurrentRatification } from './ratifications';

export type LegalBasis = 'CONVENTION' | 'NATIONAL_LAW_ONLY';

/**
 * Whether a ratification bound its country on `day` (YYYY-MM-DD): from the date its current status
 * began when IN_FORCE; between registration and denunciation when DENOUNCED; never while it awaits
 * entry into force. The reference data gives the registration date, so a shipped record counts
 * from the day it was registered.
 */
export function inForceOn(ratification: CurrentRatification, day: string): boolean {
  switch (ratification.status) {
    case 'IN_FORCE':
      return ratification.statusSince <= day;
    case 'DENOUNCED':
      return ratification.date <= day && day < ratification.statusSince;
    default:
      return false;
  }
}

/**
 * The legal basis of a finding citing `conventions` in a country on `day`, given the country's
 * current ratifications: CONVENTION when one cited convention was in force there; otherwise
 * NATIONAL_LAW_ONLY when every cited convention's ratification is known (a record, or reference
 * data covering the pair, where no record means not ratified); otherwise null (unknown).
 */
export function legalBasisOf(
  conventions: readonly string[],
  day: string,
  ratifications: readonly CurrentRatification[],
  covered: (conventionCode: string) => boolean,
): LegalBasis | null {
  const byConvention = new Map(ratifications.map((ratification) => [ratification.conventionCode, ratification]));
  const cited = conventions.map((code) => code.toUpperCase());
  if (cited.some((code) => byConvention.has(code) && inForceOn(byConvention.get(code)!, day))) return 'CONVENTION';
  return cited.every((code) => byConvention.has(code) || covered(code)) ? 'NATIONAL_LAW_ONLY' : null;
}
