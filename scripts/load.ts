/**
 * `npm run load [-- --duration 60 --connections 64 --warmup 30 --soak 600]`: a load test with autocannon against a real
 * server this script starts itself (its own managed Neo4j in a fresh folder, the seed data, rate limits off
 * since every client shares one address). The mix replays the GraphiQL examples (the analysts' questions)
 * with a few writes by an editor (new aims, about one request in forty). Prints latency percentiles,
 * throughput and errors (transport errors, non-2xx, and GraphQL errors in 200 answers), and the API
 * process's resident memory at the start and end; `--soak N` then runs N more seconds at a quarter of the
 * connections, printing memory every minute. Exits 1 when any request failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GRAPHIQL_EXAMPLES } from '../src/http/graphiql-examples.js';
import { choosePort } from '../src/neo4j/managed/free-port.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { ensureServerBuilt } from './build-server.js';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '60' }, warmup: { type: 'string', default: '30' }, connections: { type: 'string', default: '64' }, soak: { type: 'string', default: '0' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const soak = Number(values.soak);
// A freshly started Neo4j compiles Cypher's runtime and its own code for about its first minute: the same mix
// at 64 connections served 20 requests/s in the first 60 s after a start and 50/s warm. The warm-up (the same
// mix, 4 connections) is not counted, so the figure is the steady state a running service gives.
const warmup = Number(values.warmup);
for (const [name, n, least] of [['duration', duration, 1], ['connections', connections, 1], ['warmup', warmup, 0], ['soak', soak, 0]] as const) {
  if (!Number.isInteger(n) || n < least) {
    process.stderr.write(`load: --${name} takes a whole number of at least ${least}; got "${values[name]}". Example: npm run load -- --duration 60 --connections 64.\n`);
    process.exit(2);
  }
}
const say = (line: string) => process.stdout.write(`${line}\n`);

const dataDir = path.resolve('.data/load');
const env = {
  ...process.env, GT_DATA_DIR: dataDir, GT_SEED: 'if-empty', LOG_LEVEL: 'warn', NODE_ENV: 'production',
  GT_RATE_LIMIT_PER_ADDRESS: '0', GT_RATE_LIMIT_PER_TOKEN: '0',
};

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

const serverErrors: string[] = [];

async function startServer(port: number) {
  // The compiled server under plain node, as `npm start` runs it, but not through npm: this process is the
  // API itself, so its memory is what we read.
  ensureServerBuilt({ log: (line) => process.stdout.write(`${line}\n`) });
  const child = spawn(process.execPath, ['dist/main.js'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/Starting Neo4j|Resolving|Golden Thread is ready|failed/.test(line)) say(`  server: ${line.trim()}`);
      // The server's own error lines (JSON, level 50+) explain any internal error the clients saw.
      if (/"level":(50|60)/.test(line) && serverErrors.length < 3) serverErrors.push(line.slice(0, 1500));
      if (line.includes('Golden Thread is ready')) resolve();
      if (line.includes('Start-up failed')) reject(new Error(line));
    });
  });
  return child;
}

function editorToken(): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', 'create', '--role', 'editor', '--name', 'load test'], { env, encoding: 'utf8' });
  const token = /\b(gt_[A-Za-z0-9_-]+)/.exec(result.stdout)?.[1];
  if (!token) throw new Error(`could not create an editor token: ${result.stderr}`);
  return token;
}

function requestMix(token: string, failures: string[]): autocannon.Request[] {
  const record = (status: number, body: string) => {
    const errors = status === 200 ? (JSON.parse(body) as { errors?: { message: string }[] }).errors : [{ message: `HTTP ${status}` }];
    if (errors?.length) failures.push(errors[0]!.message.slice(0, 200));
  };
  const reads = GRAPHIQL_EXAMPLES.filter((e) => !/^\s*(#.*\n)*\s*mutation/.test(e.query)).map((e) => ({
    method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: e.query, variables: e.variables }), onResponse: record,
  }));
  const write = {
    method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: CreateAimInput!) { createAim(input: $input) { id version } }',
      variables: { input: { subOutcome: toGlobalId('SubOutcome', '2022-26/5.1'), text: 'Load test aim (illustrative)' } },
    }),
    onResponse: record,
  };
  // Each connection cycles through the list: three rounds of the questions, then one write.
  return [...reads, ...reads, ...reads, write];
}

async function run(url: string, seconds: number, conns: number, requests: autocannon.Request[], pid: number, everyMinute = false) {
  const memory = [residentMb(pid)];
  const timer = everyMinute ? setInterval(() => {
    memory.push(residentMb(pid));
    say(`  ... ${memory.length - 1} min: API resident memory ${memory.at(-1)} MB`);
  }, 60_000) : undefined;
  const result = await autocannon({ url, connections: conns, duration: seconds, requests, timeout: 60 });
  clearInterval(timer);
  memory.push(residentMb(pid));
  return { result, memory };
}

function report(title: string, { result, memory }: Awaited<ReturnType<typeof run>>, failures: string[]) {
  const l = result.latency;
  say(`\n${title}: ${result.connections} connections for ${result.duration} s`);
  say(`  requests: ${result.requests.total} (${result.requests.average.toFixed(1)} per second on average, max ${result.requests.max})`);
  say(`  latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max} (mean ${l.average.toFixed(1)})`);
  say(`  errors: ${result.errors} transport, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${failures.length} GraphQL errors`);
  for (const message of [...new Set(failures)].slice(0, 5)) say(`    e.g. ${message}`);
  say(`  API resident memory: ${memory[0]} MB at the start, ${memory.at(-1)} MB at the end${memory.length > 2 ? ` (every minute: ${memory.join(', ')})` : ''}`);
  return result.errors + result.timeouts + result.non2xx + failures.length;
}

say(`Load test on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}.`);
say(`Starting the API on a fresh managed Neo4j in ${path.relative(process.cwd(), dataDir)} (seed data loaded at start)...`);
rmSync(dataDir, { recursive: true, force: true });
const port = await choosePort(4500);
const server = await startServer(port);
let failed = 0;
try {
  const token = editorToken();
  const url = `http://127.0.0.1:${port}`;
  const loadFailures: string[] = [];
  say(`Warming up (${warmup} s, not counted), then ${duration} s with ${connections} connections...`);
  if (warmup > 0) await autocannon({ url, connections: 4, duration: warmup, requests: requestMix(token, []) });
  failed += report('Load', await run(url, duration, connections, requestMix(token, loadFailures), server.pid!), loadFailures);
  if (soak > 0) {
    const soakFailures: string[] = [];
    const soakConnections = Math.max(1, Math.round(connections / 4));
    say(`\nSoak: ${soak} s with ${soakConnections} connections; memory every minute...`);
    failed += report('Soak', await run(url, soak, soakConnections, requestMix(token, soakFailures), server.pid!, true), soakFailures);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
say(failed === 0 ? '\nNo request failed.' : `\n${failed} request(s) failed.`);
for (const line of serverErrors) say(`  server log: ${line}`);
process.exit(failed === 0 ? 0 : 1);
