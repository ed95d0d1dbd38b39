/**
 * `npm run bench -- [--councils 1,10,100,300] [--duration 5] [--concurrency 1,16] [--seed 1]`: the fixed
 * questions (scripts/bench/questions.ts) on the floor (neo4j-driver), this API over HTTP and @neo4j/graphql,
 * at each concurrency, on the same Neo4j and data; then the same at each graph size, loading the missing
 * synthetic councils through the import pipeline first. Prints tables as it goes and writes them, with a
 * chart, to docs/performance-results.md. Targets are checked and any miss is printed as MISSED.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import neo4jDriver from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';
import { runningManagedNeo4j } from '../src/neo4j/managed/start-neo4j.js';
import { sendWithoutNagleDelay } from '../src/neo4j/no-delay.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { loadSyntheticCouncils } from '../src/synthetic/load-councils.js';
import { QUESTIONS, TARGETS_CYPHER, type Targets } from './bench/questions.js';
import { measureDriver, measureHttp, type Measurement } from './bench/measure.js';
import { residentMb, startApi, startGenericLayer } from './bench/processes.js';
import { RSS_TARGET_MB } from './bench/report.js';
import { renderReport, type Result, type SizeRun } from './bench/report.js';

const { values } = parseArgs({
  options: {
    councils: { type: 'string', default: '1,10' }, duration: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '1,16' },
    seed: { type: 'string', default: '1' }, questions: { type: 'string' }, out: { type: 'string', default: 'docs/performance-results.md' }, port: { type: 'string', default: '4103' },
  },
});
const list = (text: string, name: string) => text.split(',').map((x) => {
  const n = Number(x.trim());
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: --${name} takes whole numbers separated by commas (e.g. 1,10,100); got "${text}".\n`);
    process.exit(2);
  }
  return n;
});
const sizes = list(values.councils!, 'councils').sort((a, b) => a - b);
const concurrencies = list(values.concurrency!, 'concurrency');
const seconds = list(values.duration!, 'duration')[0]!;
const seed = list(values.seed!, 'seed')[0]!;
const port = Number(values.port);
// `--questions savings,path` measures only the questions whose names contain one of the words.
const questions = QUESTIONS.filter((q) => !values.questions || values.questions.split(',').some((w) => q.name.includes(w.trim())));
if (!questions.length) {
  process.stderr.write(`bench: no question matches --questions ${values.questions}; the questions are: ${QUESTIONS.map((q) => q.name).join('; ')}.\n`);
  process.exit(2);
}

const config = loadConfig();
const connection = await connectNeo4j(config, (line) => process.stderr.write(`${line}\n`));
const target = config.neo4j.uri
  ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password! }
  : runningManagedNeo4j(config.managedNeo4j.dataDir)!;
const db = connection.db;
// The floor's driver sends without Nagle's delay too (as the API's and the generic layer's do).
sendWithoutNagleDelay();
const driver = neo4jDriver.driver(target.uri, neo4jDriver.auth.basic(target.user, target.password), { disableLosslessIntegers: true, maxConnectionPoolSize: 50 });
const say = (line: string) => process.stdout.write(`${line}\n`);

async function councilCount(): Promise<number> {
  const [row] = await db.read<{ n: number }>('bench.councils', "MATCH (o:Organisation {kind: 'COUNCIL'}) WHERE o.key =~ 'c[0-9]+-council' RETURN count(o) AS n");
  return row!.n;
}

async function findTargets(): Promise<Targets> {
  const plan = 'c001-2022-26';
  const [t] = await db.read<{ subOutcomeKey: string; subOutcomeCode: string; fromKey: string; toKey: string }>('bench.targets', TARGETS_CYPHER, { plan });
  if (!t?.toKey) throw new Error('council c001 is missing or has no aligned partner priority: load councils with `npm run generate` first.');
  return {
    plan, subOutcomeKey: t.subOutcomeKey, subOutcomeCode: t.subOutcomeCode, searchText: 'air quality', edition: 'c001-mtfs-2022-26',
    pathFrom: { key: t.fromKey, id: toGlobalId('Action', t.fromKey) }, pathTo: { key: t.toKey, id: toGlobalId('PartnerPriority', t.toKey) },
  };
}

/** One request, checked for errors; returns the Cypher round trips it cost. */
async function probe(url: string, body: { query: string; variables: Record<string, unknown> }, countUrl?: string): Promise<number> {
  const before = countUrl ? ((await (await fetch(countUrl)).json()) as { count: number }).count : 0;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cypher-stats': 'on' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: unknown[]; extensions?: { cypherQueries?: number } };
  if (json.errors) throw new Error(`${url} answered with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  if (countUrl) return ((await (await fetch(countUrl)).json()) as { count: number }).count - before;
  return json.extensions?.cypherQueries ?? NaN;
}

// Ctrl-C (or a kill) stops the API and @neo4j/graphql processes the bench started, not only the bench.
const running = new Set<{ stop(): Promise<void> }>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping the servers it started...\n`);
    void Promise.all([...running].map((s) => s.stop())).finally(() => process.exit(130));
  });
}

const runs: SizeRun[] = [];
let loadRate: { councils: number; entitiesPerSecond: number; seconds: number }[] = [];
try {
  await applyMigrations(db);
  for (const size of sizes) {
    const present = await councilCount();
    if (present < size) {
      say(`\nLoading councils ${present + 1}-${size} through the import pipeline...`);
      const [before] = await db.read<{ e: number }>('bench.entities', 'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } CALL () { MATCH (a:AuditEvent) RETURN count(a) AS a } RETURN n - a + r AS e');
      const started = performance.now();
      await loadSyntheticCouncils(db, { seed, councils: size - present, first: present + 1, batchSize: 10, parallel: 2 });
      const secs = (performance.now() - started) / 1000;
      const [after] = await db.read<{ e: number }>('bench.entities', 'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } CALL () { MATCH (a:AuditEvent) RETURN count(a) AS a } RETURN n - a + r AS e');
      const rate = Math.round((after!.e - before!.e) / secs);
      loadRate = [...loadRate, { councils: size - present, entitiesPerSecond: rate, seconds: secs }];
      say(`  ${after!.e - before!.e} entities in ${secs.toFixed(1)} s: ${rate} entities/s${rate < 20_000 ? ' (MISSED: target 20 000/s)' : ''}`);
    } else if (present > size) {
      say(`\nThe graph holds ${present} councils, more than ${size}: measuring it as it is (reset the bench data folder to measure smaller sizes).`);
    }
    const targets = await findTargets();
    const api = await startApi(target, port);
    running.add(api);
    const generic = await startGenericLayer(target, port + 91);
    running.add(generic);
    const results: Result[] = [];
    let apiRssMax = 0;
    try {
      say(`\n== ${Math.max(present, size)} councils (${seconds} s per measurement) ==`);
      for (const question of questions) {
        const floor = question.floor(targets);
        const apiBody = question.api(targets);
        const genericBody = question.generic?.(targets);
        // The floor is checked too: a failing statement would otherwise only count errors.
        await driver.executeQuery(floor.cypher, floor.params, { routing: 'READ' }).catch((error: Error) => {
          throw new Error(`the floor statement of "${question.name}" fails: ${error.message}`);
        });
        const cypher = { floor: 1, api: await probe(api.url, apiBody), generic: genericBody ? await probe(generic.url, genericBody, generic.url.replace('/graphql', '/cypher-count')) : NaN };
        for (const c of concurrencies) {
          // Warm-up (plans compiled, JIT, pools filled), then the measurement.
          await measureDriver(driver, floor.cypher, floor.params, c, 1);
          const f = await measureDriver(driver, floor.cypher, floor.params, c, seconds);
          await measureHttp(api.url, apiBody, c, 1);
          const sampler = setInterval(() => { apiRssMax = Math.max(apiRssMax, residentMb(api.pid)); }, 200);
          const a = await measureHttp(api.url, apiBody, c, seconds);
          clearInterval(sampler);
          let g: Measurement | null = null;
          if (genericBody) {
            await measureHttp(generic.url, genericBody, c, 1);
            g = await measureHttp(generic.url, genericBody, c, seconds);
          }
          const failed = [['floor', f], ['API', a], ['@neo4j/graphql', g]].filter(([, m]) => m && ((m as Measurement).errors > 0 || (m as Measurement).requests === 0)) as [string, Measurement][];
          if (failed.length) {
            throw new Error(`"${question.name}" at concurrency ${c} saw errors or no answer at all (${failed.map(([who, m]) => `${who}: ${m.errors} errors, ${m.requests} answers`).join(', ')}): a measurement with errors is a failed run, not a number. Look at the server's log, fix the cause, and run again.`);
          }
          const result: Result = { question: question.name, nested: question.nested, concurrency: c, floor: f, api: a, generic: g, cypher, genericNote: genericBody?.note ?? null };
          results.push(result);
          const fmt = (m: Measurement | null) => (m ? `p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} p99 ${m.p99.toFixed(1)} ms, ${m.throughput.toFixed(0)}/s` : 'n/a');
          say(`${question.name} @${c}\n  floor   ${fmt(f)}\n  API     ${fmt(a)}  (${(a.p50 / f.p50).toFixed(2)}x floor, ${cypher.api} Cypher/request)\n  generic ${fmt(g)}${g ? `  (${(g.p50 / f.p50).toFixed(2)}x floor, ${cypher.generic} Cypher/request)` : ''}`);
        }
      }
      say(`API resident memory, max while measured: ${apiRssMax.toFixed(0)} MB${apiRssMax > RSS_TARGET_MB ? ` (MISSED: target ≤ ${RSS_TARGET_MB} MB)` : ''}`);
    } finally {
      await api.stop();
      await generic.stop();
      running.delete(api);
      running.delete(generic);
    }
    runs.push({ councils: Math.max(present, size), results, apiRssMaxMb: apiRssMax });
  }
  const machine = { cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg().map((l) => l.toFixed(1)).join(' ') };
  const serverInfo = await driver.getServerInfo();
  writeFileSync(values.out!, renderReport({ runs, loadRate, machine, neo4j: `${serverInfo.agent ?? 'Neo4j'} (protocol ${serverInfo.protocolVersion})`, seconds, date: new Date().toISOString() }));
  say(`\nWrote ${values.out}.`);
} finally {
  await driver.close();
  await connection.close();
}
