/**
 * Reading a facility list in Open Supply Hub's CSV layout. Problems with the file as a
 * whole (wrong encoding, too large, no header we can use) throw a CsvFileError: nothing in
 * it can be imported. Problems with one row come back as that row's result, so the rest of
 * the list still imports and the uploader can fix just the rows named.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { type FacilityListRow, parseListRow, type RowContext } from './facility-list-row';

export type { FacilityListRow, WorkerCount } from './facility-list-row';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const REQUIRED_COLUMNS = ['country', 'name', 'address'] as const;
export const OPTIONAL_COLUMNS = [
  'sector',
  'product_type',
  'number_of_workers',
  'facility_type',
  'processing_type',
  'parent_company',
  'lat',
  'lng',
] as const;
export type ListColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export type CsvFileErrorCode =
  'EMPTY' | 'TOO_LARGE' | 'NOT_UTF8' | 'MALFORMED' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMNS';

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
  { rowNumber: number; ok: true; row: FacilityListRow } | { rowNumber: number; ok: false; reason: string };

export interface FacilityListOptions extends RowContext {
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
export function parseFacilityList(input: Uint8Array | string, options: FacilityListOptions = {}): ParsedFacilityList {
  const text = decode(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const [header, ...body] = csvRecords(text);
  const isBlank = (fields: string[]) => fields.every((field) => field.trim() === '');
  if (!header || isBlank(header)) throw new CsvFileError('EMPTY', 'the file is empty');

  const columns = header.map(columnName);
  const seen = new Set<string>();
  for (const column of columns) {
    if (column && seen.has(column))
      throw new CsvFileError('DUPLICATE_COLUMNS', `column "${column}" appears more than once`);
    seen.add(column);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    const found = columns.filter(Boolean).join(', ') || 'none';
    throw new CsvFileError(
      'MISSING_COLUMNS',
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${found})`,
    );
  }

  const rows: ListRowResult[] = [];
  // A record, not a line, is a spreadsheet row: a quoted address may span lines. Blank lines count.
  body.forEach((fields, index) => {
    if (isBlank(fields)) return;
    const rowNumber = index + 2;
    const extra = fields.slice(columns.length).filter((field) => field.trim() !== '');
    if (extra.length > 0) {
      rows.push({
        rowNumber,
        ok: false,
        reason: `row has ${fields.length} fields but the header has ${columns.length}; is a comma missing its quotes?`,
      });
      return;
    }
    const values: Partial<Record<ListColumn, string>> = {};
    columns.forEach((column, i) => {
      if (KNOWN_COLUMNS.has(column)) values[column as ListColumn] = (fields[i] ?? '').trim();
    });
    const parsed = parseListRow(values, options);
    rows.push(parsed.ok ? { rowNumber, ok: true, row: parsed.row } : { rowNumber, ok: false, reason: parsed.reason });
  });
  if (rows.length === 0) throw new CsvFileError('EMPTY', 'the file has a header but no facility rows');

  return { rows, ignoredColumns: columns.filter((column) => column && !KNOWN_COLUMNS.has(column)) };
}

/**
 * The file's records (RFC 4180: quoted fields, commas, line breaks and doubled quotes inside
 * quotes; CRLF, LF or CR line ends). Lenient where spreadsheets are: a stray quote inside an
 * unquoted field is kept, rows may have more or fewer fields than the header, blank lines stay
 * (as empty records) so that records keep their spreadsheet row numbers. Strict only where the
 * data would otherwise be silently wrong: a quoted field that is never closed.
 */
export function csvRecords(text: string): string[][] {
  // Where the last complete record ended, in bytes, to name the line an unclosed quote starts on.
  let parsedBytes = 0;
  try {
    return parse(text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record: string[], info) => {
        parsedBytes = info.bytes;
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lineOf(Buffer.from(text, 'utf8').subarray(0, parsedBytes).toString('utf8'), null);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new CsvFileError('MALFORMED', `a quoted field starting on line ${line} is never closed`);
    throw new CsvFileError('MALFORMED', `the record starting on line ${line} is not valid CSV: ${error.message}`);
  }
}

/** "Number of Workers " → "number_of_workers": headers are matched case- and spacing-insensitively. */
function columnName(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function decode(input: Uint8Array | string, maxBytes: number): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size === 0) throw new CsvFileError('EMPTY', 'the file is empty');
  if (size > maxBytes) {
    throw new CsvFileError(
      'TOO_LARGE',
      `the file is ${formatBytes(size)}, larger than the limit of ${formatBytes(maxBytes)}; split the list`,
    );
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
      throw new CsvFileError(
        'NOT_UTF8',
        `the file is not valid UTF-8 (first bad byte on line ${line}); save it as "CSV UTF-8"`,
      );
    }
  }
  // A replacement character means some earlier tool already failed to read the text.
  if (text.includes('\uFFFD')) {
    throw new CsvFileError(
      'NOT_UTF8',
      `line ${lineOf(text, '\uFFFD')} contains "\uFFFD" where characters were lost in an earlier conversion`,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CsvFileError('EMPTY', 'the file is empty');
  return text;
}

/** The line on which `needle` first occurs; with no needle, the line just after the text. */
function lineOf(text: string, needle: string | null): number {
  const index = needle === null ? text.length : text.indexOf(needle);
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
