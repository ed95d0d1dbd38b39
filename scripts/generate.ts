/**
 * `npm run generate -- --councils N [--seed S] [--first F] [--batch B] [--parallel P]`: loads N synthetic
 * councils (numbered F.. F+N-1) into the configured Neo4j through the import pipeline, with a progress bar,
 * and reports entities (nodes and relationships of the thread, audit events not counted) per second.
 * Deterministic: the same seed and council numbers give the same rows, and loading them again changes nothing.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import type { Database } from '../src/neo4j/database.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';
import { loadSyntheticCouncils } from '../src/synthetic/load-councils.js';

const USAGE = 'usage: npm run generate -- --councils N [--seed S] [--first F] [--batch B] [--parallel P]';
const { values } = parseArgs({
  options: {
    councils: { type: 'string' }, seed: { type: 'string', default: '1' }, first: { type: 'string', default: '1' },
    batch: { type: 'string', default: '10' }, parallel: { type: 'string', default: '2' },
  },
});
const number = (name: keyof typeof values, min: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`generate: --${name} must be a whole number of at least ${min}; got "${values[name] ?? ''}".\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
};
const councils = number('councils', 1);
const seed = number('seed', 0);
const first = number('first', 1);
const batchSize = number('batch', 1);
const parallel = number('parallel', 1);

/** Thread entities: nodes and relationships, leaving out the audit events written alongside. */
async function countEntities(db: Database): Promise<{ entities: number; auditEvents: number }> {
  const [row] = await db.read<{ nodes: number; rels: number; audit: number }>('generate.count',
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } CALL () { MATCH (e:AuditEvent) RETURN count(e) AS audit } RETURN nodes, rels, audit');
  return { entities: row!.nodes - row!.audit + row!.rels, auditEvents: row!.audit };
}

const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  await applyMigrations(neo4j.db);
  const before = await countEntities(neo4j.db);
  process.stderr.write(`Generating councils ${first}-${first + councils - 1} (seed ${seed}) through the import pipeline, ${batchSize} per batch...\n`);
  const bar = new cliProgress.SingleBar({
    format: '  {bar} {value}/{total} councils | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    stream: process.stderr,
  }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  let rows = 0;
  bar.start(councils, 0, { rows: 0, rate: 0 });
  await loadSyntheticCouncils(neo4j.db, {
    seed, councils, first, batchSize, parallel,
    onBatch: (done) => {
      rows += done.rows;
      bar.increment(done.councils, { rows, rate: Math.round(rows / ((performance.now() - started) / 1000)) });
    },
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const after = await countEntities(neo4j.db);
  const entities = after.entities - before.entities;
  process.stdout.write(
    `Loaded ${councils} councils in ${seconds.toFixed(1)} s: ${entities} entities (nodes + relationships; plus ${after.auditEvents - before.auditEvents} audit events), ` +
    `${Math.round(entities / seconds)} entities/s, from ${rows} import rows.\n`,
  );
  if (entities === 0) process.stdout.write('Nothing new: these councils were already loaded with this seed (a re-run changes nothing).\n');
} finally {
  await neo4j.close();
}
