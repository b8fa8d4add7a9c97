/**
 * A small RFC 4180 CSV reader: quoted fields, commas and line breaks inside quotes,
 * doubled quotes, CRLF or LF line ends. It is lenient where spreadsheets are (a stray quote
 * inside an unquoted field is kept as a character) and strict only where the data would
 * otherwise be silently wrong (a quote that is never closed).
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file on which the record starts (records may span lines). */
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records. A leading byte order mark is ignored. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) throw new CsvSyntaxError(`a quoted field starting on line ${recordLine} is never closed`, recordLine);
  // A final line without a line break is still a record; a trailing line break adds none.
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
