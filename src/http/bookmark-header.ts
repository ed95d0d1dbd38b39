/**
 * Read-your-writes across API processes: a mutation's answer carries the bookmark of its commit in
 * `extensions.bookmark`; a client sends it back in the `x-neo4j-bookmark` header, and that request's
 * transactions wait for the commit on whichever cluster member serves them (src/neo4j/executor.ts). On a
 * single server the wait is always already over, so the header costs nothing. Several bookmarks may be
 * sent, comma-separated. What is checked here is only the shape; Neo4j itself refuses a bookmark it never
 * issued, and that is answered as a 400 naming the header (src/neo4j/neo4j-errors.ts).
 */
import type { RequestHandler } from 'express';
import { ClientError } from '../shared/errors.js';

export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

const MAX_BOOKMARKS = 20;
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]{1,512}$/;

function refuse(message: string): ClientError {
  return new ClientError(`Header "${BOOKMARK_HEADER}": ${message}`, 'BAD_USER_INPUT', { header: BOOKMARK_HEADER, http: { status: 400 } });
}

/** The bookmarks a request sent, or undefined without the header; throws a 400 for a malformed one. */
export function bookmarksFrom(header: string | string[] | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  const values = (Array.isArray(header) ? header.join(',') : header).split(',').map((v) => v.trim()).filter(Boolean);
  if (values.length === 0) return undefined;
  if (values.length > MAX_BOOKMARKS) throw refuse(`at most ${MAX_BOOKMARKS} bookmarks, comma-separated; got ${values.length}. Send the latest write's bookmark only.`);
  const bad = values.find((v) => !BOOKMARK.test(v));
  if (bad !== undefined) throw refuse('a bookmark is up to 512 printable characters without spaces or commas: send `extensions.bookmark` from a mutation\'s answer as it is.');
  return values;
}

/** What the answer's `extensions.bookmark` says: the bookmarks of the request's last write, comma-separated. */
export const bookmarkExtension = (bookmarks: readonly string[] | undefined): string | undefined => (bookmarks?.length ? bookmarks.join(',') : undefined);

/**
 * Express middleware: checks the header before anything runs and keeps its bookmarks in
 * `res.locals.bookmarks` for the request's executor; a malformed one is answered 400 here.
 */
export function bookmarkHeader(): RequestHandler {
  return (req, res, next) => {
    try {
      res.locals.bookmarks = bookmarksFrom(req.headers[BOOKMARK_HEADER]);
      next();
    } catch (error) {
      const refusal = error as ClientError;
      const { http: _http, ...extensions } = refusal.extensions;
      res.status(400).json({ errors: [{ message: refusal.message, extensions }] });
    }
  };
}
