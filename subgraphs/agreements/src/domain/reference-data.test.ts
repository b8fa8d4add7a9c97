import { readFileSync } from 'node:fs';
import { COUNTRIES_FILE } from '../../../../vocabulary/countries';
import { ILO_INSTRUMENTS_FILE, INSTRUMENT_CATEGORIES } from '../../../../vocabulary/ilo-instruments';
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_AREAS,
  FUNDAMENTAL_CONVENTION_CODES,
  conventionByCode,
  conventions,
  ratificationCovered,
  countries,
  countryByCode,
  ratifications,
  referenceSources,
  validateReferenceData,
} from './reference-data';
import { CONVENTION_CATEGORIES } from './vocabulary';

const DEMO_COUNTRIES = ['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX', 'US', 'DE', 'FR', 'NL', 'ES', 'GB'];

const EXPECTED_FUNDAMENTAL_AREAS: Record<string, string[]> = {
  C029: ['FORCED_LABOUR'],
  P029: ['FORCED_LABOUR'],
  C105: ['FORCED_LABOUR'],
  C087: ['FREEDOM_OF_ASSOCIATION'],
  C098: ['FREEDOM_OF_ASSOCIATION'],
  C100: ['DISCRIMINATION'],
  C111: ['DISCRIMINATION'],
  C138: ['CHILD_LABOUR'],
  C182: ['CHILD_LABOUR'],
  C155: ['OCCUPATIONAL_SAFETY_AND_HEALTH'],
  C187: ['OCCUPATIONAL_SAFETY_AND_HEALTH'],
};

const readRaw = (file: string): unknown =>
  JSON.parse(
    readFileSync(
      ({ 'countries.json': COUNTRIES_FILE, 'ilo-instruments.json': ILO_INSTRUMENTS_FILE } as Record<string, URL>)[
        file
      ] ?? new URL(`../../data/${file}`, import.meta.url),
      'utf8',
    ),
  );
type Row = Record<string, unknown>;
type RawDocs = {
  countries: { countries: Row[] };
  conventions: { conventions: Row[] };
  ratifications: { records: Row[] };
};
const rawDocs = (): RawDocs =>
  ({
    countries: readRaw('countries.json'),
    conventions: readRaw('ilo-instruments.json'),
    ratifications: readRaw('ratifications.json'),
  }) as RawDocs;

describe('conventions reference data', () => {
  it('ships the fundamental ten (C029 with P029) as FUNDAMENTAL with exactly their compliance areas', () => {
    expect([...FUNDAMENTAL_CONVENTION_CODES].sort()).toEqual(Object.keys(EXPECTED_FUNDAMENTAL_AREAS).sort());
    for (const [code, areas] of Object.entries(EXPECTED_FUNDAMENTAL_AREAS)) {
      const c = conventionByCode(code);
      expect(c, code).toBeDefined();
      expect(c!.category, code).toBe('FUNDAMENTAL');
      expect([...c!.areas].sort(), code).toEqual(areas);
    }
  });

  it('marks C155 and C187 as fundamental since 2022 and P029 as supplementing C029', () => {
    expect(conventionByCode('C155')!.fundamentalSince).toBe(2022);
    expect(conventionByCode('C187')!.fundamentalSince).toBe(2022);
    expect(conventionByCode('P029')!.supplements).toBe('C029');
  });

  it('ships the four governance conventions as GOVERNANCE', () => {
    for (const code of ['C081', 'C129', 'C122', 'C144']) {
      expect(conventionByCode(code)?.category, code).toBe('GOVERNANCE');
    }
  });

  it('gives every convention an official title naming its adoption year', () => {
    for (const c of conventions) {
      expect(c.title, c.code).toContain(String(c.adoptedYear));
      for (const area of c.areas) expect(COMPLIANCE_AREAS).toContain(area);
    }
    expect(conventionByCode('c029')!.title).toBe('Forced Labour Convention, 1930 (No. 29)');
  });

  it('gives every compliance area instruments to cite, technical conventions where no fundamental one applies', () => {
    for (const area of COMPLIANCE_AREAS)
      expect(
        conventions.filter((c) => c.areas.includes(area)),
        area,
      ).not.toHaveLength(0);
    expect(conventionByCode('C001')).toMatchObject({ category: 'TECHNICAL', adoptedYear: 1919 });
    expect(conventionByCode('C001')!.areas).toContain('WORKING_TIME');
    expect(conventionByCode('C131')!.title).toBe('Minimum Wage Fixing Convention, 1970 (No. 131)');
    expect(conventionByCode('C181')!.areas).toEqual(['CONTRACTS_AND_HR', 'FORCED_LABOUR']);
    expect(conventionByCode('C190')).toMatchObject({ adoptedYear: 2019, category: 'TECHNICAL' });
    expect(conventions).toHaveLength(32);
  });

  it('uses the categories of the schema’s ConventionCategory', () => {
    expect([...INSTRUMENT_CATEGORIES]).toEqual(CONVENTION_CATEGORIES);
  });
});

describe('countries reference data', () => {
  it('lists the 249 ISO 3166-1 countries and Kosovo with unique alpha-2 and alpha-3 codes', () => {
    expect(countries).toHaveLength(250);
    expect(new Set(countries.map((c) => c.code)).size).toBe(250);
    expect(new Set(countries.map((c) => c.alpha3)).size).toBe(250);
  });

  it('looks countries up by code, case-insensitively, with their UN M49 region', () => {
    expect(countryByCode('BD')).toEqual({ code: 'BD', alpha3: 'BGD', name: 'Bangladesh', region: 'Asia' });
    expect(countryByCode('vn')?.name).toBe('Viet Nam');
    expect(countryByCode('DE')?.region).toBe('Europe');
    expect(countryByCode('MX')?.region).toBe('Americas');
    expect(countryByCode('AQ')?.region).toBe('Antarctica');
    expect(countryByCode('XX')).toBeUndefined();
  });
});

describe('ratifications reference data', () => {
  it('has at least one ratification for every demo country', () => {
    for (const code of DEMO_COUNTRIES) {
      expect(
        ratifications.some((r) => r.country === code),
        code,
      ).toBe(true);
    }
  });

  it('only references known countries and conventions, once per pair', () => {
    const pairs = new Set<string>();
    for (const r of ratifications) {
      expect(countryByCode(r.country), r.country).toBeDefined();
      expect(conventionByCode(r.convention), r.convention).toBeDefined();
      pairs.add(`${r.country}/${r.convention}`);
    }
    expect(pairs.size).toBe(ratifications.length);
  });

  it('explains every uncertain record in a note', () => {
    for (const r of ratifications.filter((x) => !x.certain))
      expect(r.note, `${r.country}/${r.convention}`).toBeTruthy();
  });

  it('covers the demo countries’ fundamental and governance instruments, not the technical ones', () => {
    expect(ratificationCovered('BD', 'C155')).toBe(true);
    expect(ratificationCovered('BD', 'C001')).toBe(false);
    expect(ratificationCovered('TH', 'C029')).toBe(false);
  });

  it('records the United States as party to C105, C182 and C144 only', () => {
    const us = ratifications
      .filter((r) => r.country === 'US')
      .map((r) => r.convention)
      .sort();
    expect(us).toEqual(['C105', 'C144', 'C182']);
  });
});

describe('reference data sources and validation', () => {
  it('names the source of every data file', () => {
    expect(referenceSources.countries).toMatch(/ISO 3166-1/);
    expect(referenceSources.conventions).toMatch(/NORMLEX/);
    expect(referenceSources.ratifications.name).toMatch(/NORMLEX/);
    expect(referenceSources.ratifications.url).toMatch(/^https:\/\/normlex\.ilo\.org\//);
    expect(referenceSources.ratifications.retrieved).toMatch(/verify before legal use/);
  });

  it('accepts the shipped files as they are', () => {
    expect(() => validateReferenceData(rawDocs())).not.toThrow();
  });

  it('rejects a ratification of an unknown country, naming the file', () => {
    const docs = rawDocs();
    docs.ratifications.records.push({
      country: 'ZZ',
      convention: 'C029',
      date: '2020-01-01',
      status: 'IN_FORCE',
      certain: true,
      note: null,
    });
    expect(() => validateReferenceData(docs)).toThrow(/ratifications\.json.*unknown country ZZ/);
  });

  it('rejects a duplicate country and convention pair', () => {
    const docs = rawDocs();
    docs.ratifications.records.push({ ...docs.ratifications.records[0] });
    expect(() => validateReferenceData(docs)).toThrow(/ratifications\.json: duplicate ratification BD\/C029/);
  });

  it('rejects dates that are not calendar dates and unknown statuses', () => {
    const docs = rawDocs();
    docs.ratifications.records[0] = { ...docs.ratifications.records[0], date: '2021-02-30', status: 'RATIFIED' };
    expect(() => validateReferenceData(docs)).toThrow(/ratifications\.json: records\.0\.date: not a calendar date/);
  });

  it('rejects a bad country code and an unknown compliance area', () => {
    const withBadCountry = rawDocs();
    withBadCountry.countries.countries[0] = { ...withBadCountry.countries.countries[0], code: 'adx' };
    expect(() => validateReferenceData(withBadCountry)).toThrow(/countries\.json: countries\.0\.code/);

    const withBadArea = rawDocs();
    withBadArea.conventions.conventions[0] = { ...withBadArea.conventions.conventions[0], areas: ['SLAVERY'] };
    expect(() => validateReferenceData(withBadArea)).toThrow(/ilo-instruments\.json: conventions\.0\.areas\.0/);
  });
});
