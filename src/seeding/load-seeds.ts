/** Validates the seed folder and writes it: the one entry point used by `npm start`, `npm run seed` and tests. */
import type { Database } from '../neo4j/database.js';
import { checkSeeds } from './check-seeds.js';
import { writeSeedGraph, type SeedLoadResult } from './write-seed-graph.js';

export async function loadSeeds(database: Database, seedsDir: string, options: { force?: boolean } = {}): Promise<SeedLoadResult> {
  const check = checkSeeds(seedsDir);
  if (!check.ok) throw check.error;
  return writeSeedGraph(database, check.graph, options);
}
