/**
 * `tsx scripts/bench/load-profile.ts --councils N [--first F] [--parallel P] [--seed S]`: loads synthetic
 * councils through the import pipeline, as `npm run generate` does, and reports where the time went: each
 * statement's total time in Neo4j (from sending it to its last record, grouped by the statement's first
 * words), the commits, and the rest (Node: building, parsing, checking and diffing the files). Used for
 * docs/performance.md's loading section; run it with `node --cpu-prof --import tsx` for Node's side too.
 * With --parallel above 1 statements of different batches overlap, so their sum can exceed the wall time.
 * `--neo4j-pid P` adds the CPU seconds the Neo4j JVM spent meanwhile (from /proc), beside Node's own: on a
 * shared machine the wall time mostly measures the neighbours, CPU time what the load itself cost.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { connectNeo4j } from '../../src/neo4j/connect.js';
import type { Executor } from '../../src/neo4j/database.js';
import { applyMigrations } from '../../src/neo4j/migrations/apply-migrations.js';
import { loadSyntheticCouncils } from '../../src/synthetic/load-councils.js';

const { values } = parseArgs({ options: { councils: { type: 'string', default: '10' }, first: { type: 'string', default: '1' }, parallel: { type: 'string', default: '2' }, seed: { type: 'string', default: '1' }, 'neo4j-pid': { type: 'string' } } });
const [councils, first, parallel, seed] = [values.councils, values.first, values.parallel, values.seed].map(Number) as [number, number, number, number];
if (![councils, first, parallel].every((n) => Number.isInteger(n) && n >= 1)) {
  process.stderr.write('load-profile: --councils, --first and --parallel take whole numbers of at least 1.\n');
  process.exit(2);
}

/** CPU seconds (user + system) of a process so far, from /proc/<pid>/stat (clock ticks of 1/100 s). */
const cpuSecondsOf = (pid: string | undefined) => {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const spent = new Map<string, { ms: number; count: number }>();
const add = (label: string, ms: number) => {
  const s = spent.get(label) ?? { ms: 0, count: 0 };
  spent.set(label, { ms: s.ms + ms, count: s.count + 1 });
};
// A statement is named by its first words after UNWIND/WITH, enough to tell the writers' statements apart.
const labelOf = (cypher: string) => cypher.replace(/\s+/g, ' ').replace(/^(UNWIND \S+ AS \w+ |WITH \w+ )+/, '').slice(0, 70);
const timedTx = (tx: ManagedTransaction): ManagedTransaction => new Proxy(tx, {
  get(target, property) {
    if (property !== 'run') return Reflect.get(target, property);
    return async (cypher: string, params?: Record<string, unknown>) => {
      const started = performance.now();
      const result = await target.run(cypher, params);
      add(labelOf(cypher), performance.now() - started);
      return result;
    };
  },
});

const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
const db = neo4j.db;
let commitMs = 0;
const timed: Executor = {
  read: (operation, cypher, params) => db.read(operation, cypher, params),
  write: (operation, cypher, params) => db.write(operation, cypher, params),
  async writeTransaction(operation, work, timeoutMs) {
    let workDone = 0;
    const result = await db.writeTransaction(operation, async (tx) => {
      const r = await work(timedTx(tx));
      workDone = performance.now();
      return r;
    }, timeoutMs);
    commitMs += performance.now() - workDone;
    return result;
  },
};
/** Thread entities (nodes and relationships, audit events left out), as `npm run generate` counts them. */
const entities = async () => (await db.read<{ e: number }>('load-profile.entities',
  'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } CALL () { MATCH (a:AuditEvent) RETURN count(a) AS a } RETURN n - a + r AS e'))[0]!.e;
try {
  await applyMigrations(db);
  const entitiesBefore = await entities();
  const started = performance.now();
  const [neo4jCpuBefore, nodeCpuBefore] = [cpuSecondsOf(values['neo4j-pid']), process.cpuUsage()];
  process.stderr.write(`Loading councils ${first}-${first + councils - 1}, ${parallel} batch(es) at once...\n`);
  const { rows } = await loadSyntheticCouncils(timed, { seed, councils, first, batchSize: 10, parallel });
  const wall = performance.now() - started;
  const neo4jCpu = cpuSecondsOf(values['neo4j-pid']) - neo4jCpuBefore;
  const nodeCpu = process.cpuUsage(nodeCpuBefore);
  const statements = [...spent.values()].reduce((s, x) => s + x.ms, 0);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const added = (await entities()) - entitiesBefore;
  out(`${added} entities: ${Math.round(added / (wall / 1000))} entities/s`);
  out(`${rows} rows in ${(wall / 1000).toFixed(1)} s; statements ${(statements / 1000).toFixed(1)} s, commits ${(commitMs / 1000).toFixed(1)} s (sums over ${parallel} in flight)`);
  out(`CPU: Neo4j ${neo4jCpu.toFixed(1)} s, Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  out('| statement (first words) | count | seconds |\n| --- | --- | --- |');
  for (const [label, s] of [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) out(`| \`${label}\` | ${s.count} | ${(s.ms / 1000).toFixed(2)} |`);
} finally {
  await neo4j.close();
}
