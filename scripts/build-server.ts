/**
 * Compiles the server (src/ → dist/) with tsc when dist/ is missing or older than its sources, so `npm start`
 * runs plain `node dist/main.js` (no tsx, no on-the-fly TypeScript) on a fresh clone too. dist/ sits beside
 * src/, so the paths the server resolves from its own files (schema/, explorer/dist, scripts/neo4j) are the
 * same compiled as from source. `--force` builds whatever the dates say. Run by `npm run build` (always) and
 * `prestart` (when stale).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'dist', '.built');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

export function serverIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return built < newest(path.join(ROOT, 'src')) || ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].some((f) => built < statSync(path.join(ROOT, f)).mtimeMs);
}

export function ensureServerBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): void {
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  if (!options.force && !serverIsStale()) return;
  log('Compiling the server (tsc -p tsconfig.build.json → dist/) ...');
  const started = Date.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit', cwd: ROOT });
  writeFileSync(STAMP, new Date().toISOString());
  log(`Server compiled into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureServerBuilt({ force: process.argv.includes('--force') });
  } catch {
    process.stderr.write('The server did not compile: fix the type errors above (`npm run typecheck` lists them), then run `npm run build` again.\n');
    process.exit(1);
  }
}
