import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATS_MONTHS,
  MAX_STATS_ROWS,
  addMonths,
  countriesOf,
  facilityCount,
  lastDayOf,
  monthsBetween,
  planStatistics,
  publishedCount,
  viewOf,
} from './suppression';

const NOW = new Date('2026-11-24T09:00:00Z');

describe('what a caller is shown of a count', () => {
  it('is the sum of the shown cells for a caller who may not see the cases, null when none is shown', () => {
    expect(publishedCount(12, 'SUPPRESSED')).toBe(12);
    expect(publishedCount(null, 'SUPPRESSED')).toBeNull();
  });

  it('is at least 0 where the caller sees every cell of some country the count covers', () => {
    expect(publishedCount(null, 'FULL')).toBe(0);
    expect(publishedCount(3, 'FULL')).toBe(3);
    expect(publishedCount(null, 'PARTIAL')).toBe(0);
  });

  it('of a facility is every case for a regulator that may see them, else the shown cells', () => {
    expect(facilityCount({ all: 7, shown: 5 }, true)).toBe(5);
    expect(facilityCount({ all: 3, shown: null }, true)).toBeNull();
    expect(facilityCount({ all: 3, shown: null }, false)).toBe(3);
  });
});

describe('the view of a row', () => {
  const bangladesh = new Set(['BD']);
  it('is full only when every country it covers is one whose cases the caller may see', () => {
    expect(viewOf(['BD'], bangladesh)).toBe('FULL');
    expect(viewOf(['BD', 'VN'], bangladesh)).toBe('PARTIAL');
    expect(viewOf(['VN'], bangladesh)).toBe('SUPPRESSED');
    expect(viewOf('ALL', bangladesh)).toBe('PARTIAL');
    expect(viewOf('ALL', new Set())).toBe('SUPPRESSED');
  });

  it('covers the row’s country, else the filter’s countries, else all', () => {
    expect(countriesOf({ COUNTRY: 'VN' }, { countries: ['BD', 'VN'] })).toEqual(['VN']);
    expect(countriesOf({ AREA: 'WORKING_TIME' }, { countries: ['BD'] })).toEqual(['BD']);
    expect(countriesOf({}, { countries: null })).toBe('ALL');
  });
});

describe('the rows of grievanceStats', () => {
  it('are every combination of the grouped values, with cases or without', () => {
    const { plan, issues } = planStatistics(
      ['AREA', 'COUNTRY'],
      { country: [' bd', 'VN', 'BD'], area: ['WORKING_TIME', 'CHILD_LABOUR'] },
      NOW,
    );
    expect(issues).toEqual([]);
    expect(plan.rows).toEqual([
      { AREA: 'CHILD_LABOUR', COUNTRY: 'BD' },
      { AREA: 'CHILD_LABOUR', COUNTRY: 'VN' },
      { AREA: 'WORKING_TIME', COUNTRY: 'BD' },
      { AREA: 'WORKING_TIME', COUNTRY: 'VN' },
    ]);
  });

  it('list every country of the country list when no country is filtered', () => {
    const { plan } = planStatistics(['COUNTRY'], null, NOW);
    expect(plan.rows.length).toBeGreaterThan(240);
    expect(plan.rows).toContainEqual({ COUNTRY: 'XK' });
  });

  it('are one total when nothing is grouped', () => {
    expect(planStatistics([], { status: ['RECEIVED'] }, NOW).plan.rows).toEqual([{}]);
  });

  it('by month cover the period, by default the 24 months up to the current one', () => {
    const defaulted = planStatistics(['MONTH'], null, NOW).plan;
    expect(defaulted.rows).toHaveLength(DEFAULT_STATS_MONTHS);
    expect(defaulted.rows.at(0)).toEqual({ MONTH: '2024-12' });
    expect(defaulted.rows.at(-1)).toEqual({ MONTH: '2026-11' });
    expect([defaulted.fromMonth, defaulted.toMonth]).toEqual(['2024-12', '2026-11']);
    const asked = planStatistics(['MONTH'], { from: '2025-11-01', to: '2026-01-31' }, NOW).plan;
    expect(asked.rows.map((row) => row.MONTH)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('count all time when neither grouped by month nor given a period', () => {
    const { plan } = planStatistics(['STATUS'], null, NOW);
    expect([plan.fromMonth, plan.toMonth]).toEqual([null, null]);
  });
});

describe('requests grievanceStats refuses', () => {
  it('periods that are not whole months', () => {
    const { issues } = planStatistics([], { from: '2026-03-02', to: '2026-03-30' }, NOW);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['filter.from', 'filter.to']);
    expect(planStatistics([], { from: '2024-02-01', to: '2024-02-29' }, NOW).issues).toEqual([]);
  });

  it('a period ending before it starts, and unknown countries', () => {
    expect(planStatistics([], { from: '2026-05-01', to: '2026-04-30' }, NOW).issues).toEqual([
      { path: ['filter', 'from'], message: 'from is after to' },
    ]);
    expect(planStatistics([], { country: ['BD', 'QQ'] }, NOW).issues).toEqual([
      { path: ['filter', 'country', '1'], message: 'QQ is not a country code' },
    ]);
  });

  it(`groupings of more than ${MAX_STATS_ROWS} rows`, () => {
    const { plan, issues } = planStatistics(['COUNTRY', 'AREA', 'STATUS', 'FILED_BY'], null, NOW);
    expect(issues.map((issue) => issue.path)).toEqual([['groupBy']]);
    expect(plan.rows).toEqual([{}]);
    expect(planStatistics(['COUNTRY', 'AREA', 'STATUS', 'FILED_BY'], { country: ['BD'] }, NOW).issues).toEqual([]);
  });
});

describe('months', () => {
  it('are counted across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-12', '2026-02')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-12')).toEqual([]);
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});
