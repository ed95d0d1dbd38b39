/**
 * Decides which Neo4j the process talks to: the one NEO4J_URI names (never started or restarted here: the
 * driver only waits and retries), or the managed local one, owned and watched by this process or shared
 * with the process that owns it (src/neo4j/managed/open-managed-neo4j.ts). Returns the Database and a
 * function that releases whatever was started.
 */
import type { Config } from '../config.js';
import { silentLogger, type Logger } from '../logger.js';
import { Database } from './database.js';
import { createDriver } from './driver.js';
import { openManagedNeo4j } from './managed/open-managed-neo4j.js';
import type { OwnerRole } from './managed/owner-lock.js';
import type { ManagedNeo4jStatus } from './managed/supervise-neo4j.js';

export interface Neo4jConnection {
  db: Database;
  uri: string;
  /** True when this process started the managed Neo4j (and stops it on close). */
  managed: boolean;
  /** The managed Neo4j's state while this process owns it, for /readyz. */
  managedStatus?: () => ManagedNeo4jStatus;
  /** Records where this process serves, for the message a second start on the same data folder prints. */
  announce(apiUrl: string): void;
  /** Call first in a shutdown, so the managed Neo4j stopping meanwhile is not taken for a crash. */
  beginShutdown(): void;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** `api` for `npm start` (refuses to share a data folder with another API); tools share. */
  role?: OwnerRole;
  logger?: Logger;
  /** Called when a managed Neo4j this process owns cannot be brought back. */
  onGiveUp?: (reason: string) => void;
}

export async function connectNeo4j(config: Config, progress: (line: string) => void, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const { uri, user, password, database, queryTimeoutMs, maxConnections } = config.neo4j;
  if (uri) {
    const db = new Database(createDriver({ uri, user, password: password!, database }, maxConnections), { database, timeoutMs: queryTimeoutMs });
    return { db, uri, managed: false, announce: () => {}, beginShutdown: () => {}, close: () => db.close() };
  }
  const opened = await openManagedNeo4j(
    { ...config.managedNeo4j, progress },
    { role: options.role ?? 'tool', logger: options.logger ?? silentLogger, policy: { maxRestarts: config.managedNeo4j.maxRestarts }, onGiveUp: options.onGiveUp },
  );
  if (!opened.owned) {
    // A tool while `npm start` (or `npm run neo4j`) runs the managed Neo4j: share it, and leave it running.
    progress(`Using the managed Neo4j already running on ${opened.target.uri}${opened.owner ? ` (run by process ${opened.owner.pid})` : ''}.`);
  }
  const db = new Database(createDriver(opened.target, maxConnections), { timeoutMs: queryTimeoutMs });
  return {
    db,
    uri: opened.target.uri,
    managed: !!opened.owned,
    managedStatus: opened.owned?.status,
    announce: (apiUrl) => opened.owned?.announce(apiUrl),
    beginShutdown: () => opened.owned?.stopWatching(),
    async close() {
      await db.close();
      if (opened.owned) progress('  stopping the managed Neo4j...');
      await opened.close();
    },
  };
}
