/**
 * One resolver at a time per Neo4j cache folder. Two processes on a fresh clone (CI runs the Dockerfile's
 * steps beside the tests; a user may run `npm start` and `npm test` at once) would otherwise both run Maven
 * into the same folders, and one would read jars the other is still writing. The lock is a directory
 * (mkdir is atomic) holding the owner's pid, so a lock left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ManagedNeo4jError } from './managed-neo4j-error.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // being created or removed this instant
  }
}

function tryTake(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  return true;
}

export interface ResolveLockOptions {
  /** How often to look again while another process holds the lock. */
  pollMs?: number;
  /** Give up after this long (Maven's first download is about 130 MB). */
  timeoutMs?: number;
}

/** Runs `work` holding the lock `<folder>.resolving`, waiting (and saying so once) while another process holds it. */
export async function withResolveLock<T>(folder: string, progress: (line: string) => void, work: () => Promise<T>, options: ResolveLockOptions = {}): Promise<T> {
  const lockDir = `${folder}.resolving`;
  const pollMs = options.pollMs ?? 500;
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
  mkdirSync(path.dirname(lockDir), { recursive: true });
  let said = false;
  let unowned = 0;
  while (!tryTake(lockDir)) {
    const owner = ownerOf(lockDir);
    // No pid for several looks (a crash between mkdir and the write), or a dead owner: stale.
    unowned = owner === undefined ? unowned + 1 : 0;
    if ((owner !== undefined && !isAlive(owner)) || unowned > 4) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ManagedNeo4jError(`Process ${owner ?? '(unknown)'} has been resolving Neo4j into ${folder} for too long: wait for it or stop it, delete ${lockDir}, and start again.`);
    }
    if (!said && owner !== undefined) {
      progress(`Waiting for process ${owner}, which is resolving Neo4j into ${path.relative(process.cwd(), folder) || folder}...`);
      said = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
