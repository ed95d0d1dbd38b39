/**
 * Static files sent compressed: GraphiQL is 3.5 MB and the explorer's graph library 0.5 MB, too much for a
 * phone on a council's guest Wi-Fi. Brotli when the browser accepts it (it is the smaller), else gzip, else
 * the file as it is; every answer says `Vary: Accept-Encoding` so a cache keeps one copy per encoding.
 *
 * Two sources of compressed bytes: siblings written at build time (`x.js.br`, `x.js.gz`: the explorer bundle,
 * scripts/compress-assets.ts), and for files no build of ours writes (GraphiQL's, in node_modules), bytes
 * compressed on the first request and kept in memory. Dynamic answers (the API) are the `compression`
 * middleware's job (src/http/compress-responses.ts); it leaves these alone, as they arrive encoded.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type Encoding = 'br' | 'gzip';
export const ENCODED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Brotli first whenever the client takes it: both are acceptable then, and brotli is 10-20% smaller. */
export function chooseEncoding(req: Request): Encoding | undefined {
  if (req.acceptsEncodings('br')) return 'br';
  if (req.acceptsEncodings('gzip')) return 'gzip';
  return undefined;
}

export interface SendOptions {
  maxAge?: string | number;
  immutable?: boolean;
  headers?: Record<string, string>;
}

async function freshSibling(file: string, encoding: Encoding): Promise<string | undefined> {
  try {
    const [original, encoded] = await Promise.all([stat(file), stat(file + ENCODED_SUFFIX[encoding])]);
    // A sibling older than its file is left over from an earlier build: never serve old content.
    return encoded.isFile() && encoded.mtimeMs >= original.mtimeMs ? file + ENCODED_SUFFIX[encoding] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends `file` (absolute), or its build-time compressed sibling when the client accepts that encoding.
 * `done` is res.sendFile's callback (an error when the file is missing).
 */
export async function sendFileCompressed(req: Request, res: Response, file: string, options: SendOptions, done: (error?: Error) => void): Promise<void> {
  res.vary('Accept-Encoding');
  const encoding = chooseEncoding(req);
  const sibling = encoding ? await freshSibling(file, encoding) : undefined;
  if (!encoding || !sibling) {
    res.sendFile(file, options, (error) => done(error ?? undefined));
    return;
  }
  // The type is the original's (send would call a .br file application/octet-stream). Byte ranges of
  // compressed bytes help nobody, so whole files only.
  res.type(path.extname(file)).set('Content-Encoding', encoding);
  res.sendFile(sibling, { ...options, acceptRanges: false }, (error) => done(error ?? undefined));
}

const NOT_A_FILE = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

/**
 * A folder served like express.static (GET and HEAD; a missing file falls through to the next handler),
 * with build-time compressed siblings when there are any.
 */
export function compressedStatic(root: string, options: SendOptions = {}): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // Normalising against "/" first keeps `..` from climbing out of the folder.
    const file = path.join(root, path.posix.normalize(`/${relative}`));
    void sendFileCompressed(req, res, file, options, (error) => {
      if (!error || res.headersSent) return; // sent, or the client went away mid-file
      if (NOT_A_FILE.has((error as NodeJS.ErrnoException).code ?? '')) {
        res.removeHeader('Content-Encoding');
        next();
      } else next(error);
    });
  };
}

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  // Quality 9, not 11: this runs on a visitor's request, and on GraphiQL's 3.5 MB 11 takes ~7 s of CPU
  // against ~0.4 s for 9, for 10% fewer bytes. (Build-time compression uses 11.)
  br: (data) => promisify(zlib.brotliCompress)(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gzip: (data) => promisify(zlib.gzip)(data, { level: 9 }),
};

/**
 * One file from outside our build (node_modules), compressed on its first request per encoding and kept
 * in memory (zlib runs on libuv's thread pool, so other requests go on meanwhile).
 */
export function compressedOnFirstRequest(file: string, maxAgeSeconds: number): RequestHandler {
  const cache = new Map<Encoding, Promise<Buffer>>();
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req);
    if (!encoding) {
      res.sendFile(file, { maxAge: maxAgeSeconds * 1000 }, (error) => error && next(error));
      return;
    }
    let body = cache.get(encoding);
    if (!body) {
      body = readFile(file).then(compressors[encoding]);
      // A failed read is not kept: the next request tries again.
      body.catch(() => cache.delete(encoding));
      cache.set(encoding, body);
    }
    body.then(
      (bytes) => {
        // res.send adds the ETag (of these bytes) and answers 304 to a browser that has them already.
        res.type(path.extname(file)).set({ 'Content-Encoding': encoding, 'Cache-Control': `public, max-age=${maxAgeSeconds}` }).send(bytes);
      },
      next,
    );
  };
}
