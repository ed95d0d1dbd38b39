/**
 * `<dataDir>/instance.json`: which JVM runs the managed Neo4j on this data folder, where it listens and which
 * process started it. It is written as soon as the JVM is spawned (so a crash during its start still leaves
 * the pid to wait for) and removed only after the JVM has exited. It is a hint, never proof: readers check
 * the pid against the process itself (process-facts.ts) and Bolt before believing it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface InstanceRecord {
  /** The JVM's pid. */
  pid: number;
  uri: string;
  version: string;
  /** The process that spawned the JVM and owns it (older files lack it). */
  ownerPid?: number;
  /** False until Neo4j has said it accepts Bolt connections. */
  ready?: boolean;
}

const fileOf = (dataDir: string) => path.join(dataDir, 'instance.json');

export function readInstance(dataDir: string): InstanceRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as Partial<InstanceRecord>;
    return typeof record.pid === 'number' && typeof record.uri === 'string' ? (record as InstanceRecord) : undefined;
  } catch {
    return undefined; // absent, or cut short by a crash while it was written
  }
}

export function writeInstance(dataDir: string, record: InstanceRecord): void {
  writeFileSync(fileOf(dataDir), JSON.stringify(record) + '\n');
}

/** Removes the file if it still names `pid` (a newer JVM's record is left alone). */
export function removeInstance(dataDir: string, pid?: number): void {
  if (pid === undefined || readInstance(dataDir)?.pid === pid) rmSync(fileOf(dataDir), { force: true });
}
