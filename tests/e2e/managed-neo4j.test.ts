/**
 * The managed Neo4j across restarts on the same data folder: auth stays on with the generated password, the
 * data survives, and the second start (when the password is already set) comes up as the first did.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startManagedNeo4j } from '../../src/neo4j/managed/start-neo4j.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gt-managed-'));
const options = { dataDir, cacheDir: path.resolve('.cache/neo4j'), heap: '384m', pageCache: '64m', preferredPort: 27687 };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(uri: string, password: string, cypher: string) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    return (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

describe('the managed Neo4j', () => {
  it('keeps its data and password across a stop and a second start', async () => {
    const first = await startManagedNeo4j(options);
    expect(statSync(path.join(dataDir, 'password')).mode & 0o777).toBe(0o600);
    await run(first.uri, first.password, 'CREATE (:Probe {value: 42})');
    await expect(run(first.uri, 'wrong-password', 'RETURN 1')).rejects.toThrow(/unauthorized|authentication/i);
    await first.stop();

    const second = await startManagedNeo4j(options);
    try {
      expect(second.password).toBe(first.password);
      expect(await run(second.uri, second.password, 'MATCH (p:Probe) RETURN p.value AS value')).toEqual([{ value: 42 }]);
    } finally {
      await second.stop();
    }
  }, 240_000);
});
