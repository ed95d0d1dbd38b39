/**
 * Coming back by itself after a crash, with `npm start` as a user (or systemd) runs it, on a managed Neo4j of
 * the file's own (its own data folder). The scenarios run in order and hand their processes on, since each
 * Neo4j start costs seconds: two starts at once over a stale instance.json, then the managed Neo4j killed
 * under the API during an import, then the API killed and started again at once, then a Neo4j that cannot
 * come back (its port taken), so the API gives up and exits for its own supervisor. Along the way: the data
 * survives every restart, auth stays on, and a lost password file is regenerated (mode 600) and applied.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { loadConfig } from '../../src/config.js';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connect.js';
import type { Database } from '../../src/neo4j/database.js';
import { answersBolt } from '../../src/neo4j/managed/bolt-probe.js';
import { readInstance } from '../../src/neo4j/managed/instance-file.js';
import { isAlive, managedNeo4jPids, waitForExit } from '../../src/neo4j/managed/process-facts.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { startMain, type MainProcess } from '../helpers/main-process.js';

const dataRoot = mkdtempSync(path.join(tmpdir(), 'gt-crash-'));
const dataDir = path.join(dataRoot, 'neo4j');
const ENV = {
  GT_DATA_DIR: dataRoot, GT_CACHE_DIR: path.resolve(process.env.GT_CACHE_DIR ?? '.cache'), PORT: '0', GT_SEED: 'never', LOG_LEVEL: 'info',
  GT_NEO4J_HEAP: '384m', GT_NEO4J_PAGECACHE: '64m', GT_NEO4J_RESTARTS: '2', GT_RATE_LIMIT_PER_ADDRESS: '0', GT_RATE_LIMIT_PER_TOKEN: '0',
};
// The target for coming back is 60 s. Measured here: 20-38 s with a load average of 5-12 on this
// 2-core machine shared with other builds, over 70 s at 14 (a JVM start is most of it). The limit leaves room
// for such a machine, so CI does not fail on someone else's load; the figures are printed for the record.
const RECOVERY_LIMIT_MS = 90_000;
const READY = /Golden Thread is ready[\s\S]*?API: +POST (http:\/\/127\.0\.0\.1:\d+)\/graphql/;
const IMPORT = 'mutation ($c: String!, $s: String!) { importFile(kind: "thread-items", format: CSV, content: $c, source: $s) { added } }';
const SAMPLE = 'seeds/examples/thread-items.csv';

const started: MainProcess[] = [];
let api: MainProcess;
let url: string;
let tool: Neo4jConnection | undefined;
let db: Database;
let editor: string;

function start(): MainProcess {
  const main = startMain(ENV);
  started.push(main);
  return main;
}

async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<{ value: T; ms: number }> {
  const begun = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return { value, ms: Date.now() - begun };
    if (Date.now() - begun > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** /readyz's answers until it says ready, so a test can look at what it said meanwhile. */
async function untilReady(timeoutMs: number): Promise<{ ms: number; seen: Record<string, unknown>[] }> {
  const seen: Record<string, unknown>[] = [];
  const { ms } = await poll(async () => {
    const response = await fetch(`${url}/readyz`);
    seen.push((await response.json()) as Record<string, unknown>);
    return response.status === 200 ? true : undefined;
  }, timeoutMs, '/readyz to answer 200');
  return { ms, seen };
}

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Aims under the sample's sub-outcome: thousands of rows, so that the import is still running when Neo4j dies. */
function bigThreadFile(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `AIM,example-2026-30/1.1-X${i},example-2026-30/1.1,1.1-X${i},Crash-test aim ${i} ${'x'.repeat(80)},,,,,,,,,yes`);
  return ['type,key,parent,code,name,description,kind,owner,succeeds,succession,citation_source,citation_at,citation_quote,illustrative', ...lines].join('\n') + '\n';
}

/**
 * The test's own connection to the managed Neo4j, wherever it now listens, made as `npm run token` or
 * `npm run import` make theirs: sharing the Neo4j of the API that owns it. Returns what it printed.
 */
async function connectDb(): Promise<string> {
  await tool?.close();
  let said = '';
  tool = await connectNeo4j(loadConfig({ ...ENV, NEO4J_QUERY_TIMEOUT_MS: '10000' }), (line) => (said += `${line}\n`));
  db = tool.db;
  return said;
}

const importsRunning = async () =>
  (await db.read<{ n: number }>('test.showTransactions', "SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation STARTS WITH 'import.' RETURN count(*) AS n"))[0]!.n;

afterAll(async () => {
  // Each process's output, for reading after a failure (the data folder itself is removed).
  started.forEach((main, i) => writeFileSync(path.join(tmpdir(), `gt-crash-recovery-${i + 1}.log`), main.output()));
  for (const main of started) if (main.child.exitCode === null && main.child.signalCode === null) main.child.kill('SIGKILL');
  await tool?.close();
  const left = managedNeo4jPids(dataDir);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  await waitForExit(left, 10_000);
  rmSync(dataRoot, { recursive: true, force: true });
});

describe('coming back by itself after a crash', () => {
  it('two starts at once over a stale instance.json: one fresh Neo4j, and the second says which process runs it and exits 1', async () => {
    // A record left by a crash, whose pid now belongs to another process (this test's own), beside the
    // password file of that earlier run.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'password'), 'an-earlier-run\n', { mode: 0o600 });
    writeFileSync(path.join(dataDir, 'instance.json'), JSON.stringify({ pid: process.pid, uri: 'bolt://127.0.0.1:1', version: '5.26.30' }));
    const pair = [start(), start()];
    const loser = await Promise.race(pair.map((main) => main.exited.then(() => main)));
    api = pair.find((main) => main !== loser)!;
    expect((await loser.exited).code, loser.output()).toBe(1);
    expect(loser.output()).toMatch(/golden-thread: Golden Thread's managed Neo4j on .* is already run by process \d+ \(npm start; Neo4j .*\)\. Use that one, or stop it first/);

    url = (await api.waitFor(READY, 170_000))[1]!;
    expect(api.output()).toMatch(/\(pid \d+\) is not running \(that pid is another process now\); starting a fresh one/);
    expect(api.output()).not.toMatch(/Using the managed Neo4j already running/);
    expect(managedNeo4jPids(dataDir)).toHaveLength(1);
    expect(readInstance(dataDir)).toMatchObject({ pid: managedNeo4jPids(dataDir)[0], ownerPid: api.child.pid, ready: true });
    expect(await connectDb()).toMatch(new RegExp(`^Using the managed Neo4j already running on bolt://127\\.0\\.0\\.1:\\d+ \\(run by process ${api.child.pid}\\)\\.`));
    expect(tool!.managed).toBe(false);
    editor = (await createToken(db, 'Crash tester', 'editor', 'test')).token;
  }, 200_000);

  it('keeps a council database to itself: the managed Neo4j sends no usage data to neo4j.com', () => {
    const debugLog = readFileSync(path.join(dataDir, 'home', 'logs', 'debug.log'), 'utf8');
    expect(debugLog).toMatch(/Bolt enabled on/); // the log of a started database, not an empty file
    expect(debugLog).not.toMatch(/Anonymous Usage Data is being sent/);
  });

  it('restarts a managed Neo4j killed under it, and is ready again by itself; a committed import stays, one in flight is rolled back with a clear error', async () => {
    const committed = await graphql(IMPORT, { c: readFileSync(SAMPLE, 'utf8'), s: 'sample.csv' }, editor);
    expect(committed.errors).toBeUndefined();
    const before = await snapshotThread(db);

    const inFlight = graphql(IMPORT, { c: bigThreadFile(20_000), s: 'in-flight.csv' }, editor);
    await poll(async () => ((await importsRunning()) > 0 ? true : undefined), 60_000, 'the import transaction to open');
    const jvm = readInstance(dataDir)!.pid;
    expect(managedNeo4jPids(dataDir)).toEqual([jvm]);
    process.kill(jvm, 'SIGKILL'); // as the OOM killer would
    const killedAt = Date.now();
    const answer = await inFlight;
    const { seen } = await untilReady(RECOVERY_LIMIT_MS);
    const recovered = Date.now() - killedAt;
    console.log(`managed Neo4j killed: the API restarted it and was ready ${(recovered / 1000).toFixed(1)} s after the kill`);

    expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).toMatch(/not reachable right now; retry in a few seconds/);
    expect(seen.some((body) => body.managedNeo4j === 'restarting' && /stopped unexpectedly.*restarting it \(attempt 1 of 2/.test(String(body.reason))), JSON.stringify(seen.slice(0, 3))).toBe(true);
    expect(api.output()).toMatch(/"exit":"killed by SIGKILL","neo4jLog":"--- .*debug\.log[\s\S]*?The managed Neo4j stopped unexpectedly \(killed by SIGKILL\); restarting it in 1 s/);
    expect(api.output()).toMatch(/The managed Neo4j is back on bolt:\/\/127\.0\.0\.1:\d+/);
    expect(isAlive(jvm)).toBe(false);
    expect(managedNeo4jPids(dataDir)).toHaveLength(1);
    expect(await snapshotThread(db)).toEqual(before);
    const plan = await graphql('{ plan(period: "example-2026-30") { outcomes { subOutcomes { aims { code } } } } }', {});
    expect(plan.data?.plan.outcomes[0].subOutcomes[0].aims).toEqual([{ code: '1.1-A1' }]);
  }, 150_000);

  it('an API killed with kill -9 and started again at once becomes ready by itself, on the graph as it was', async () => {
    const before = await snapshotThread(db);
    const jvm = readInstance(dataDir)!.pid;
    const passwordFile = path.join(dataDir, 'password');
    const oldPassword = readFileSync(passwordFile, 'utf8').trim();
    // The orphaned Neo4j shuts down by itself once its API has gone, in a few seconds here; paused, it stays
    // in the way for as long as a slow shutdown on a busy machine would, so the restart surely meets it.
    process.kill(jvm, 'SIGSTOP');
    api.child.kill('SIGKILL');
    await api.exited;
    // The password file lost as well: the fresh Neo4j must take a newly generated one, never lock us out.
    rmSync(passwordFile);
    api = start(); // at once, as a supervisor would
    const begun = Date.now();
    await api.waitFor(/The previous managed Neo4j \(pid \d+\) is still shutting down/, 30_000);
    expect(api.output()).not.toMatch(/Using the managed Neo4j already running/);
    process.kill(jvm, 'SIGCONT');
    url = (await api.waitFor(READY, RECOVERY_LIMIT_MS))[1]!;
    console.log(`API killed and started again at once: ready after ${((Date.now() - begun) / 1000).toFixed(1)} s`);
    expect(api.output()).toMatch(/it has finished \([\d.]+ s\)[\s\S]*Starting Neo4j/);
    expect(isAlive(jvm)).toBe(false);
    expect(managedNeo4jPids(dataDir)).toHaveLength(1);
    await connectDb(); // the fresh Neo4j may listen on another port (7687, or any free one), with the new password
    expect(await snapshotThread(db)).toEqual(before);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const { uri } = readInstance(dataDir)!;
    expect(await answersBolt({ uri, user: 'neo4j', password: oldPassword })).toBe(false); // auth stays on
  }, 150_000);

  it('gives up after the restarts in a row fail, says so in /readyz and the log, and exits 1 for its own supervisor', async () => {
    const { uri, pid } = readInstance(dataDir)!;
    expect(managedNeo4jPids(dataDir)).toEqual([pid]);
    process.kill(pid, 'SIGKILL');
    await waitForExit([pid], 10_000);
    // Something else takes the port before the restart: Neo4j cannot come back where the driver points.
    const squatter = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(Number(new URL(uri).port), '127.0.0.1', resolve));
    try {
      const seen: Record<string, unknown>[] = [];
      const watching = (async () => {
        while (api.child.exitCode === null) {
          seen.push(await fetch(`${url}/readyz`).then((r) => r.json() as Promise<Record<string, unknown>>).catch(() => ({})));
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      expect((await api.exited).code).toBe(1);
      await watching;
      expect(seen.some((body) => body.managedNeo4j === 'restarting' && /could not be restarted; restarting it \(attempt 2 of 2/.test(String(body.reason))), JSON.stringify(seen.slice(-3))).toBe(true);
      expect(api.output()).toMatch(/Port \d+ on 127\.0\.0\.1 is taken by another process, and the managed Neo4j must come back on it/);
      expect(api.output()).toMatch(/Giving up on the managed Neo4j: the managed Neo4j failed 3 times in a row/);
      expect(api.output()).toMatch(/Golden Thread cannot go on: [\s\S]*Stopped\./);
      expect(managedNeo4jPids(dataDir)).toEqual([]);
    } finally {
      squatter.close();
    }
  }, 60_000);
});
