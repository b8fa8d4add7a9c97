import { readFileSync } from 'node:fs';
import { foldText } from './domain/normalise';

/**
 * ISO 3166-1 alpha-2 codes and names. The agreements subgraph owns countries; this subgraph
 * keeps a copy of the code list (data/countries.json) because it validates facility ids and
 * list uploads without calling another service.
 */
const { countries } = JSON.parse(readFileSync(new URL('../data/countries.json', import.meta.url), 'utf8')) as { countries: Record<string, string> };

const CODES: ReadonlySet<string> = new Set(Object.keys(countries));
const BY_NAME = new Map(Object.entries(countries).map(([code, name]) => [foldText(name), code]));

export const isKnownCountry = (code: string): boolean => CODES.has(code);

/** A country as list uploads write it: an ISO code (`bd`, `BD`) or its English short name (`Bangladesh`). */
export function countryCodeOf(written: string): string | null {
  const trimmed = written.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return CODES.has(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  return BY_NAME.get(foldText(trimmed)) ?? null;
}
