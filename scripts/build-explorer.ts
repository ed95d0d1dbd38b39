/**
 * Builds the explorer (explorer/ → explorer/dist) with Vite when the bundle is missing or older than its
 * sources, so `npm start` and `npm test` work on a fresh clone; then writes each file's brotli and gzip
 * copies beside it, which the server sends to browsers that accept them. `--force` builds whatever the dates say.
 * Run by `npm run build:explorer` (always), `prestart` and the test setup (when stale).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressAssets } from './compress-assets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXPLORER = path.join(ROOT, 'explorer');
const BUILT = path.join(EXPLORER, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The build's own code counts as a source: a change to how it builds (or compresses) rebuilds. */
const BUILD_CODE = [fileURLToPath(import.meta.url), path.join(ROOT, 'scripts', 'compress-assets.ts')];

export function explorerIsStale(): boolean {
  const newest = Math.max(newestSource(EXPLORER), ...BUILD_CODE.filter(existsSync).map((f) => statSync(f).mtimeMs));
  return !existsSync(BUILT) || statSync(BUILT).mtimeMs < newest;
}

/** Builds when stale (or forced); says what it does, since a build takes a few seconds. */
export async function ensureExplorerBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  if (!options.force && !explorerIsStale()) return;
  log(`Building the explorer (vite build ${path.relative(process.cwd(), EXPLORER) || '.'}) ...`);
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(EXPLORER, 'vite.config.ts'), logLevel: 'warn' });
  const packed = await compressAssets(path.join(EXPLORER, 'dist'));
  const kB = (n: number) => `${Math.round(n / 1024)} kB`;
  log(`Explorer built into explorer/dist in ${((Date.now() - started) / 1000).toFixed(1)} s (${packed.files} files, ${kB(packed.bytes)}; brotli ${kB(packed.brotliBytes)}).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureExplorerBuilt({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    process.stderr.write(`The explorer did not build: ${error instanceof Error ? error.message : String(error)}\nFix the error above, then run \`npm run build:explorer\` again.\n`);
    process.exit(1);
  });
}
