import { COUNTRY_LIST, isKnownCountry } from '../../../vocabulary/countries';
import { foldText } from './domain/normalise';

export { isKnownCountry };

const BY_NAME = new Map(COUNTRY_LIST.countries.map((country) => [foldText(country.name), country.code]));

/** A country as list uploads write it: an ISO code (`bd`, `BD`) or its English short name (`Bangladesh`). */
export function countryCodeOf(written: string): string | null {
  const trimmed = written.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return isKnownCountry(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  return BY_NAME.get(foldText(trimmed)) ?? null;
}
