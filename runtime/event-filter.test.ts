import { describe, expect, it } from 'vitest';
import { eventFilterSchema, matchesFilter, normalizeFilter } from './event-filter';
import type { GraphEvent } from './events';

const event = (type: GraphEvent['type'], country: string | null, payload: Record<string, unknown>): GraphEvent => ({
  id: '0193a6f2-5c1e-7d4a-9b0e-2f6c8d1e4a77',
  type,
  version: 1,
  source: 'test',
  subject: 'Test:1',
  country,
  occurredAt: '2026-12-03T10:00:00.000Z',
  payload,
});

const finding = event('ZERO_TOLERANCE_FINDING', 'BD', { facilityId: 'BD2024A', area: 'FORCED_LABOUR' });
const merge = event('FACILITY_MERGED', 'BD', {
  survivorId: 'BD2024S',
  mergedId: 'BD2024M',
  earlierMergedIds: ['BD2023E'],
});
const agreement = event('AGREEMENT_STATUS_CHANGED', null, { countries: ['BD', 'NL'] });

describe('an event filter', () => {
  it('lets everything through when it lists nothing', () => {
    for (const each of [finding, merge, agreement]) expect(matchesFilter(each, {})).toBe(true);
  });

  it('matches types, countries (an agreement’s parties too), facilities (both sides of a merge) and areas', () => {
    expect(matchesFilter(finding, { types: ['ZERO_TOLERANCE_FINDING'] })).toBe(true);
    expect(matchesFilter(finding, { types: ['INSPECTION_PUBLISHED'] })).toBe(false);
    expect(matchesFilter(agreement, { countries: ['NL'] })).toBe(true);
    expect(matchesFilter(agreement, { countries: ['VN'] })).toBe(false);
    expect(matchesFilter(merge, { facilities: ['bd2023e'] })).toBe(true);
    expect(matchesFilter(finding, { areas: ['FORCED_LABOUR'] })).toBe(true);
    expect(matchesFilter(finding, { areas: ['CHILD_LABOUR'] })).toBe(false);
  });

  it('does not let through an event that names no facility or area when the filter lists some', () => {
    expect(matchesFilter(agreement, { facilities: ['BD2024A'] })).toBe(false);
    expect(matchesFilter(merge, { areas: ['FORCED_LABOUR'] })).toBe(false);
  });

  it('needs every list it gives to match', () => {
    expect(matchesFilter(finding, { countries: ['BD'], areas: ['CHILD_LABOUR'] })).toBe(false);
  });

  it('is validated and stored tidy: codes upper-cased, duplicates and empty lists dropped', () => {
    const parsed = eventFilterSchema.parse({ countries: ['bd', 'BD', 'vn'], areas: [], facilities: null });
    expect(normalizeFilter(parsed)).toEqual({ countries: ['BD', 'VN'] });
    expect(eventFilterSchema.safeParse({ countries: ['Bangladesh'] }).success).toBe(false);
    expect(eventFilterSchema.safeParse({ types: ['NOT_AN_EVENT'] }).success).toBe(false);
  });
});
