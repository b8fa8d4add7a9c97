import { describe, expect, it } from 'vitest';
import { cell, nestedCells } from './suppression';

describe('small-cell suppression', () => {
  it('withholds counts below five, zero included, and says so', () => {
    expect(cell(4, true)).toEqual({ value: null, suppressed: true });
    expect(cell(0, true)).toEqual({ value: null, suppressed: true });
    expect(cell(5, true)).toEqual({ value: 5, suppressed: false });
  });

  it('shows every count to a caller entitled to the cases themselves', () => {
    expect(cell(1, false)).toEqual({ value: 1, suppressed: false });
  });
});

describe('suppression of nested counts', () => {
  it('withholds a part whose difference from the shown whole is 1–4', () => {
    // 9 cases, 7 open: 2 closed cases could be derived, so open is withheld; 9 − 5 overdue = 4 would reveal too.
    expect(nestedCells([9, 7, 5], true).map((c) => c.value)).toEqual([9, null, null]);
  });

  it('keeps parts that differ from the whole by 0 or by 5 and more', () => {
    expect(nestedCells([20, 20, 8], true).map((c) => c.value)).toEqual([20, 20, 8]);
  });

  it('compares a part with the nearest count that is shown', () => {
    expect(nestedCells([12, 3, 6], true).map((c) => c.value)).toEqual([12, null, 6]);
  });

  it('shows everything when suppression does not apply', () => {
    expect(nestedCells([9, 7, 1], false).map((c) => c.value)).toEqual([9, 7, 1]);
  });
});
