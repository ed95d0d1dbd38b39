/**
 * The last lines Neo4j wrote, for the log line that says why it stopped: its own debug.log (what the database
 * was doing) and the launcher's standard error (a JVM crash, an out-of-memory error, a failed start).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** Reads only the file's end: debug.log grows to megabytes before Neo4j rotates it. */
function lastLines(file: string, count: number): string[] {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8').trimEnd().split('\n').slice(-count);
  } catch {
    return []; // not written yet: the JVM did not get that far
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function neo4jLogTail(dataDir: string, count = 10): string {
  const debugLog = path.join(dataDir, 'home', 'logs', 'debug.log');
  const processLog = path.join(dataDir, 'neo4j-process.log');
  const parts = [
    [debugLog, lastLines(debugLog, count)],
    [processLog, lastLines(processLog, count)],
  ] as const;
  return parts.filter(([, lines]) => lines.length).map(([file, lines]) => `--- ${file}\n${lines.join('\n')}`).join('\n') || '(Neo4j wrote no log)';
}
