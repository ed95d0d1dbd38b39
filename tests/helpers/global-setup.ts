/**
 * Starts one managed Neo4j for the test run, in a fresh data folder under .data/test-neo4j (the Neo4j jars
 * are shared with `npm start` through .cache). With NEO4J_TEST_URI (+ NEO4J_TEST_USER/PASSWORD) the tests
 * use that server instead; its data is wiped by the tests, so never point it at real data. It also builds the
 * explorer bundle when it is missing or older than its sources.
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

let managed: ManagedNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = process.env;
  // The explorer's end-to-end tests open the built bundle; a fresh clone has none, an edited one a stale one.
  await ensureExplorerBuilt({ log: (line) => process.stdout.write(`[explorer] ${line}\n`) });
  if (env.NEO4J_TEST_URI) {
    project.provide('neo4j', { uri: env.NEO4J_TEST_URI, user: env.NEO4J_TEST_USER ?? 'neo4j', password: env.NEO4J_TEST_PASSWORD ?? '' });
    return;
  }
  const dataDir = path.resolve('.data/test-neo4j');
  rmSync(dataDir, { recursive: true, force: true });
  managed = await startManagedNeo4j({
    dataDir,
    cacheDir: path.resolve(env.GT_CACHE_DIR ?? '.cache', 'neo4j'),
    heap: '768m',
    pageCache: '256m',
    preferredPort: 17687,
    javaHome: env.JAVA_HOME,
    progress: (line) => process.stdout.write(`[test neo4j] ${line}\n`),
  });
  project.provide('neo4j', { uri: managed.uri, user: managed.user, password: managed.password });
}

export async function teardown(): Promise<void> {
  await managed?.stop();
}
