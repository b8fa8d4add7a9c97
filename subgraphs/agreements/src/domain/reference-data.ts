// Reference data: the shared country list (vocabulary/countries.json) and ILO instruments
// (vocabulary/ilo-instruments.json, which the inspections subgraph checks citations against), and
// this subgraph's ratifications of the demo countries (data/). Loaded once, validated with zod; a
// bad file fails loudly with the file name and the problem.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COMPLIANCE_AREAS } from '../../../../vocabulary/compliance-areas';
import { COUNTRIES_FILE } from '../../../../vocabulary/countries';
import { ILO_INSTRUMENTS_FILE, iloInstrumentSchema } from '../../../../vocabulary/ilo-instruments';
import { RATIFICATION_STATUSES, REGION_NAMES } from './vocabulary';

export { COMPLIANCE_AREAS };

/** The fundamental instruments (C029 with its 2014 Protocol, and C155/C187 since 2022). */
export const FUNDAMENTAL_CONVENTION_CODES = [
  'C029',
  'P029',
  'C087',
  'C098',
  'C100',
  'C105',
  'C111',
  'C138',
  'C182',
  'C155',
  'C187',
] as const;

const source = z.string().trim().min(1);

/** A real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

const countrySchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    alpha3: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
    name: z.string().trim().min(1),
    region: z.enum(REGION_NAMES),
  })
  .strict();

const conventionSchema = iloInstrumentSchema;

const ratificationSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    convention: z.string().regex(/^[CP]\d{3}$/, 'expected a convention code such as C029 or P029'),
    date: isoDate,
    status: z.enum(RATIFICATION_STATUSES),
    certain: z.boolean(),
    note: z.string().nullable(),
  })
  .strict();

export type Country = z.infer<typeof countrySchema>;
export type Convention = z.infer<typeof conventionSchema>;
export type Ratification = z.infer<typeof ratificationSchema>;

const countriesFile = z.object({ source, countries: z.array(countrySchema).min(1) });
const conventionsFile = z.object({ source, conventions: z.array(conventionSchema).min(1) });
/** Which countries and instruments the records cover: outside them, a missing record means unknown. */
const coverageSchema = z
  .object({
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
    conventions: z.array(z.string().regex(/^[CP]\d{3}$/)).min(1),
  })
  .strict();
const ratificationsFile = z.object({
  source: z.object({ name: source, url: z.string().url(), retrieved: source, covers: coverageSchema }).passthrough(),
  records: z.array(ratificationSchema),
});

function fail(file: string, problem: string): never {
  throw new Error(`Invalid reference data in ${file}: ${problem}`);
}

function parse<T extends z.ZodTypeAny>(file: string, schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    fail(file, issues.join('; '));
  }
  return parsed.data;
}

function uniqueBy<T>(file: string, what: string, items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) fail(file, `duplicate ${what} ${k}`);
    map.set(k, item);
  }
  return map;
}

/** Validates the three parsed JSON documents together; throws an Error naming the file and the problem. */
export function validateReferenceData(raw: { countries: unknown; conventions: unknown; ratifications: unknown }) {
  const countriesDoc = parse('countries.json', countriesFile, raw.countries);
  const conventionsDoc = parse('ilo-instruments.json', conventionsFile, raw.conventions);
  const ratificationsDoc = parse('ratifications.json', ratificationsFile, raw.ratifications);

  const countryIndex = uniqueBy('countries.json', 'country code', countriesDoc.countries, (c) => c.code);
  uniqueBy('countries.json', 'alpha-3 code', countriesDoc.countries, (c) => c.alpha3);
  const conventionIndex = uniqueBy(
    'ilo-instruments.json',
    'convention code',
    conventionsDoc.conventions,
    (c) => c.code,
  );
  for (const c of conventionsDoc.conventions) {
    if (c.supplements && !conventionIndex.has(c.supplements))
      fail('ilo-instruments.json', `${c.code} supplements unknown convention ${c.supplements}`);
  }
  for (const code of FUNDAMENTAL_CONVENTION_CODES) {
    const c = conventionIndex.get(code);
    if (!c) fail('ilo-instruments.json', `fundamental instrument ${code} is missing`);
    if (c.category !== 'FUNDAMENTAL')
      fail('ilo-instruments.json', `${code} must have category FUNDAMENTAL, not ${c.category}`);
  }
  for (const r of ratificationsDoc.records) {
    const at = `record ${r.country}/${r.convention}`;
    if (!countryIndex.has(r.country)) fail('ratifications.json', `${at} refers to unknown country ${r.country}`);
    if (!conventionIndex.has(r.convention))
      fail('ratifications.json', `${at} refers to unknown convention ${r.convention}`);
    if (!r.certain && !r.note) fail('ratifications.json', `${at} is marked uncertain but has no note saying why`);
  }
  const { covers } = ratificationsDoc.source;
  for (const code of covers.countries)
    if (!countryIndex.has(code)) fail('ratifications.json', `covers unknown country ${code}`);
  for (const code of covers.conventions)
    if (!conventionIndex.has(code)) fail('ratifications.json', `covers unknown convention ${code}`);
  uniqueBy('ratifications.json', 'ratification', ratificationsDoc.records, (r) => `${r.country}/${r.convention}`);
  return { countriesDoc, conventionsDoc, ratificationsDoc, countryIndex, conventionIndex };
}

function readJson(file: string): unknown {
  // Countries and instruments are shared vocabulary; ratifications are this subgraph's own data.
  const shared: Record<string, URL> = {
    'countries.json': COUNTRIES_FILE,
    'ilo-instruments.json': ILO_INSTRUMENTS_FILE,
  };
  const location = shared[file] ?? new URL(`../../data/${file}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(location, 'utf8'));
  } catch (e) {
    fail(file, `cannot be read as JSON (${(e as Error).message})`);
  }
}

const data = validateReferenceData({
  countries: readJson('countries.json'),
  conventions: readJson('ilo-instruments.json'),
  ratifications: readJson('ratifications.json'),
});

export const countries: readonly Country[] = data.countriesDoc.countries;
export const conventions: readonly Convention[] = data.conventionsDoc.conventions;
export const ratifications: readonly Ratification[] = data.ratificationsDoc.records;
export const referenceSources = {
  countries: data.countriesDoc.source,
  conventions: data.conventionsDoc.source,
  ratifications: data.ratificationsDoc.source,
} as const;

const coveredCountries = new Set(data.ratificationsDoc.source.covers.countries);
const coveredConventions = new Set(data.ratificationsDoc.source.covers.conventions);

/**
 * Whether the reference records cover this country and instrument: where they do, a missing
 * record means not ratified; elsewhere it means the graph does not know.
 */
export function ratificationCovered(countryCode: string, conventionCode: string): boolean {
  return coveredCountries.has(countryCode) && coveredConventions.has(conventionCode);
}

export function countryByCode(code: string): Country | undefined {
  return data.countryIndex.get(code.toUpperCase());
}

export function conventionByCode(code: string): Convention | undefined {
  return data.conventionIndex.get(code.toUpperCase());
}
