import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/shared/connection.js';

const items = Array.from({ length: 7 }, (_, i) => `item-${i}`);
const page = (args: { first?: number | null; after?: string | null }) => paginate(items, args, (node) => ({ node }));

describe('connection pages', () => {
  it('walk a list page by page with endCursor, each item once, in order, and say when there is no more', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const p = page({ first: 3, after });
      seen.push(...p.edges.map((e) => e.node));
      expect(p.totalCount).toBe(7);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });

  it('tell the first page from later ones, and answer an empty page with null cursors', () => {
    expect(page({ first: 2 }).pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const second = page({ first: 2, after: page({ first: 2 }).pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(page({ first: 0 }).pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
  });

  it('refuse a cursor it did not issue, and a page size out of range, naming the argument', () => {
    expect(() => page({ after: 'bogus' })).toThrow(/Argument "after": "bogus" is not a cursor from this connection/);
    expect(() => page({ first: 501 })).toThrow(/Argument "first": must be an integer from 0 to 500; got 501/);
    expect(() => page({ first: 1.5 })).toThrow(/must be an integer/);
  });
});
