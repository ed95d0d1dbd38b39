/**
 * The test database: a Database on the run's Neo4j, and resets that leave it empty (plus migrations) or
 * holding exactly the seed data. Files run one at a time, so a file owns the graph while it runs.
 */
import { createHash } from 'node:crypto';
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

/**
 * A digest of everything in the database: every node's labels and properties and every relationship's ends,
 * type and properties, by element id (so a graph deleted and loaded again, even with the same content,
 * differs), with the database's own id (so two Neo4js never compare equal).
 */
async function databaseDigest(db: Database): Promise<{ database: string; digest: string }> {
  const [info] = await db.read<{ id: string }>('test.digest.database', 'CALL db.info() YIELD id RETURN id');
  const nodes = await db.read('test.digest.nodes', 'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
  const links = await db.read('test.digest.links', 'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS p ORDER BY id');
  return { database: info!.id, digest: createHash('sha256').update(JSON.stringify(nodes)).update(JSON.stringify(links)).digest('hex') };
}

/** What the last reset to the seed data left in each database (files take turns in one process). */
const seeded = new Map<string, string>();

/**
 * An empty graph, migrated, with the project's seed data loaded. When nothing has changed since this process
 * last did exactly that (the previous file only read), the graph is already so and is kept: a reset and a seed
 * load cost about two seconds a file, and many files only ask questions.
 */
export async function resetToSeeds(db: Database): Promise<void> {
  const before = await databaseDigest(db);
  if (seeded.get(before.database) === before.digest) return;
  await resetGraph(db);
  await loadSeeds(db, SEEDS_DIR);
  const after = await databaseDigest(db);
  seeded.set(after.database, after.digest);
}
