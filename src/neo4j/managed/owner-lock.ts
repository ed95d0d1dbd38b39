/**
 * One owner at a time for the managed Neo4j of a data folder. The lock is a listening Unix socket named after
 * the folder: binding it is atomic (two starts at the same moment cannot both win), and the kernel frees it
 * when the owner's process ends, however it ends, so a crash never leaves a stale lock behind. The JVM does not
 * inherit it (Node opens sockets close-on-exec): an orphaned Neo4j still shutting down holds no lock.
 *
 * On Linux the socket lives in the abstract namespace (no file at all). Elsewhere it is a socket file in the
 * temp folder; one left by a crash refuses connections and is replaced. Containers with separate network
 * namespaces do not see each other's abstract sockets: there Neo4j's own store lock is the last line.
 *
 * Whoever connects gets one JSON line describing the owner, so a second start can say who runs it, and where.
 */
import { createHash } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `api`: `npm start`; `neo4j`: `npm run neo4j`; `tool`: a CLI (token, import, seed…) that started its own. */
export type OwnerRole = 'api' | 'neo4j' | 'tool';

export interface OwnerInfo {
  pid: number;
  role: OwnerRole;
  neo4jUri?: string;
  apiUrl?: string;
}

export interface OwnerLock {
  readonly info: OwnerInfo;
  /** Adds what becomes known later (Neo4j's URI once it listens, the API's URL). */
  update(patch: Partial<OwnerInfo>): void;
  release(): Promise<void>;
}

export type LockResult = { acquired: OwnerLock } | { heldBy: OwnerInfo | undefined };

function addressOf(dataDir: string): string {
  const digest = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 32);
  return process.platform === 'linux' ? `\0golden-thread-neo4j-${digest}` : path.join(tmpdir(), `golden-thread-neo4j-${digest}.sock`);
}

function listen(address: string, info: OwnerInfo): Promise<net.Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.end(JSON.stringify(info) + '\n'));
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error)));
    server.listen(address, () => {
      server.unref(); // the lock must not keep a finished CLI alive
      resolve(server);
    });
  });
}

/** Asks the holder who it is: its info, 'gone' (a stale socket file), or undefined (it did not say in time). */
function askHolder(address: string): Promise<OwnerInfo | 'gone' | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const socket = net.connect(address);
    const done = (result: OwnerInfo | 'gone' | undefined) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(3000, () => done(undefined));
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => {
      try {
        done(JSON.parse(text) as OwnerInfo);
      } catch {
        done(undefined);
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED' || error.code === 'ENOENT' ? 'gone' : undefined));
  });
}

export async function acquireOwnerLock(dataDir: string, info: OwnerInfo): Promise<LockResult> {
  const address = addressOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    const server = await listen(address, info);
    if (server) {
      return {
        acquired: {
          info,
          update: (patch) => Object.assign(info, patch),
          release: () => new Promise<void>((resolve) => server.close(() => resolve())),
        },
      };
    }
    const holder = await askHolder(address);
    if (holder !== 'gone') return { heldBy: holder };
    // A socket file left by a crashed owner (not on Linux, where the kernel removes abstract sockets).
    rmSync(address, { force: true });
  }
  return { heldBy: undefined };
}
