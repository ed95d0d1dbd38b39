/**
 * Writes brotli (.br) and gzip (.gz) siblings of a built folder's text files, at the highest settings: this
 * runs once per build, so the seconds spent here save bytes on every visit. The server sends a sibling to
 * a browser that accepts its encoding (src/http/compressed-files.ts). Files under 1 KB, or that would not
 * shrink, get none: below a packet's size compressing saves no time.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt', '.csv', '.xml', '.wasm']);
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export interface CompressedTotals {
  files: number;
  bytes: number;
  brotliBytes: number;
}

export async function compressAssets(dir: string): Promise<CompressedTotals> {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  const files = filesUnder(dir).filter((f) => TEXT.has(path.extname(f)) && statSync(f).size >= MIN_BYTES);
  // In parallel: zlib works on libuv's thread pool, so the files share the machine's cores.
  await Promise.all(files.map(async (file) => {
    const data = readFileSync(file);
    const [br, gz] = await Promise.all([
      brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gzip(data, { level: 9 }),
    ]);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.bytes += data.length;
    totals.brotliBytes += Math.min(br.length, data.length);
  }));
  return totals;
}
