/**
 * Reading a facility list in Open Supply Hub's CSV layout. Problems with the file as a
 * whole (wrong encoding, too large, no header we can use) throw a CsvFileError: nothing in
 * it can be imported. Problems with one row come back as that row's result, so the rest of
 * the list still imports and the uploader can fix just the rows named.
 */
import { CsvSyntaxError, parseCsvRecords } from './rfc4180';
import { type FacilityListRow, parseListRow, type RowContext } from './facility-list-row';

export type { FacilityListRow, WorkerCount } from './facility-list-row';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const REQUIRED_COLUMNS = ['country', 'name', 'address'] as const;
export const OPTIONAL_COLUMNS = [
  'sector', 'product_type', 'number_of_workers', 'facility_type', 'processing_type', 'parent_company', 'lat', 'lng',
] as const;
export type ListColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export type CsvFileErrorCode = 'EMPTY' | 'TOO_LARGE' | 'NOT_UTF8' | 'MALFORMED' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMNS';

export class CsvFileError extends Error {
  constructor(
    readonly code: CsvFileErrorCode,
    /** What is wrong, in words the uploader can act on. */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'CsvFileError';
  }
}

export type ListRowResult =
  /** `rowNumber` is the spreadsheet row: the header is row 1, the first facility row 2. */
  | { rowNumber: number; ok: true; row: FacilityListRow }
  | { rowNumber: number; ok: false; reason: string };

export interface FacilityListOptions {
  /** Whether an ISO 3166-1 alpha-2 code (upper case) is one the registry knows. */
  isKnownCountry: (code: string) => boolean;
  /** Alpha-2 code for an English country name ("Viet Nam" → "VN"), for lists that spell countries out. */
  countryCodeForName?: (name: string) => string | undefined;
  /** Larger files are refused before they are decoded. */
  maxBytes?: number;
}

export interface ParsedFacilityList {
  rows: ListRowResult[];
  /** Columns present in the file that the list layout does not use. */
  ignoredColumns: string[];
}

const KNOWN_COLUMNS = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

/** Parses a list upload. Pass the raw bytes when you have them, so that encoding problems are caught. */
export function parseFacilityList(input: Uint8Array | string, options: FacilityListOptions): ParsedFacilityList {
  const text = decode(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let records;
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CsvFileError('MALFORMED', error.message);
    throw error;
  }
  const [header, ...body] = records;
  const isBlank = (fields: string[]) => fields.every((field) => field.trim() === '');
  if (!header || isBlank(header.fields)) throw new CsvFileError('EMPTY', 'the file is empty');

  const columns = header.fields.map(columnName);
  const seen = new Set<string>();
  for (const column of columns) {
    if (column && seen.has(column)) throw new CsvFileError('DUPLICATE_COLUMNS', `column "${column}" appears more than once`);
    seen.add(column);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    const found = columns.filter(Boolean).join(', ') || 'none';
    throw new CsvFileError('MISSING_COLUMNS', `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${found})`);
  }

  const rows: ListRowResult[] = [];
  body.forEach((record, index) => {
    if (isBlank(record.fields)) return;
    const rowNumber = index + 2;
    const extra = record.fields.slice(columns.length).filter((field) => field.trim() !== '');
    if (extra.length > 0) {
      rows.push({ rowNumber, ok: false, reason: `row has ${record.fields.length} fields but the header has ${columns.length}; is a comma missing its quotes?` });
      return;
    }
    const values: Partial<Record<ListColumn, string>> = {};
    columns.forEach((column, i) => {
      if (KNOWN_COLUMNS.has(column)) values[column as ListColumn] = (record.fields[i] ?? '').trim();
    });
    const context: RowContext = { isKnownCountry: options.isKnownCountry, countryCodeForName: options.countryCodeForName };
    const parsed = parseListRow(values, context);
    rows.push(parsed.ok ? { rowNumber, ok: true, row: parsed.row } : { rowNumber, ok: false, reason: parsed.reason });
  });
  if (rows.length === 0) throw new CsvFileError('EMPTY', 'the file has a header but no facility rows');

  return { rows, ignoredColumns: columns.filter((column) => column && !KNOWN_COLUMNS.has(column)) };
}

/** "Number of Workers " → "number_of_workers": headers are matched case- and spacing-insensitively. */
function columnName(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function decode(input: Uint8Array | string, maxBytes: number): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size === 0) throw new CsvFileError('EMPTY', 'the file is empty');
  if (size > maxBytes) {
    throw new CsvFileError('TOO_LARGE', `the file is ${formatBytes(size)}, larger than the limit of ${formatBytes(maxBytes)}; split the list`);
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      throw new CsvFileError('NOT_UTF8', 'the file is UTF-16; save it as "CSV UTF-8"');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const line = lineOf(new TextDecoder('utf-8').decode(input), '\uFFFD');
      throw new CsvFileError('NOT_UTF8', `the file is not valid UTF-8 (first bad byte on line ${line}); save it as "CSV UTF-8"`);
    }
  }
  // A replacement character means some earlier tool already failed to read the text.
  if (text.includes('\uFFFD')) {
    throw new CsvFileError('NOT_UTF8', `line ${lineOf(text, '\uFFFD')} contains "\uFFFD" where characters were lost in an earlier conversion`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CsvFileError('EMPTY', 'the file is empty');
  return text;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
