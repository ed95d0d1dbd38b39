/**
 * Starts the managed Neo4j: Java checked, Neo4j resolved (once), a password generated and kept beside the
 * data (mode 600), Bolt on 127.0.0.1 at 7687 or a free port, progress shown while it starts. The child's
 * standard input is a pipe it watches, so it stops when this process ends, however that happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { findJavaToolchain } from './java-toolchain.js';
import { ManagedNeo4jError } from './managed-neo4j-error.js';
import { resolveNeo4j } from './resolve-neo4j.js';
import { choosePort } from './free-port.js';

export interface ManagedNeo4jOptions {
  dataDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  javaHome?: string;
  preferredPort?: number;
  progress?: (line: string) => void;
  startTimeoutMs?: number;
  /** Further Neo4j settings (neo4j.conf names), e.g. `db.memory.transaction.max`. */
  settings?: Readonly<Record<string, string>>;
}

export interface ManagedNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  pid: number;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after 30 s). */
  stop(): Promise<void>;
}

// Flags Neo4j's own neo4j.conf sets for its JVM; without the opens, Netty and the page cache log warnings
// or fall back to slower paths.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

function bytesOf(size: string): number {
  const match = /^(\d+)([mg])$/i.exec(size);
  if (!match) throw new ManagedNeo4jError(`"${size}" is not a size such as 512m or 1g.`);
  return Number(match[1]) * (match[2]!.toLowerCase() === 'g' ? 1024 ** 3 : 1024 ** 2);
}

function passwordFor(dataDir: string): string {
  const file = path.join(dataDir, 'password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export async function startManagedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  const progress = options.progress ?? (() => {});
  const toolchain = findJavaToolchain(options.javaHome);
  const resolved = await resolveNeo4j(options.cacheDir, toolchain, progress);
  mkdirSync(options.dataDir, { recursive: true });
  const password = passwordFor(options.dataDir);
  const port = await choosePort(options.preferredPort ?? 7687);
  const logFile = path.join(options.dataDir, 'neo4j-process.log');
  // Rewritten at every start from the configuration, so a setting removed there is removed here too.
  const settingsFile = path.join(options.dataDir, 'settings.conf');
  writeFileSync(settingsFile, Object.entries(options.settings ?? {}).map(([k, v]) => `${k}=${v}\n`).join(''));
  const log = openSync(logFile, 'a');

  progress(`Starting Neo4j ${resolved.version} on bolt://127.0.0.1:${port} (data in ${path.relative(process.cwd(), options.dataDir) || options.dataDir})...`);
  const child = spawn(
    toolchain.java,
    [
      `-Xms${options.heap}`, `-Xmx${options.heap}`, ...JVM_FLAGS,
      '-cp', resolved.classPath, 'goldenthread.ManagedNeo4j',
      path.join(options.dataDir, 'home'), String(port), path.join(options.dataDir, 'password'), String(bytesOf(options.pageCache)), settingsFile,
    ],
    { stdio: ['pipe', 'pipe', log] },
  );

  await waitUntilReady(child, port, logFile, options.startTimeoutMs ?? 180_000, progress);
  progress(`Neo4j is up on bolt://127.0.0.1:${port}.`);
  // Other tools (`npm run token`, `npm run seed`) find the running database here instead of starting a
  // second one on the same (locked) data folder.
  const instanceFile = path.join(options.dataDir, 'instance.json');
  writeFileSync(instanceFile, JSON.stringify({ pid: child.pid, uri: `bolt://127.0.0.1:${port}`, version: resolved.version }) + '\n');
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    version: resolved.version,
    pid: child.pid!,
    stop: async () => {
      rmSync(instanceFile, { force: true });
      await stopChild(child);
    },
  };
}

/** The managed Neo4j another process of this project is running on the data folder, if any. */
export function runningManagedNeo4j(dataDir: string): { uri: string; user: string; password: string } | undefined {
  try {
    const instance = JSON.parse(readFileSync(path.join(dataDir, 'instance.json'), 'utf8')) as { pid: number; uri: string };
    process.kill(instance.pid, 0); // throws when no such process
    return { uri: instance.uri, user: 'neo4j', password: readFileSync(path.join(dataDir, 'password'), 'utf8').trim() };
  } catch {
    return undefined;
  }
}

function waitUntilReady(child: ChildProcess, port: number, logFile: string, timeoutMs: number, progress: (line: string) => void): Promise<void> {
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
    child.once('exit', (code, signal) => {
      finish();
      let tail = '';
      try {
        tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      } catch {
        // No log yet: the JVM did not get far enough to write one.
      }
      const hint = /lock/i.test(tail)
        ? 'Another Neo4j is using this data folder: stop it (or set GT_DATA_DIR to another folder).'
        : `See ${logFile}.`;
      reject(new ManagedNeo4jError(`Neo4j exited before it was ready (${signal ?? `exit ${code}`}). ${hint}\n${tail}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
