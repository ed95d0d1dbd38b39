/**
 * The usual setup of an API test file: the test Neo4j reset to exactly the seed data, and the real server
 * on it. Registers the hooks and hands the database and server to the file through `use`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { openTestDatabase, resetToSeeds } from './test-graph.js';
import { startTestServer, type TestServer } from './test-server.js';

export function useSeededServer(use: (env: { db: Database; server: TestServer }) => void, serverEnv: Record<string, string> = {}): void {
  let db: Database | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetToSeeds(db);
    server = await startTestServer(db, { env: serverEnv });
    use({ db, server });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
}
