/** One row of a facility list, checked and typed. Every problem found is reported, not just the first. */
import { COUNTRY_LIST, isKnownCountry } from '../../../../vocabulary/countries';
import { foldText } from './normalise';

/** Workers at the facility; `max` is null for open-ended ranges ("More than 10000"). */
export interface WorkerCount {
  min: number;
  max: number | null;
}

export interface FacilityListRow {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  name: string;
  address: string;
  sectors: string[];
  productTypes: string[];
  facilityTypes: string[];
  processingTypes: string[];
  numberOfWorkers?: WorkerCount;
  parentCompany?: string;
  location?: { lat: number; lng: number };
}

export interface RowContext {
  /** Whether an ISO 3166-1 alpha-2 code (upper case) is one the registry knows; the shared country list by default. */
  isKnownCountry?: (code: string) => boolean;
  /** Alpha-2 code for an English country name ("Viet Nam" → "VN"); the shared country list by default. */
  countryCodeForName?: (name: string) => string | undefined;
}

const BY_NAME = new Map(COUNTRY_LIST.countries.map((country) => [foldText(country.name), country.code]));

/** A country as list uploads write it: an ISO code (`bd`, `BD`) or its English short name (`Bangladesh`). */
export function countryCodeOf(written: string): string | null {
  const trimmed = written.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return isKnownCountry(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  return BY_NAME.get(foldText(trimmed)) ?? null;
}

const countriesOf = (context: RowContext): Required<RowContext> => ({
  isKnownCountry: context.isKnownCountry ?? isKnownCountry,
  countryCodeForName: context.countryCodeForName ?? ((name) => countryCodeOf(name) ?? undefined),
});

type Values = Partial<
  Record<
    | 'country'
    | 'name'
    | 'address'
    | 'sector'
    | 'product_type'
    | 'number_of_workers'
    | 'facility_type'
    | 'processing_type'
    | 'parent_company'
    | 'lat'
    | 'lng',
    string
  >
>;

export type RowParse = { ok: true; row: FacilityListRow } | { ok: false; reason: string };

export function parseListRow(values: Values, context: RowContext = {}): RowParse {
  const problems: string[] = [];
  const name = values.name ?? '';
  const address = values.address ?? '';
  if (!name) problems.push('name is missing');
  if (!address) problems.push('address is missing');
  const country = countryCode(values.country ?? '', countriesOf(context), problems);
  const numberOfWorkers = workerCount(values.number_of_workers ?? '', problems);
  const location = coordinates(values.lat ?? '', values.lng ?? '', problems);
  if (problems.length > 0 || !country) return { ok: false, reason: problems.join('; ') };

  return {
    ok: true,
    row: {
      country,
      name,
      address,
      sectors: list(values.sector),
      productTypes: list(values.product_type),
      facilityTypes: list(values.facility_type),
      processingTypes: list(values.processing_type),
      ...(numberOfWorkers && { numberOfWorkers }),
      ...(values.parent_company && { parentCompany: values.parent_company }),
      ...(location && { location }),
    },
  };
}

/** Open Supply Hub separates several values in one cell with "|". */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

function countryCode(value: string, context: Required<RowContext>, problems: string[]): string | undefined {
  if (!value) {
    problems.push('country is missing');
    return undefined;
  }
  const code = /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : context.countryCodeForName(value)?.toUpperCase();
  if (code && context.isKnownCountry(code)) return code;
  problems.push(`country "${value}" is neither a known ISO 3166-1 alpha-2 code nor a known country name`);
  return undefined;
}

/** "250", "1,200", "1001-5000", "1000+", and Open Supply Hub's "Less than 1000" / "More than 10000". */
function workerCount(value: string, problems: string[]): WorkerCount | undefined {
  if (!value) return undefined;
  const text = value.toLowerCase().replace(/(\d)[,.\s](?=\d{3}\b)/g, '$1');
  let match: RegExpMatchArray | null;
  if ((match = text.match(/^(\d+)$/))) return { min: Number(match[1]), max: Number(match[1]) };
  if ((match = text.match(/^(\d+)\s*[-–—]\s*(\d+)$/)) && Number(match[1]) <= Number(match[2])) {
    return { min: Number(match[1]), max: Number(match[2]) };
  }
  if ((match = text.match(/^(?:(\d+)\s*\+|more than\s*(\d+))$/)))
    return { min: Number(match[1] ?? match[2]) + (match[2] ? 1 : 0), max: null };
  if ((match = text.match(/^less than\s*(\d+)$/)) && Number(match[1]) > 1) return { min: 1, max: Number(match[1]) - 1 };
  problems.push(`number_of_workers must be a number or a range like 1001-5000, got "${value}"`);
  return undefined;
}

function coordinates(lat: string, lng: string, problems: string[]): { lat: number; lng: number } | undefined {
  if (!lat && !lng) return undefined;
  if (!lat || !lng) {
    problems.push('lat and lng must be given together');
    return undefined;
  }
  const latitude = Number(lat);
  const longitude = Number(lng);
  const before = problems.length;
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    problems.push(`lat must be a number from -90 to 90, got "${lat}"`);
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)
    problems.push(`lng must be a number from -180 to 180, got "${lng}"`);
  return problems.length === before ? { lat: latitude, lng: longitude } : undefined;
}
