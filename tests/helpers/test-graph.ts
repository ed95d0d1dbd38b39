/**
 * The test database: a Database on the run's Neo4j, and resets that leave it empty (plus migrations) or
 * holding exactly the seed data. Files run one at a time, so a file owns the graph while it runs.
 */
import path from 'node:path';
import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { applyMigrations } from '../../src/neo4j/migrations/apply-migrations.js';
import { loadSeeds } from '../../src/seeding/load-seeds.js';

export const SEEDS_DIR = path.resolve('seeds');

export function testNeo4jTarget() {
  return inject('neo4j');
}

export function openTestDatabase(): Database {
  const target = testNeo4jTarget();
  return new Database(createDriver(target), { timeoutMs: 30_000 });
}

/**
 * Deletes all data, keeping the schema and its record, so the migrations find nothing to do. Run again,
 * they would drop and rebuild the full-text index, and any schema change empties Neo4j's query-plan cache:
 * every file would then plan every statement afresh, which was most of the db tier's time.
 */
export async function resetGraph(db: Database): Promise<void> {
  // In batches: one huge delete would need the whole graph in one transaction's memory.
  for (;;) {
    const [row] = await db.write<{ deleted: number }>('test.reset', 'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) break;
  }
  await applyMigrations(db);
}

/** An empty graph, migrated, with the project's seed data loaded. */
export async function resetToSeeds(db: Database): Promise<void> {
  await resetGraph(db);
  await loadSeeds(db, SEEDS_DIR);
}
