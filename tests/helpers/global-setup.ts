/**
 * Gives a test tier its Neo4j: NEO4J_TEST_URI (+ NEO4J_TEST_USER/PASSWORD) when set, as `npm test` does when
 * the db and e2e tiers run in turn on one database (and as a user may, to test against a server of their
 * own: its data is wiped by the tests, so never point it at real data); otherwise a managed Neo4j of the
 * tier's own (tier-neo4j.ts). Each tier's files take turns with its database, since Community edition has
 * one user database and files reset the graph.
 *
 * It also builds the explorer bundle when it is missing or older than its sources, once per run.
 */
import type { TestProject } from 'vitest/node';
import type { ManagedNeo4j } from '../../src/neo4j/managed/start-neo4j.js';
import { ensureExplorerBuilt } from '../../scripts/build-explorer.js';
import { startTierNeo4j } from './tier-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

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
  managed = await startTierNeo4j(project.name, (line) => process.stdout.write(`[${project.name} neo4j] ${line}\n`));
  project.provide('neo4j', { uri: managed.uri, user: managed.user, password: managed.password });
}

export async function teardown(): Promise<void> {
  await managed?.stop();
}
