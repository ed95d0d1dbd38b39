/**
 * Relay cursor connections over a list already in memory (each loader fetches a parent's whole list in one
 * batched statement; pages are cut here). Cursors are opaque offsets; bad ones are BAD_USER_INPUT.
 */
import { BadUserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 500;

export interface Page<T> {
  totalCount: number;
  edges: (T & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError('after', `"${cursor}" is not a cursor from this connection; pass an \`endCursor\` or edge \`cursor\` you were given.`);
  return Number(match[1]);
}

/** Checks `first` and `after` and returns the page; `wrap` turns an item into its edge fields. */
export function paginate<T, E extends object>(items: readonly T[], args: { first?: number | null; after?: string | null }, wrap: (item: T) => E, max = MAX_PAGE_SIZE): Page<E> {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new BadUserInputError('first', `must be an integer from 0 to ${max}; got ${first}.`);
  }
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const slice = items.slice(start, start + first);
  const edges = slice.map((item, i) => ({ ...wrap(item), cursor: encodeCursor(start + i) }));
  return {
    totalCount: items.length,
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
