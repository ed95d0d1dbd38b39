import { readSeedFiles } from './read-seed-files.js';
import { buildSeedGraph, type SeedGraph } from './seed-graph.js';
import { SeedValidationError, type SeedProblem } from './seed-problem.js';

export type SeedCheck = { ok: true; graph: SeedGraph } | { ok: false; error: SeedValidationError };

/** Reads, validates and compiles a seed folder; either a graph ready to write, or every problem found. */
export function checkSeeds(root: string): SeedCheck {
  const problems: SeedProblem[] = [];
  const seeds = readSeedFiles(root, problems);
  const graph = seeds ? buildSeedGraph(seeds, problems) : undefined;
  if (!graph || problems.length) return { ok: false, error: new SeedValidationError(problems) };
  return { ok: true, graph };
}
