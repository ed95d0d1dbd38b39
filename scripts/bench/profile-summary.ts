/**
 * `tsx scripts/bench/profile-summary.ts <file.cpuprofile> [requests]`: where a profiled API process spent its
 * CPU time, by the package (or part of this project) each sample's innermost frame belongs to, and the top
 * functions; with the number of requests served, per request. Used for docs/performance.md ("Where the time
 * goes"): `node --cpu-prof dist/main.js` under `npm run bench`-like load, stopped with SIGTERM.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [file, requestsText] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx scripts/bench/profile-summary.ts <file.cpuprofile> [requests served]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

function area(url: string, name: string): string {
  if (!url) return name === '(garbage collector)' ? 'GC' : name === '(idle)' || name === '(program)' ? name : 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const p = pkg[1]!;
    if (p.startsWith('@escape.tech/') || p === 'graphql-query-complexity') return 'query limits (armor, cost)';
    if (p === 'graphql') return /validation/.test(url) ? 'graphql: validation' : /execution/.test(url) ? 'graphql: execution' : /language/.test(url) ? 'graphql: parse/print' : 'graphql: other';
    if (p.startsWith('neo4j-driver')) return 'neo4j-driver';
    if (p.startsWith('@apollo/')) return 'apollo server';
    if (p === 'pino' || p.startsWith('pino-') || p === 'sonic-boom') return 'logging';
    return p;
  }
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(src|dist)\/(.+)$/.exec(url);
  return own ? `golden-thread: ${own[2]!.split('/').slice(0, 2).join('/')}` : url;
}

const totals = new Map<string, number>();
const functions = new Map<string, number>();
let all = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') continue;
  all += us;
  const a = area(url, functionName);
  totals.set(a, (totals.get(a) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/(src|dist)\//, '$1/')}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}
const requests = Number(requestsText ?? 0);
const fmt = (us: number) => `${(us / 1000).toFixed(0)} ms (${((100 * us) / all).toFixed(1)}%)${requests ? `, ${(us / requests / 1000).toFixed(3)} ms/request` : ''}`;
process.stdout.write(`CPU busy ${(all / 1e6).toFixed(1)} s of ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s${requests ? `, ${requests} requests: ${(all / requests / 1000).toFixed(2)} ms CPU per request` : ''}\n\n| where | self time |\n| --- | --- |\n`);
for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) process.stdout.write(`| ${name} | ${fmt(us)} |\n`);
process.stdout.write('\nTop functions (self time):\n');
for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`  ${fmt(us).padEnd(40)} ${name}\n`);
