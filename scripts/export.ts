/**
 * `npm run export -- [--plan 2022-26] [--out file.json]`: the whole graph (or one plan) as JSON, for backup
 * and for moving a thread between databases (`npm run restore`). `--kind links --out links.csv` writes the
 * analysts' links as a spreadsheet that `npm run import` reads back.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { exportGraph, exportText } from '../src/domains/backup/graph-export.js';
import { exportLinksCsv } from '../src/domains/backup/links-csv.js';
import { connectNeo4j } from '../src/neo4j/connect.js';

const { values } = parseArgs({ options: { plan: { type: 'string' }, out: { type: 'string' }, kind: { type: 'string' } } });
if (values.kind && values.kind !== 'links') {
  process.stderr.write(`export: --kind ${values.kind} is not exportable; use --kind links, or no --kind for the whole graph.\n`);
  process.exit(2);
}
const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  const text = values.kind === 'links' ? await exportLinksCsv(neo4j.db) : exportText(await exportGraph(neo4j.db, values.plan ?? null));
  if (values.out) {
    writeFileSync(values.out, text);
    process.stderr.write(`Wrote ${values.out} (${Buffer.byteLength(text)} bytes).\n`);
  } else process.stdout.write(text);
} finally {
  await neo4j.close();
}
