/**
 * The bench's results as markdown: per graph size and concurrency, each question's latency percentiles and
 * throughput on the floor, the API and @neo4j/graphql, ratios against the floor, round trips per request; the
 * targets with MET or MISSED; and the scaling curve as a table and a mermaid chart (GitHub renders it).
 */
import { readFileSync } from 'node:fs';
import type { Measurement } from './measure.js';

/** The API's resident memory target while answering at concurrency 16 (docs/performance.md, the targets). */
export const RSS_TARGET_MB = 150;

export interface Result {
  question: string;
  nested: boolean;
  concurrency: number;
  floor: Measurement;
  api: Measurement;
  generic: Measurement | null;
  cypher: { floor: number; api: number; generic: number };
  genericNote: string | null;
}

export interface SizeRun {
  councils: number;
  results: Result[];
  apiRssMaxMb: number;
}

export interface Report {
  runs: SizeRun[];
  loadRate: { councils: number; entitiesPerSecond: number; seconds: number }[];
  machine: { cpus: string; memoryGb: number; node: string; load: string };
  neo4j: string;
  seconds: number;
  date: string;
}

const version = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
const verdict = (ok: boolean) => (ok ? 'met' : '**MISSED**');

function sizeTables(run: SizeRun): string[] {
  const lines: string[] = [];
  for (const c of [...new Set(run.results.map((r) => r.concurrency))]) {
    lines.push(`#### ${run.councils} councils, concurrency ${c}`, '',
      '| question | floor p50 / p95 / p99 ms | API p50 / p95 / p99 ms | API p50 vs floor | @neo4j/graphql p50 / p95 / p99 ms | generic p50 vs floor | req/s floor / API / generic | API ÷ generic req/s | Cypher per request API / generic |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of run.results.filter((x) => x.concurrency === c)) {
      const m = (x: Measurement | null) => (x ? `${ms(x.p50)} / ${ms(x.p95)} / ${ms(x.p99)}` : 'n/a');
      lines.push(`| ${r.question} | ${m(r.floor)} | ${m(r.api)} | ${ratio(r.api.p50, r.floor.p50)} | ${m(r.generic)} | ${r.generic ? ratio(r.generic.p50, r.floor.p50) : '–'} | ` +
        `${r.floor.throughput.toFixed(0)} / ${r.api.throughput.toFixed(0)} / ${r.generic?.throughput.toFixed(0) ?? '–'} | ${r.generic ? ratio(r.api.throughput, r.generic.throughput) : '–'} | ${r.cypher.api} / ${Number.isFinite(r.cypher.generic) ? r.cypher.generic : '–'} |`);
    }
    lines.push('');
  }
  const notes = run.results.filter((r) => r.genericNote && r.concurrency === run.results[0]!.concurrency);
  if (notes.length) lines.push('How @neo4j/graphql was asked:', '', ...notes.map((r) => `- ${r.question}: ${r.genericNote}`), '');
  lines.push(`API resident memory (max, sampled every 200 ms while the API was measured): **${run.apiRssMaxMb.toFixed(0)} MB** (${verdict(run.apiRssMaxMb <= RSS_TARGET_MB)}: target ≤ ${RSS_TARGET_MB} MB at concurrency 16).`, '');
  return lines;
}

function targets(run: SizeRun, first: SizeRun): string[] {
  const lines = ['| target | result | verdict |', '| --- | --- | --- |'];
  for (const r of run.results) {
    const limit = r.concurrency === 1 ? 1.3 : 1.5;
    const x = r.api.p50 / r.floor.p50;
    lines.push(`| API p50 ≤ ${limit}× floor: ${r.question} @${r.concurrency} | ${x.toFixed(2)}× | ${verdict(x <= limit)} |`);
  }
  for (const r of run.results.filter((x) => x.nested && x.generic)) {
    const x = r.api.throughput / r.generic!.throughput;
    lines.push(`| API throughput ≥ 2× @neo4j/graphql: ${r.question} @${r.concurrency} | ${x.toFixed(2)}× | ${verdict(x >= 2)} |`);
  }
  if (first !== run) {
    for (const r of run.results.filter((x) => x.concurrency === 1)) {
      const small = first.results.find((x) => x.question === r.question && x.concurrency === 1);
      if (!small) continue;
      const x = r.api.p50 / small.api.p50;
      lines.push(`| flat (≤ 1.5×) from ${first.councils} to ${run.councils} councils: ${r.question} | ${x.toFixed(2)}× | ${verdict(x <= 1.5)} |`);
    }
  }
  lines.push(`| API resident memory ≤ ${RSS_TARGET_MB} MB at concurrency 16 | ${run.apiRssMaxMb.toFixed(0)} MB | ${verdict(run.apiRssMaxMb <= RSS_TARGET_MB)} |`);
  return lines;
}

function scaling(runs: SizeRun[]): string[] {
  const questions = [...new Set(runs[0]!.results.map((r) => r.question))];
  const p50 = (run: SizeRun, q: string, system: 'api' | 'floor') => run.results.find((r) => r.question === q && r.concurrency === 1)?.[system].p50 ?? NaN;
  const lines = ['| question | ' + runs.map((r) => `${r.councils} councils: API / floor p50 ms`).join(' | ') + ' |', '| --- |' + runs.map(() => ' --- |').join('')];
  for (const q of questions) lines.push(`| ${q} | ${runs.map((r) => `${ms(p50(r, q, 'api'))} / ${ms(p50(r, q, 'floor'))}`).join(' | ')} |`);
  const max = Math.max(...runs.flatMap((r) => questions.map((q) => p50(r, q, 'api'))).filter(Number.isFinite));
  lines.push('', '```mermaid', 'xychart-beta', '  title "API p50 latency (ms, concurrency 1) against graph size"', `  x-axis "councils" [${runs.map((r) => r.councils).join(', ')}]`,
    `  y-axis "p50 ms" 0 --> ${Math.ceil(max * 1.2)}`, ...questions.map((q) => `  line [${runs.map((r) => p50(r, q, 'api').toFixed(1)).join(', ')}]`), '```', '',
    'Lines, top to bottom in the legend order: ' + questions.map((q, i) => `${i + 1}. ${q}`).join('; ') + '.');
  return lines;
}

export function renderReport(report: Report): string {
  const last = report.runs.at(-1)!;
  return [
    '# Benchmark results (generated by `npm run bench`; do not edit by hand)', '',
    `Run ${report.date}. Machine: ${report.machine.cpus}, ${report.machine.memoryGb} GB; load average at the end ${report.machine.load} ` +
    '(the machine is shared with other agents\' builds and tests, so absolute numbers are noisy; ratios measured back to back are steadier).', '',
    `Versions: Node ${report.machine.node}, ${report.neo4j}, neo4j-driver ${version('neo4j-driver')}, @apollo/server ${version('@apollo/server')}, ` +
    `graphql ${version('graphql')}, @neo4j/graphql ${version('@neo4j/graphql')}, autocannon ${version('autocannon')}. ${report.seconds} s per measurement after a 1 s warm-up.`, '',
    '## Loading', '',
    ...(report.loadRate.length ? ['| councils added | seconds | entities/s | target 20 000/s |', '| --- | --- | --- | --- |',
      ...report.loadRate.map((l) => `| ${l.councils} | ${l.seconds.toFixed(1)} | ${l.entitiesPerSecond} | ${verdict(l.entitiesPerSecond >= 20_000)} |`)] : ['(no councils loaded in this run)']), '',
    `## Targets at ${last.councils} councils`, '', ...targets(last, report.runs[0]!), '',
    '## Scaling', '', ...scaling(report.runs), '',
    '## Every measurement', '', ...report.runs.flatMap(sizeTables),
  ].join('\n');
}
