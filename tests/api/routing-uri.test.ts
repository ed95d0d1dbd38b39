/**
 * A cluster or Aura is reached through a routing URI (neo4j://, neo4j+s://). The driver then asks the server
 * for a routing table and sends reads to readers: the API must work that way too, here against the test
 * run's single server.
 */
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';
import { startTestServer } from '../helpers/test-server.js';

describe('a neo4j:// routing URI', () => {
  it('serves the API as bolt:// does', async () => {
    const seeded = openTestDatabase();
    await resetToSeeds(seeded);
    await seeded.close();
    const target = testNeo4jTarget();
    const db = new Database(createDriver({ ...target, uri: target.uri.replace(/^bolt:/, 'neo4j:') }), { timeoutMs: 10_000 });
    const server = await startTestServer(db);
    try {
      const result = await server.query('{ plan(period: "2022-26") { outcomes { code } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.plan.outcomes).toHaveLength(5);
      expect(await db.isReachable()).toBe(true);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
