import { describe, expect, it } from 'vitest';
import { CsvFileError, csvRecords, parseFacilityList, type FacilityListOptions } from './csv';

const COUNTRY_NAMES: Record<string, string> = {
  bangladesh: 'BD',
  'viet nam': 'VN',
  vietnam: 'VN',
  turkey: 'TR',
  türkiye: 'TR',
};
const options: FacilityListOptions = {
  isKnownCountry: (code) => ['BD', 'VN', 'TR', 'KH'].includes(code),
  countryCodeForName: (name) => COUNTRY_NAMES[name.trim().toLowerCase()],
};
const parse = (input: string | Uint8Array, extra: Partial<FacilityListOptions> = {}) =>
  parseFacilityList(input, { ...options, ...extra });

function fileError(run: () => unknown): CsvFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('expected a CsvFileError');
}

describe('csvRecords (RFC 4180)', () => {
  it('handles quoted fields, embedded commas, line breaks and doubled quotes, CRLF and LF', () => {
    const text = 'a,b,c\r\n"x, y","line 1\r\nline 2","say ""hi"""\nplain,,last';
    expect(csvRecords(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'line 1\r\nline 2', 'say "hi"'],
      ['plain', '', 'last'],
    ]);
  });

  it('ignores a byte order mark and a final line break, keeps a last line without one', () => {
    expect(csvRecords('\uFEFFa,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    // A line holding only "" is one empty field: a blank row, which the list reader skips.
    expect(csvRecords('a\n""')).toEqual([['a'], ['']]);
    expect(csvRecords('a,""')).toEqual([['a', '']]);
  });

  it('keeps a stray quote inside an unquoted field, rejects an unclosed quoted field naming its line', () => {
    expect(csvRecords('5" screen,x')[0]).toEqual(['5" screen', 'x']);
    expect(() => csvRecords('a,b\n"open,field\nmore')).toThrow(/starting on line 2 is never closed/);
    expect(() => csvRecords('a,b\nc,"d\ne"\n"open,field\nmore')).toThrow(/starting on line 4 is never closed/);
  });
});

describe('parseFacilityList', () => {
  it('reads the Open Supply Hub layout with case-insensitive headers, a BOM and optional columns', () => {
    const csv =
      '\uFEFFCountry,Name,Address,Sector,Product Type,number_of_workers,Facility_Type,processing_type,parent_company,lat,lng,internal_ref\r\n' +
      'BD,"Sunrise Garments Ltd","Plot 12, Road 5, Uttara, Dhaka",Apparel|Textiles,T-shirts,1001-5000,Final Product Assembly,Sewing,Sunrise Group,23.87,90.39,A-1\r\n' +
      'Viet Nam,Công ty TNHH May Việt Tiến,"Lô A5, KCN Tân Thuận",,,"1,200",,,,,,\r\n';
    const { rows, ignoredColumns } = parse(Buffer.from(csv, 'utf8'));
    expect(ignoredColumns).toEqual(['internal_ref']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        ok: true,
        row: {
          country: 'BD',
          name: 'Sunrise Garments Ltd',
          address: 'Plot 12, Road 5, Uttara, Dhaka',
          sectors: ['Apparel', 'Textiles'],
          productTypes: ['T-shirts'],
          facilityTypes: ['Final Product Assembly'],
          processingTypes: ['Sewing'],
          numberOfWorkers: { min: 1001, max: 5000 },
          parentCompany: 'Sunrise Group',
          location: { lat: 23.87, lng: 90.39 },
        },
      },
      {
        rowNumber: 3,
        ok: true,
        row: {
          country: 'VN',
          name: 'Công ty TNHH May Việt Tiến',
          address: 'Lô A5, KCN Tân Thuận',
          sectors: [],
          productTypes: [],
          facilityTypes: [],
          processingTypes: [],
          numberOfWorkers: { min: 1200, max: 1200 },
        },
      },
    ]);
  });

  it('reports row problems with the spreadsheet row number while other rows still parse', () => {
    const csv = [
      'country,name,address,number_of_workers,lat,lng',
      'BD,Good One,"Plot 1, Gazipur",,,',
      'BD,,"Plot 2, Gazipur",,,',
      'XX,Nowhere Ltd,Somewhere,,,',
      'Atlantis,Lost Ltd,Somewhere,,,',
      '',
      'KH,No Address,,lots,91,',
      'TR,Kipaş,"Organize Sanayi Bölgesi, Bursa",More than 10000,40.2,29.0',
      'BD,Too Many,Dhaka,,,,extra',
    ].join('\n');
    const { rows } = parse(csv);
    expect(rows.map((r) => [r.rowNumber, r.ok ? 'ok' : r.reason])).toEqual([
      [2, 'ok'],
      [3, 'name is missing'],
      [4, 'country "XX" is neither a known ISO 3166-1 alpha-2 code nor a known country name'],
      [5, 'country "Atlantis" is neither a known ISO 3166-1 alpha-2 code nor a known country name'],
      [
        7,
        'address is missing; number_of_workers must be a number or a range like 1001-5000, got "lots"; lat and lng must be given together',
      ],
      [8, 'ok'],
      [9, 'row has 7 fields but the header has 6; is a comma missing its quotes?'],
    ]);
    expect(rows[5]).toMatchObject({
      ok: true,
      row: { numberOfWorkers: { min: 10001, max: null }, location: { lat: 40.2, lng: 29 } },
    });
  });

  it('counts a multi-line quoted address as one spreadsheet row', () => {
    const { rows } = parse('country,name,address\nBD,A,"Plot 1\nGazipur"\nBD,B,Dhaka\n');
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(rows[0]).toMatchObject({ row: { address: 'Plot 1\nGazipur' } });
  });

  it('rejects files that are not UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([
      Buffer.from('country,name,address\nTR,'),
      Buffer.from([0x4b, 0x69, 0x70, 0x61, 0xfe]),
      Buffer.from(',Bursa\n'),
    ]);
    const error = fileError(() => parse(latin1));
    expect(error.code).toBe('NOT_UTF8');
    expect(error.reason).toBe('the file is not valid UTF-8 (first bad byte on line 2); save it as "CSV UTF-8"');
    expect(fileError(() => parse('country,name,address\nBD,Sunrise Garments \uFFFD,Dhaka')).reason).toMatch(
      /^line 2 contains/,
    );
    expect(fileError(() => parse(Buffer.from('\uFEFFcountry', 'utf16le'))).reason).toMatch(/UTF-16/);
  });

  it('rejects files over the byte limit, default 5 MiB', () => {
    const big = 'country,name,address\n' + 'BD,Sunrise,Dhaka\n'.repeat(400_000);
    expect(fileError(() => parse(big))).toMatchObject({
      code: 'TOO_LARGE',
      reason: expect.stringContaining('limit of 5.0 MiB'),
    });
    expect(fileError(() => parse('country,name,address\nBD,A,B\n', { maxBytes: 10 })).code).toBe('TOO_LARGE');
  });

  it('rejects empty files and files without data rows', () => {
    expect(fileError(() => parse(Buffer.alloc(0)))).toMatchObject({ code: 'EMPTY', reason: 'the file is empty' });
    expect(fileError(() => parse('\uFEFF \r\n')).code).toBe('EMPTY');
    expect(fileError(() => parse('country,name,address\r\n\r\n'))).toMatchObject({
      code: 'EMPTY',
      reason: 'the file has a header but no facility rows',
    });
  });

  it('rejects missing, duplicate and malformed headers', () => {
    expect(fileError(() => parse('Country,Facility Name,address\nBD,A,B'))).toMatchObject({
      code: 'MISSING_COLUMNS',
      reason: 'missing required column name (found: country, facility_name, address)',
    });
    expect(fileError(() => parse('country,name,address,NAME\nBD,A,B,C')).code).toBe('DUPLICATE_COLUMNS');
    expect(fileError(() => parse('country,name,address\nBD,"A,B'))).toMatchObject({ code: 'MALFORMED' });
  });
});
