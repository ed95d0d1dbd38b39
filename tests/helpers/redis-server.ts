/**
 * A throwaway redis-server for a test (Debian's package: `apt-get install redis-server`; .ci/run installs it
 * when missing), started the way the managed Neo4j is: on a free port of 127.0.0.1, its files in a fresh
 * folder under .data/, nothing kept on disk, and stopped by the test (or killed, to see the API fail open).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { choosePort } from '../../src/neo4j/managed/free-port.js';

export interface TestRedis {
  url: string;
  port: number;
  /** Stops it (SIGKILL: as a crash would); `start` brings it back on the same port. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? 'redis-server';

export async function startTestRedis(name = 'test-redis'): Promise<TestRedis> {
  const port = await choosePort(16379);
  const dir = path.resolve('.data', `${name}-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let child: ChildProcess | undefined;
  const start = async () => {
    const proc = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start in 10 s:\n${output}`)), 10_000);
      proc.once('error', (e) => { clearTimeout(timer); reject(new Error(`could not run ${REDIS_SERVER} (${e.message}): install Debian's redis-server package (apt-get install redis-server), or set REDIS_SERVER_PATH`)); });
      proc.stdout!.on('data', (d) => {
        output += d;
        if (/Ready to accept connections/.test(output)) { clearTimeout(timer); resolve(); }
      });
      proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited (${code}):\n${output}`)); });
    });
    proc.removeAllListeners('exit');
  };
  const kill = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => { proc.once('exit', () => resolve()); proc.kill('SIGKILL'); });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`, port, kill, start,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
