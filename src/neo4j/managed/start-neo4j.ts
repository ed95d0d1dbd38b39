/**
 * Starts the managed Neo4j: Java checked, Neo4j resolved (once), a password generated and kept beside the
 * data (mode 600), Bolt on 127.0.0.1 at 7687 or a free port, progress shown while it starts. The child's
 * standard input is a pipe it watches, so it stops when this process ends, however that happens.
 *
 * This only starts a JVM: deciding whether one may be started on the data folder (one owner at a time, no
 * second JVM on a store) is claim-neo4j.ts's job, and bringing it back when it dies is supervise-neo4j.ts's.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findJavaToolchain, type JavaToolchain } from './java-toolchain.js';
import { ManagedNeo4jError } from './managed-neo4j-error.js';
import { resolveNeo4j } from './resolve-neo4j.js';
import { choosePort, isPortFree } from './free-port.js';
import { readInstance, removeInstance, writeInstance } from './instance-file.js';
import { exitOf, stopChild, waitUntilReady, type Neo4jExit } from './neo4j-child.js';
import { jvmFlags } from './jvm-flags.js';
import { isManagedNeo4jOf } from './process-facts.js';

export interface ManagedNeo4jOptions {
  dataDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  javaHome?: string;
  preferredPort?: number;
  /** Exactly this port, or fail: a restart must come back where the API's driver points. */
  port?: number;
  progress?: (line: string) => void;
  startTimeoutMs?: number;
  /** Further Neo4j settings (neo4j.conf names), e.g. `db.memory.transaction.max`. */
  settings?: Readonly<Record<string, string>>;
  /** Further JVM flags (GT_NEO4J_JVM_OPTIONS), after the project's own, e.g. `-XX:CompileThresholdScaling=5`. */
  jvmOptions?: readonly string[];
}

export interface ManagedNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  pid: number;
  port: number;
  /** Settles when the JVM exits, for whatever reason (a stop, a crash, the OOM killer). */
  exited: Promise<Neo4jExit>;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after 30 s). */
  stop(): Promise<void>;
}

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

async function portFor(options: ManagedNeo4jOptions): Promise<number> {
  if (options.port === undefined) return choosePort(options.preferredPort ?? 7687);
  if (!(await isPortFree(options.port))) {
    throw new ManagedNeo4jError(
      `Port ${options.port} on 127.0.0.1 is taken by another process, and the managed Neo4j must come back on it (the API's connections point there): stop that process (ss -ltnp 'sport = :${options.port}' names it), or restart the API, which then picks a free port.`,
    );
  }
  return options.port;
}

// Checked once per process: the check runs `java -version` and `mvn -v`, seconds on a busy machine, which
// a restart after a crash would otherwise add to the outage.
const toolchains = new Map<string, JavaToolchain>();

function toolchainFor(javaHome: string | undefined): JavaToolchain {
  const key = javaHome ?? '';
  if (!toolchains.has(key)) toolchains.set(key, findJavaToolchain(javaHome));
  return toolchains.get(key)!;
}

export async function startManagedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  const progress = options.progress ?? (() => {});
  const port = await portFor(options);
  const toolchain = toolchainFor(options.javaHome);
  const resolved = await resolveNeo4j(options.cacheDir, toolchain, progress);
  mkdirSync(options.dataDir, { recursive: true });
  const password = passwordFor(options.dataDir);
  const uri = `bolt://127.0.0.1:${port}`;
  const logFile = path.join(options.dataDir, 'neo4j-process.log');
  // Rewritten at every start from the configuration, so a setting removed there is removed here too.
  const settingsFile = path.join(options.dataDir, 'settings.conf');
  // Neo4j reports usage data to neo4j.com by default: a council's database should not phone home (and
  // the machines it runs on often cannot). A setting from the configuration may still turn it on.
  const settings = { 'dbms.usage_report.enabled': 'false', ...options.settings };
  writeFileSync(settingsFile, Object.entries(settings).map(([k, v]) => `${k}=${v}\n`).join(''));
  const log = openSync(logFile, 'a');

  progress(`Starting Neo4j ${resolved.version} on ${uri} (data in ${path.relative(process.cwd(), options.dataDir) || options.dataDir})...`);
  const child = spawn(
    toolchain.java,
    [
      `-Xms${options.heap}`, `-Xmx${options.heap}`, ...jvmFlags(options.jvmOptions ?? []),
      '-cp', resolved.classPath, 'goldenthread.ManagedNeo4j',
      path.resolve(options.dataDir, 'home'), String(port), path.join(options.dataDir, 'password'), String(bytesOf(options.pageCache)), settingsFile,
    ],
    { stdio: ['pipe', 'pipe', log] },
  );
  closeSync(log); // the child has its own copy; each restart would otherwise leak one
  const pid = child.pid!;
  const exited = exitOf(child);
  // Recorded before it is ready: if this process dies during the start, the next one finds the JVM to wait
  // for. Other tools (`npm run token`, `npm run seed`) find the running database here too.
  const record = { pid, uri, version: resolved.version, ownerPid: process.pid };
  writeInstance(options.dataDir, { ...record, ready: false });
  void exited.then(() => removeInstance(options.dataDir, pid));

  await waitUntilReady(child, port, options.dataDir, logFile, options.startTimeoutMs ?? 180_000, progress);
  writeInstance(options.dataDir, { ...record, ready: true });
  progress(`Neo4j is up on ${uri}.`);
  return { uri, user: 'neo4j', password, version: resolved.version, pid, port, exited, stop: () => stopChild(child) };
}

/**
 * The managed Neo4j another process runs on the data folder, when its record names a live JVM that is our
 * launcher on this folder (not a pid since handed to another process). Whether it answers Bolt is for the
 * caller to check (bolt-probe.ts): it may be starting or shutting down.
 */
export function runningManagedNeo4j(dataDir: string): { uri: string; user: string; password: string; pid: number } | undefined {
  const instance = readInstance(dataDir);
  if (!instance || !isManagedNeo4jOf(instance.pid, dataDir)) return undefined;
  try {
    return { uri: instance.uri, user: 'neo4j', password: readFileSync(path.join(dataDir, 'password'), 'utf8').trim(), pid: instance.pid };
  } catch {
    return undefined;
  }
}
