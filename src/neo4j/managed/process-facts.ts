/**
 * Facts about processes, for deciding whether a managed Neo4j is running: a pid in a file proves nothing
 * by itself (the process may have gone and the number been handed to another), so a pid counts as "that
 * Neo4j" only when it is alive and its command line is our launcher on this data folder. Linux answers from
 * /proc; elsewhere `ps` is asked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const LAUNCHER_CLASS = 'goldenthread.ManagedNeo4j';
const hasProc = existsSync('/proc/self/cmdline');

/**
 * True while the process exists and has not finished dying. A zombie (exited, not yet reaped) counts as gone
 * only once it is down to one thread: when a JVM is killed its main thread turns zombie first, while other
 * threads still hold its sockets and files for a moment.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!hasProc) return true;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const zombie = /^State:\s+Z/m.test(status);
    const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
    return !zombie || threads > 1;
  } catch {
    return false;
  }
}

function commandLineOf(pid: number): string | undefined {
  if (hasProc) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() : undefined;
}

/** The launcher's first argument is `<dataDir>/home`, which is how a JVM is tied to its data folder. */
function isLauncherOf(commandLine: string, dataDir: string): boolean {
  return commandLine.includes(LAUNCHER_CLASS) && commandLine.includes(` ${path.join(path.resolve(dataDir), 'home')} `);
}

/** True when `pid` is alive and is the managed Neo4j launcher on `dataDir` (not a reused pid). */
export function isManagedNeo4jOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  return commandLine !== undefined && isLauncherOf(commandLine, dataDir);
}

/** Every live managed Neo4j on `dataDir`, whether or not a file records it. */
export function managedNeo4jPids(dataDir: string): number[] {
  if (hasProc) {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => pid !== process.pid && isManagedNeo4jOf(pid, dataDir));
  }
  const ps = spawnSync('ps', ['-axo', 'pid=,command='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && isLauncherOf(`${m[2]} `, dataDir))
    .map((m) => Number(m[1]));
}

/**
 * Waits until every pid has exited, or `timeoutMs` has passed; returns the pids still alive. `tick` is called
 * every 5 s with the seconds waited so far, for a progress line.
 */
export async function waitForExit(pids: number[], timeoutMs: number, tick: (seconds: number) => void = () => {}): Promise<number[]> {
  const started = Date.now();
  let lastTick = started;
  let alive = pids.filter(isAlive);
  while (alive.length && Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 100));
    alive = alive.filter(isAlive);
    if (alive.length && Date.now() - lastTick >= 5000) {
      lastTick = Date.now();
      tick(Math.round((lastTick - started) / 1000));
    }
  }
  return alive;
}
