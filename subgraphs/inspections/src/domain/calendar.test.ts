import { describe, expect, it } from 'vitest';
import { earliestTodayOnEarth, latestTodayOnEarth, parseCalendarDate, toCalendarDay } from './calendar';

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD as midnight UTC', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-2-3', '2025-06-01T00:00:00Z', '', 20250601, null]) {
      expect(parseCalendarDate(bad), String(bad)).toBeNull();
    }
    expect(parseCalendarDate(new Date('nonsense'))).toBeNull();
  });

  it('takes the UTC day of a Date value', () => {
    expect(parseCalendarDate(new Date('2025-06-01T23:30:00Z'))).toEqual(new Date('2025-06-01T00:00:00Z'));
  });
});

describe('today on earth', () => {
  it('spans from the UTC−12 day to the UTC+14 day', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(toCalendarDay(earliestTodayOnEarth(now))).toBe('2025-06-01');
    expect(toCalendarDay(latestTodayOnEarth(now))).toBe('2025-06-02');
    const early = new Date('2025-06-01T05:00:00Z');
    expect(toCalendarDay(earliestTodayOnEarth(early))).toBe('2025-05-31');
    expect(toCalendarDay(latestTodayOnEarth(early))).toBe('2025-06-01');
  });
});
