/**
 * Decides which Neo4j the process talks to: the one NEO4J_URI names, or the managed local one (resolved
 * and started here). Returns the Database and a function that releases whatever was started.
 */
import type { Config } from '../config.js';
import { Database } from './database.js';
import { createDriver } from './driver.js';
import { runningManagedNeo4j, startManagedNeo4j } from './managed/start-neo4j.js';

export interface Neo4jConnection {
  db: Database;
  uri: string;
  managed: boolean;
  close(): Promise<void>;
}

export async function connectNeo4j(config: Config, progress: (line: string) => void): Promise<Neo4jConnection> {
  const { uri, user, password, database, queryTimeoutMs, maxConnections } = config.neo4j;
  if (uri) {
    const db = new Database(createDriver({ uri, user, password: password!, database }, maxConnections), { database, timeoutMs: queryTimeoutMs });
    return { db, uri, managed: false, close: () => db.close() };
  }
  const running = runningManagedNeo4j(config.managedNeo4j.dataDir);
  if (running) {
    // `npm start` (or `npm run neo4j`) already runs the managed Neo4j: share it, and leave it running.
    progress(`Using the managed Neo4j already running on ${running.uri}.`);
    const db = new Database(createDriver(running, maxConnections), { timeoutMs: queryTimeoutMs });
    return { db, uri: running.uri, managed: false, close: () => db.close() };
  }
  const managed = await startManagedNeo4j({ ...config.managedNeo4j, progress });
  const db = new Database(createDriver(managed, maxConnections), { timeoutMs: queryTimeoutMs });
  return {
    db,
    uri: managed.uri,
    managed: true,
    async close() {
      await db.close();
      progress('  stopping the managed Neo4j...');
      await managed.stop();
    },
  };
}
