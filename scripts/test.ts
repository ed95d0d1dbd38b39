/**
 * `npm test`: the three test tiers (vitest.config.ts). The unit tier first (seconds; a broken pure module
 * stops the run before any Neo4j starts), then the db tier, then e2e, each a vitest process; every line
 * printed as it comes, prefixed with its tier, and each tier's summary again at the end. The db and e2e
 * tiers take turns on one managed Neo4j started here (a JVM start and its warm-up cost tens of seconds of
 * CPU), unless NEO4J_TEST_URI names one. GT_TEST_TIERS_SIDE_BY_SIDE=true runs db and e2e at once instead, each
 * on a Neo4j of its own (two processes: in one, vitest queues every project whose files take turns into one
 * line); not with NEO4J_TEST_URI, which both would share.
 *
 * The test JVMs run with GT_NEO4J_JVM_OPTIONS, by default -XX:CompileThresholdScaling=5 -XX:+UseParallelGC:
 * most of a test Neo4j's CPU went on compiling Neo4j's own code to machine code, for a JVM that lives
 * minutes; compiling only what runs five times as often cut it by about a quarter (1 and 20 were both slower:
 * docs/architecture.md). The throughput collector costs less CPU than Neo4j's G1 on a short-lived 768 MB heap
 * (about 8% on six db files); the API's managed Neo4j keeps G1.
 *
 * Arguments (`npm test -- tests/api/plans.test.ts`, `-t name`) go to one plain `vitest run` instead.
 * GT_UNIT_TIER_PASSED_FILE names a file written once the unit tier has passed (CI starts other work then).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findJavaToolchain } from '../src/neo4j/managed/java-toolchain.js';
import { resolveNeo4j } from '../src/neo4j/managed/resolve-neo4j.js';
import type { ManagedNeo4j } from '../src/neo4j/managed/start-neo4j.js';
import { startTierNeo4j } from '../tests/helpers/tier-neo4j.js';
import { ensureExplorerBuilt } from './build-explorer.js';

const VITEST = ['node_modules/vitest/vitest.mjs', 'run'];

interface TierRun {
  tier: string;
  code: number;
  seconds: number;
  summary: string[];
}

function run(tier: string, args: string[], prefixed: boolean): Promise<TierRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...VITEST, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const summary: string[] = [];
    const forward = (stream: NodeJS.WritableStream) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          stream.write(prefixed ? `[${tier}] ${line}\n` : `${line}\n`);
          // vitest's closing lines, and every failure's heading, for the summary at the end.
          if (/^\s*(Test Files|Tests|Duration|FAIL)\b/.test(line.replace(/\x1b\[[0-9;]*m/g, ''))) summary.push(line);
        }
      };
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code, signal) => resolve({ tier, code: code ?? (signal ? 1 : 0), seconds: Math.round((Date.now() - started) / 1000), summary }));
  });
}

// For every JVM the tests start, the tiers' and those the e2e files start themselves (inherited).
process.env.GT_NEO4J_JVM_OPTIONS ??= '-XX:CompileThresholdScaling=5 -XX:+UseParallelGC';

const extra = process.argv.slice(2);
if (extra.length) {
  process.exit((await run('vitest', extra, false)).code);
}

// Both tiers' setups would otherwise build a stale explorer, and on a fresh clone have Maven fetch Neo4j,
// at once into the same folders.
await ensureExplorerBuilt({ log: (line) => process.stdout.write(`[explorer] ${line}\n`) });
if (!process.env.NEO4J_TEST_URI) {
  await resolveNeo4j(path.resolve(process.env.GT_CACHE_DIR ?? '.cache', 'neo4j'), findJavaToolchain(process.env.JAVA_HOME), (line) => process.stdout.write(`[neo4j] ${line}\n`));
}

const sideBySide = !process.env.NEO4J_TEST_URI && process.env.GT_TEST_TIERS_SIDE_BY_SIDE === 'true';
// The tiers' shared Neo4j starts while the unit tier runs (a JVM start is about as long).
const sharedStarting: Promise<ManagedNeo4j> | undefined = sideBySide || process.env.NEO4J_TEST_URI
  ? undefined
  : startTierNeo4j('db', (line) => process.stdout.write(`[neo4j] ${line}\n`));
sharedStarting?.catch(() => undefined); // awaited below; a failure is reported there

const results: TierRun[] = [await run('unit', ['--project', 'unit'], true)];
// CI (.ci/run) starts the Dockerfile's steps once the unit tier has passed: beside it they had slowed it fourfold.
if (results[0]!.code === 0 && process.env.GT_UNIT_TIER_PASSED_FILE) writeFileSync(process.env.GT_UNIT_TIER_PASSED_FILE, 'passed\n');
if (results[0]!.code === 0) {
  const tiers = [['db', '--project', 'db'], ['e2e', '--project', 'e2e']] as const;
  // Side by side only when asked: on a 2-core machine the fault and crash tests' recovery bounds were
  // missed with the db tier beside them (neo4j-faults once), and every file ran about twice as slow.
  if (sideBySide) {
    results.push(...(await Promise.all(tiers.map(([tier, ...args]) => run(tier, [...args], true)))));
  } else {
    const shared = await sharedStarting;
    if (shared) Object.assign(process.env, { NEO4J_TEST_URI: shared.uri, NEO4J_TEST_USER: shared.user, NEO4J_TEST_PASSWORD: shared.password });
    try {
      for (const [tier, ...args] of tiers) results.push(await run(tier, [...args], true));
    } finally {
      await shared?.stop();
    }
  }
} else {
  await (await sharedStarting?.catch(() => undefined))?.stop();
}

process.stdout.write('\nnpm test: the tiers\n');
for (const r of results) {
  process.stdout.write(`  ${r.tier}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds} s\n`);
  for (const line of r.summary) process.stdout.write(`    ${line.trim()}\n`);
}
if (results[0]!.code !== 0) process.stdout.write('  db and e2e did not run: fix the unit tier first (npm run test:unit).\n');
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
