/**
 * The managed Neo4j a test tier runs on: a fresh data folder under .data/ (the Neo4j jars are shared with
 * `npm start` through .cache) and a port of its own, so two tiers can run side by side. Started by the
 * tier's global setup, or once by `npm test` for the db and e2e tiers in turn.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { jvmOptionsFrom } from '../../src/config.js';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/neo4j/managed/start-neo4j.js';

/** Where each tier's Neo4j lives and listens first. */
const TIERS: Record<string, { dataDir: string; preferredPort: number }> = {
  db: { dataDir: '.data/test-neo4j', preferredPort: 17687 },
  e2e: { dataDir: '.data/test-neo4j-e2e', preferredPort: 17787 },
};

export async function startTierNeo4j(tier: string, progress: (line: string) => void): Promise<ManagedNeo4j> {
  const where = TIERS[tier];
  if (!where) throw new Error(`No test Neo4j is set up for the vitest project "${tier}": add it to TIERS in tests/helpers/tier-neo4j.ts.`);
  const dataDir = path.resolve(where.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  return startManagedNeo4j({
    dataDir,
    cacheDir: path.resolve(process.env.GT_CACHE_DIR ?? '.cache', 'neo4j'),
    heap: '768m',
    pageCache: '256m',
    preferredPort: where.preferredPort,
    javaHome: process.env.JAVA_HOME,
    jvmOptions: jvmOptionsFrom(process.env.GT_NEO4J_JVM_OPTIONS),
    progress,
  });
}
