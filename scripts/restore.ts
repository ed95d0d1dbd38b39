/** `npm run restore -- <export.json>`: loads an export into an EMPTY graph, all or nothing. */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { parseExport, restoreGraph } from '../src/domains/backup/graph-restore.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npm run restore -- <export.json>\n');
  process.exit(2);
}
const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  await applyMigrations(neo4j.db);
  const result = await restoreGraph(neo4j.db, parseExport(readFileSync(file, 'utf8')));
  process.stdout.write(`Restored ${result.nodes} nodes and ${result.links} links from ${file}.\n`);
} catch (error) {
  process.stderr.write(`restore: ${(error as Error).message}\nNothing was written.\n`);
  process.exitCode = 1;
} finally {
  await neo4j.close();
}
