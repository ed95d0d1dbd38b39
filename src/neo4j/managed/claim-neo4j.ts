/**
 * Decides, from facts, what a process may do with the managed Neo4j of a data folder before it starts one:
 *
 * - Nobody owns the folder (the owner lock is free): this process becomes the owner. A JVM still running on
 *   the folder then belongs to an owner that has gone (a crash, a kill -9); it is shutting down by itself
 *   (its standard input closed), so it is waited for (bounded, with progress) and only then is a fresh one
 *   started on the same data. Never two JVMs on one store.
 * - Another process owns it: `npm start` and `npm run neo4j` refuse (an API never depends on a Neo4j it could
 *   not bring back, and one folder has one API); a tool uses the owner's Neo4j once it is alive, is that
 *   Neo4j (not a reused pid) and answers Bolt.
 *
 * instance.json is only a hint here; the lock, the process table and Bolt are the facts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { waitForBolt } from './bolt-probe.js';
import { readInstance, removeInstance } from './instance-file.js';
import { ManagedNeo4jError } from './managed-neo4j-error.js';
import { acquireOwnerLock, type OwnerInfo, type OwnerLock, type OwnerRole } from './owner-lock.js';
import { isAlive, isManagedNeo4jOf, managedNeo4jPids, waitForExit } from './process-facts.js';
import { runningManagedNeo4j } from './start-neo4j.js';

export interface ClaimOptions {
  dataDir: string;
  role: OwnerRole;
  progress: (line: string) => void;
  /** How long to wait for a previous Neo4j to finish shutting down, or another owner's to answer. */
  waitMs?: number;
}

export type Claim =
  | { kind: 'owner'; lock: OwnerLock }
  | { kind: 'shared'; owner: OwnerInfo | undefined; target: { uri: string; user: string; password: string } };

const ROLE_NAMES: Record<OwnerRole, string> = { api: 'npm start', neo4j: 'npm run neo4j', tool: 'a command-line tool' };

function describeOwner(owner: OwnerInfo | undefined): string {
  if (!owner) return 'another process (it did not say which)';
  const where = [owner.apiUrl && `API ${owner.apiUrl}`, `Neo4j ${owner.neo4jUri ?? '(still starting)'}`].filter(Boolean).join(', ');
  return `process ${owner.pid} (${ROLE_NAMES[owner.role]}; ${where})`;
}

export async function claimManagedNeo4j(options: ClaimOptions): Promise<Claim> {
  const { dataDir, role, progress } = options;
  const waitMs = options.waitMs ?? 60_000;
  mkdirSync(dataDir, { recursive: true });
  const lock = await acquireOwnerLock(dataDir, { pid: process.pid, role });
  if ('acquired' in lock) {
    try {
      await retirePreviousNeo4j(dataDir, waitMs, progress);
    } catch (error) {
      await lock.acquired.release();
      throw error;
    }
    return { kind: 'owner', lock: lock.acquired };
  }

  const owner = lock.heldBy;
  const folder = path.relative(process.cwd(), dataDir) || dataDir;
  if (role !== 'tool') {
    const next = owner?.role === 'tool'
      ? 'Start again once it has finished'
      : `Use that one, or stop it first (Ctrl-C where it runs, or kill ${owner?.pid ?? '<pid>'})`;
    throw new ManagedNeo4jError(
      `Golden Thread's managed Neo4j on ${folder} is already run by ${describeOwner(owner)}. ${next}; to run another copy beside it, give it its own GT_DATA_DIR (and PORT), or point it at that Neo4j with NEO4J_URI.`,
    );
  }
  // A tool shares the owner's Neo4j, once it answers.
  const target = runningManagedNeo4j(dataDir);
  if (target) {
    const answering = await waitForBolt(target, waitMs, (s) => progress(`  ... waiting for the managed Neo4j of ${describeOwner(owner)} to answer (${s} s)`));
    if (answering) return { kind: 'shared', owner, target };
  }
  throw new ManagedNeo4jError(
    `The managed Neo4j on ${folder} belongs to ${describeOwner(owner)}, but it is not answering on Bolt. Wait for that process to bring it back (its log says what happened), or stop it and start again.`,
  );
}

/**
 * Runs while holding the owner lock, so no live owner exists: any JVM on the folder is an orphan whose
 * owner has gone. Its standard input closed with its owner, so it is already shutting down (Neo4j checkpoints
 * the store and stops Bolt, which takes 10-15 s); starting a second JVM meanwhile would only meet the store
 * lock. After `waitMs` it is killed, which Neo4j recovers from on the next start (its transaction log).
 */
async function retirePreviousNeo4j(dataDir: string, waitMs: number, progress: (line: string) => void): Promise<void> {
  const recorded = readInstance(dataDir);
  // The process table catches what a file cannot: a JVM whose record was deleted, or never finished.
  const pids = [...new Set([...(recorded && isManagedNeo4jOf(recorded.pid, dataDir) ? [recorded.pid] : []), ...managedNeo4jPids(dataDir)])];
  if (!pids.length) {
    if (recorded) {
      progress(`The Neo4j recorded in ${path.join(dataDir, 'instance.json')} (pid ${recorded.pid}) is not running (that pid is ${isAlive(recorded.pid) ? 'another process now' : 'gone'}); starting a fresh one.`);
      removeInstance(dataDir, recorded.pid);
    }
    return;
  }
  progress(`The previous managed Neo4j (pid ${pids.join(', ')}) is still shutting down, left by a process that has gone; waiting for it to finish before starting a fresh one on the same data (up to ${waitMs / 1000} s)...`);
  const started = Date.now();
  let alive = await waitForExit(pids, waitMs, (s) => progress(`  ... still shutting down (${s} s)`));
  if (alive.length) {
    progress(`  it has not finished within ${waitMs / 1000} s; stopping it (SIGKILL; Neo4j recovers from its transaction log on the next start)...`);
    for (const pid of alive) process.kill(pid, 'SIGKILL');
    alive = await waitForExit(alive, 10_000);
  }
  if (alive.length) {
    throw new ManagedNeo4jError(`The previous managed Neo4j (pid ${alive.join(', ')}) on ${dataDir} will not stop, even when killed: find out why (ps -o pid,stat,cmd -p ${alive.join(',')}), stop it, then start again.`);
  }
  progress(`  it has finished (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
