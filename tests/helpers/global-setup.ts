/**
 * Starts one managed Neo4j for a test tier, in a fresh data folder under .data/ (the Neo4j jars are shared
 * with `npm start` through .cache). The db and e2e tiers each get their own, so they run side by side: each
 * tier's files take turns with its database, since Community edition has one user database and files reset
 * the graph. With NEO4J_TEST_URI (+ NEO4J_TEST_USER/PASSWORD) the tiers use that server instead, one after
 * the other (scripts/test.ts); its data is wiped by the tests, so never point it at real data.
 *
 * It also builds the explorer bundle when it is missing or older than its sources, once per run.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/neo4j/managed/start-neo4j.js';
import { ensureExplorerBuilt } from '../../scripts/build-explorer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/** Where each tier's Neo4j lives and listens first. */
const TIERS: Record<string, { dataDir: string; preferredPort: number }> = {
  db: { dataDir: '.data/test-neo4j', preferredPort: 17687 },
  e2e: { dataDir: '.data/test-neo4j-e2e', preferredPort: 17787 },
};

// Both tiers' setups run in vitest's one main process, at the same time: the first starts the build and the
// other waits for it, rather than two Vite builds writing explorer/dist at once.
const shared = globalThis as { goldenThreadExplorerBuild?: Promise<void> };

let managed: ManagedNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = process.env;
  shared.goldenThreadExplorerBuild ??= ensureExplorerBuilt({ log: (line) => process.stdout.write(`[explorer] ${line}\n`) });
  await shared.goldenThreadExplorerBuild;
  if (env.NEO4J_TEST_URI) {
    project.provide('neo4j', { uri: env.NEO4J_TEST_URI, user: env.NEO4J_TEST_USER ?? 'neo4j', password: env.NEO4J_TEST_PASSWORD ?? '' });
    return;
  }
  const tier = TIERS[project.name];
  if (!tier) throw new Error(`No test Neo4j is set up for the vitest project "${project.name}": add it to TIERS in tests/helpers/global-setup.ts.`);
  const dataDir = path.resolve(tier.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  managed = await startManagedNeo4j({
    dataDir,
    cacheDir: path.resolve(env.GT_CACHE_DIR ?? '.cache', 'neo4j'),
    heap: '768m',
    pageCache: '256m',
    preferredPort: tier.preferredPort,
    javaHome: env.JAVA_HOME,
    progress: (line) => process.stdout.write(`[${project.name} neo4j] ${line}\n`),
  });
  project.provide('neo4j', { uri: managed.uri, user: managed.user, password: managed.password });
}

export async function teardown(): Promise<void> {
  await managed?.stop();
}
