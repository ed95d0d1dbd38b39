/**
 * The managed Neo4j's JVM as a child process: waiting for it to say READY (with progress, a timeout, and
 * the reason when it dies first), describing how it exited, and stopping it cleanly.
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { neo4jLogTail } from './log-tail.js';
import { ManagedNeo4jError } from './managed-neo4j-error.js';
import { managedNeo4jPids } from './process-facts.js';

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The launcher's exit code when Neo4j's store lock is held by another process (ManagedNeo4j.java). */
const STORE_LOCKED_EXIT = 3;

export function describeExit(exit: Neo4jExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

/** Resolves once the JVM has exited, however that happened; never rejects. */
export function exitOf(child: ChildProcess): Promise<Neo4jExit> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function storeLockedError(dataDir: string): ManagedNeo4jError {
  const others = managedNeo4jPids(dataDir);
  const who = others.length ? `Another Neo4j (pid ${others.join(', ')})` : 'Another process';
  const stop = others.length ? `stop it (kill ${others.join(' ')}) or wait for it to finish shutting down` : 'stop the other Neo4j using it';
  return new ManagedNeo4jError(`${who} holds the data folder ${dataDir} (Neo4j's store lock is taken), so a second one cannot open it: ${stop}, then start again; or set GT_DATA_DIR to another folder.`);
}

export function waitUntilReady(child: ChildProcess, port: number, dataDir: string, logFile: string, timeoutMs: number, progress: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const ticker = setInterval(() => progress(`  ... still starting (${Math.round((Date.now() - started) / 1000)} s)`), 5000);
    const timer = setTimeout(() => {
      finish();
      child.kill('SIGKILL');
      reject(new ManagedNeo4jError(`Neo4j did not start within ${timeoutMs / 1000} s. See ${logFile} and the logs under its home folder; a machine under heavy load may need GT_NEO4J_HEAP lowered or a second try.`));
    }, timeoutMs);
    const finish = () => {
      clearInterval(ticker);
      clearTimeout(timer);
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(`READY ${port}`)) {
        finish();
        resolve();
      }
    });
    void exitOf(child).then((exit) => {
      finish();
      if (exit.code === STORE_LOCKED_EXIT) return reject(storeLockedError(dataDir));
      reject(new ManagedNeo4jError(`Neo4j exited before it was ready (${describeExit(exit)}). See ${logFile}; its last lines:\n${neo4jLogTail(dataDir)}`));
    });
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  const exited = exitOf(child);
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(killer);
}
