import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../../runtime/principal';
import { confidenceOf, differingFields, registrationSources } from './provenance';
import { mergedSources } from './provenance-merge';
import { contributionMatch, contributorNamed, matchConfidence } from './provenance-contributors';

const at = new Date('2026-03-02T10:00:00Z');
const principal = (role: Principal['role'], organizationId: string | null = null, country: string | null = null) =>
  ({ subject: 's', role, organizationId, country, scopes: [] }) as Principal;

describe('confidence of a source', () => {
  it('is REPORTED for a list and the demo data, VERIFIED for stewards, INFERRED for a merge', () => {
    expect(confidenceOf('LIST_IMPORT', 'NAME')).toBe('REPORTED');
    expect(confidenceOf('LIST_IMPORT', 'OWNER')).toBe('REPORTED');
    expect(confidenceOf('SEED', 'WORKER_COUNT')).toBe('REPORTED');
    expect(confidenceOf('REGISTRY_STEWARD', 'STATUS')).toBe('VERIFIED');
    expect(confidenceOf('MERGE', 'SECTORS')).toBe('INFERRED');
  });

  it('is INFERRED for the status a list registration starts with', () => {
    expect(confidenceOf('LIST_IMPORT', 'STATUS')).toBe('INFERRED');
  });

  it('records one source per field a registration holds', () => {
    const records = registrationSources(
      'BD2024061K7QX3M',
      { name: 'Sunrise', address: 'Plot 1', countryCode: 'BD', sectors: [], workerCountMin: 100, status: 'ACTIVE' },
      { kind: 'LIST_IMPORT', organizationId: 'brand', listImportId: 'fli_1', rowNumber: 2, recordedAt: at },
    );
    expect(records.map((record) => [record.field, record.confidence])).toEqual([
      ['NAME', 'REPORTED'],
      ['ADDRESS', 'REPORTED'],
      ['COUNTRY', 'REPORTED'],
      ['WORKER_COUNT', 'REPORTED'],
      ['STATUS', 'INFERRED'],
    ]);
    expect(records[0]).toMatchObject({ id: 'BD2024061K7QX3M:NAME', organizationId: 'brand', rowNumber: 2 });
  });
});

describe('differing fields of a contribution', () => {
  it('compares text as matching folds it and lists only what the row states', () => {
    const current = {
      name: 'Sunrise Garments Ltd',
      address: 'Plot 12, Dhaka',
      countryCode: 'BD',
      sectors: ['Apparel'],
    };
    const claimed = { name: 'SUNRISE garments ltd.', address: 'Plot 12 Dhaka', countryCode: 'BD', workerCountMin: 900 };
    expect(differingFields(claimed, current)).toEqual(['WORKER_COUNT']);
    expect(differingFields({ ...claimed, sectors: ['apparel'] }, current)).toEqual(['WORKER_COUNT']);
    expect(differingFields({ name: 'Other Mill' }, current)).toEqual(['NAME']);
  });
});

describe('naming a contributor', () => {
  const facts = { organizationId: 'brand-a', facilityOwnerId: 'supplier-s', facilityCountry: 'BD', visibleLinks: [] };
  const undisclosed = [{ buyerId: 'brand-a', publiclyDisclosed: false }];

  it('names it to admins, to itself and when it owns the facility', () => {
    expect(contributorNamed(principal('ADMIN'), facts)).toBe(true);
    expect(contributorNamed(principal('BRAND', 'brand-a'), facts)).toBe(true);
    expect(contributorNamed(principal('PUBLIC'), { ...facts, organizationId: 'supplier-s' })).toBe(true);
  });

  it('withholds a brand whose link the caller does not see', () => {
    expect(contributorNamed(principal('PUBLIC'), facts)).toBe(false);
    expect(contributorNamed(principal('BRAND', 'brand-b'), facts)).toBe(false);
  });

  it('names a brand whose link the caller sees, except a regulator abroad seeing it under sharing', () => {
    expect(contributorNamed(principal('SUPPLIER', 'supplier-s'), { ...facts, visibleLinks: undisclosed })).toBe(true);
    expect(contributorNamed(principal('REGULATOR', null, 'BD'), { ...facts, visibleLinks: undisclosed })).toBe(true);
    expect(contributorNamed(principal('REGULATOR', null, 'DE'), { ...facts, visibleLinks: undisclosed })).toBe(false);
    const disclosed = [{ buyerId: 'brand-a', publiclyDisclosed: true }];
    expect(contributorNamed(principal('REGULATOR', null, 'DE'), { ...facts, visibleLinks: disclosed })).toBe(true);
  });
});

describe('how a contribution matched', () => {
  it('tells rows that registered, matched or were decided apart', () => {
    expect(contributionMatch({ outcome: 'NEW', resolution: null })).toBe('CREATED');
    expect(contributionMatch({ outcome: 'MATCHED', resolution: null })).toBe('MATCHED');
    expect(contributionMatch({ outcome: 'POTENTIAL_MATCH', resolution: 'CONFIRMED' })).toBe('CONFIRMED');
    expect(contributionMatch({ outcome: 'POTENTIAL_MATCH', resolution: 'REJECTED' })).toBe('CREATED_ON_REJECTION');
    expect(matchConfidence('MATCHED')).toBe('INFERRED');
    expect(matchConfidence('CONFIRMED')).toBe('REPORTED');
  });
});

describe('sources after a merge', () => {
  const base = {
    name: 'Sunrise',
    address: 'Plot 1',
    countryCode: 'BD',
    latitude: null,
    longitude: null,
    sectors: ['Apparel'],
    productTypes: [],
    workerCountMin: 500,
    workerCountMax: 500,
    femaleWorkerShare: null,
    migrantWorkerShare: null,
    ownerId: null,
    status: 'ACTIVE',
    movedToId: null,
  };
  const listed = {
    field: 'LOCATION' as const,
    kind: 'LIST_IMPORT' as const,
    confidence: 'REPORTED' as const,
    organizationId: 'brand',
    listImportId: 'fli_2',
    rowNumber: 3,
    recordedAt: at,
    recordedBy: null,
  };

  it('keeps the source of a value taken over and makes combined values the merge’s own', () => {
    const after = { ...base, latitude: 23.9, longitude: 90.3, sectors: ['Apparel', 'Knitwear'] };
    const records = mergedSources('BD1', 'BD2', base, after, [listed], { recordedAt: at, recordedBy: 'admin' });
    expect(records).toEqual([
      { ...listed, id: 'BD1:LOCATION', facility: 'BD1', mergedFromId: 'BD2' },
      expect.objectContaining({ id: 'BD1:SECTORS', kind: 'MERGE', confidence: 'INFERRED', mergedFromId: 'BD2' }),
    ]);
  });

  it('records nothing when the merge changed no value', () => {
    expect(mergedSources('BD1', 'BD2', base, { ...base }, [], { recordedAt: at, recordedBy: null })).toEqual([]);
  });
});
