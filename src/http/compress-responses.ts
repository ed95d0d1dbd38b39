/**
 * Compression of dynamic answers (GraphQL JSON, CSV exports, the GraphiQL page) by the `compression`
 * middleware: brotli at quality 4 or gzip, whichever the client accepts. A plan's thread is ~550 kB of JSON
 * and ~180 kB gzipped. Answers under the threshold go as they are: under a packet or two, compressing them
 * costs more CPU than it saves time. Static files arrive already encoded (compressed-files.ts) and are
 * passed through untouched.
 */
import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers of this many bytes or more are compressed. */
export const COMPRESS_FROM_BYTES = 1024;

export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESS_FROM_BYTES });
}
