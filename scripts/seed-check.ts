/**
 * `npm run seed:check`: validates seeds/ without touching a database: schema, keys, references and every
 * quote against its paper. Prints each problem with file, line, record and field; exits 1 when any.
 */
import path from 'node:path';
import { checkSeeds } from '../src/seeding/check-seeds.js';

const root = path.resolve(process.argv[2] ?? 'seeds');
const result = checkSeeds(root);
if (!result.ok) {
  process.stderr.write(result.error.message + '\n');
  process.exit(1);
}
const counts = new Map<string, number>();
for (const node of result.graph.nodes) {
  const label = node.labels[node.labels.length - 1]!;
  counts.set(label, (counts.get(label) ?? 0) + 1);
}
const links = new Map<string, number>();
for (const link of result.graph.links) links.set(link.type, (links.get(link.type) ?? 0) + 1);
process.stdout.write(`seeds OK: ${result.graph.nodes.length} nodes, ${result.graph.links.length} links, checksum ${result.graph.checksum.slice(0, 12)}\n`);
process.stdout.write(`  nodes: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
process.stdout.write(`  links: ${[...links].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
