/**
 * Broken seed folders for the validation tests: a copy of the real seeds/ in a temp folder, with one file
 * edited by a plain text replacement (so a fixture reads as "this line, changed like so").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from './test-graph.js';

export function copySeeds(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces the first occurrence of `from` in `file` (relative to the seed folder); fails if it is absent. */
export function editSeedFile(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(full, edited);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture: ${needle} not in ${file}`);
  return index + 1;
}
