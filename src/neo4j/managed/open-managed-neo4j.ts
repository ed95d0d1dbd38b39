/**
 * The managed Neo4j for one process: claimed (claim-neo4j.ts) and then either owned, started and watched
 * (supervise-neo4j.ts), or shared with the process that owns it. The owner lock is held until close().
 */
import type { Logger } from '../../logger.js';
import { claimManagedNeo4j } from './claim-neo4j.js';
import type { OwnerInfo, OwnerRole } from './owner-lock.js';
import type { RestartPolicy } from './restart-policy.js';
import type { ManagedNeo4jOptions } from './start-neo4j.js';
import { superviseManagedNeo4j, type ManagedNeo4jStatus } from './supervise-neo4j.js';

export interface OpenOptions {
  role: OwnerRole;
  logger: Logger;
  policy?: Partial<RestartPolicy>;
  onGiveUp?: (reason: string) => void;
}

export interface OpenedNeo4j {
  target: { uri: string; user: string; password: string };
  /** Undefined when another process owns it (and restarts it, if it is an API). */
  owned?: {
    status(): ManagedNeo4jStatus;
    /** Tells a second start where this one serves. */
    announce(apiUrl: string): void;
    /** A shutdown has begun: the JVM exiting from now on is expected (supervise-neo4j.ts). */
    stopWatching(): void;
  };
  owner?: OwnerInfo;
  /** Stops the Neo4j when this process owns it, then frees the folder for the next owner. */
  close(): Promise<void>;
}

export async function openManagedNeo4j(settings: ManagedNeo4jOptions & { progress: (line: string) => void }, options: OpenOptions): Promise<OpenedNeo4j> {
  const claim = await claimManagedNeo4j({ dataDir: settings.dataDir, role: options.role, progress: settings.progress });
  if (claim.kind === 'shared') return { target: claim.target, owner: claim.owner, close: async () => {} };
  const { lock } = claim;
  try {
    const neo4j = await superviseManagedNeo4j({ ...settings, lock, logger: options.logger, policy: options.policy, onGiveUp: options.onGiveUp });
    return {
      target: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
      owned: { status: neo4j.status, announce: (apiUrl) => lock.update({ apiUrl }), stopWatching: () => neo4j.stopWatching() },
      async close() {
        await neo4j.stop();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
