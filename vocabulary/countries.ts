import { readFileSync } from 'node:fs';

/**
 * The one list of countries (ISO 3166-1 alpha-2, with alpha-3, English short name and UN M49
 * region, `countries.json`). The agreements subgraph serves it as `Country`; every subgraph that
 * validates a country code or a facility id reads the same list.
 */
export interface CountryRecord {
  code: string;
  alpha3: string;
  name: string;
  region: string;
}

export const COUNTRIES_FILE = new URL('./countries.json', import.meta.url);

export const COUNTRY_LIST: { source: string; countries: CountryRecord[] } = JSON.parse(
  readFileSync(COUNTRIES_FILE, 'utf8'),
);

const CODES: ReadonlySet<string> = new Set(COUNTRY_LIST.countries.map((country) => country.code));

/** Whether `code` is a country of the list (upper-case alpha-2). */
export const isKnownCountry = (code: string): boolean => CODES.has(code);
