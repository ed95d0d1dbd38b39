/**
 * Relay cursor connections over a list already in memory (each loader fetches a parent's whole list in one
 * batched statement; pages are cut here). Cursors are opaque offsets; bad ones are BAD_USER_INPUT.
 */
import { BadUserInputError, integerArgument } from './errors.js';

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

/** Checks `first` and `after`: where the page starts and how long it may be. */
export function pageWindow(args: { first?: number | null; after?: string | null }, max = MAX_PAGE_SIZE): { start: number; first: number } {
  const first = integerArgument('first', args.first ?? 50, 0, max);
  return { start: args.after ? decodeCursor(args.after) + 1 : 0, first };
}

/** A page from the items of a window that starts at `start` (the statement fetched only the page). */
export function pageOf<T, E extends object>(slice: readonly T[], window: { start: number; first: number }, totalCount: number, wrap: (item: T) => E): Page<E> {
  const { start, first } = window;
  const edges = slice.slice(0, first).map((item, i) => ({ ...wrap(item), cursor: encodeCursor(start + i) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: start + first < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Checks `first` and `after` and returns the page; `wrap` turns an item into its edge fields. */
export function paginate<T, E extends object>(items: readonly T[], args: { first?: number | null; after?: string | null }, wrap: (item: T) => E, max = MAX_PAGE_SIZE): Page<E> {
  const window = pageWindow(args, max);
  return pageOf(items.slice(window.start, window.start + window.first), window, items.length, wrap);
}
