import { describe, expect, it } from 'vitest';
import { connection, pageRequest } from './pagination';

describe('Relay pagination', () => {
  it('continues after the cursor it handed out', () => {
    const first = pageRequest({ first: 2 });
    const page = connection(['a', 'b'], 5, first);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageRequest({ first: 2, after: page.pageInfo.endCursor })).toEqual({ limit: 2, offset: 2 });
  });

  it('reports the last page', () => {
    const page = connection(['e'], 5, { limit: 2, offset: 4 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.totalCount).toBe(5);
  });

  it('rejects more than 100 items, negative sizes and foreign cursors with BAD_USER_INPUT', () => {
    for (const args of [{ first: 101 }, { first: -1 }, { first: 10, after: 'bm90LWEtY3Vyc29y' }]) {
      expect(() => pageRequest(args)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
