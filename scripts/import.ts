/**
 * `npm run import -- <kind> <file> [--source NAME] [--dry-run]`: loads a CSV or YAML file through the import
 * pipeline (the same one the importFile mutation uses). Prints the diff; on problems prints every one with
 * its line and column and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import { IMPORT_KINDS } from '../src/domains/imports/import-kinds.js';
import { ImportRejectedError, importFile } from '../src/domains/imports/run-import.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';

const USAGE = `usage: npm run import -- <kind> <file.csv|file.yaml> [--source NAME] [--dry-run] [--edition MTFS_KEY]\nkinds: ${Object.keys(IMPORT_KINDS).join(', ')}`;
const { positionals, values } = parseArgs({ allowPositionals: true, options: { source: { type: 'string' }, 'dry-run': { type: 'boolean' }, edition: { type: 'string' } } });
const [kind, file] = positionals;
if (!kind || !file) {
  process.stderr.write(`import: give the kind and the file.\n${USAGE}\n`);
  process.exit(2);
}
const format = /\.ya?ml$/i.test(file) ? 'YAML' : /\.csv$/i.test(file) ? 'CSV' : undefined;
if (!format) {
  process.stderr.write(`import: ${file}: the file must end in .csv, .yaml or .yml.\n`);
  process.exit(2);
}
let content: string;
try {
  content = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(file));
} catch (error) {
  process.stderr.write(`import: cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}

const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  await applyMigrations(neo4j.db);
  process.stderr.write(`Importing ${file} (${kind}${values['dry-run'] ? ', dry run' : ''})...\n`);
  const result = await importFile(neo4j.db, { kind, format, content, source: values.source ?? path.basename(file), dryRun: values['dry-run'] ?? false,
    defaults: values.edition ? { edition: values.edition } : undefined },
    `import CLI (${userInfo().username})`, randomUUID());
  process.stdout.write(`${result.applied ? 'Imported' : 'Dry run (nothing written)'}: ${result.rows} rows; ${result.added} added, ${result.changed} changed, ${result.retired} retired, ${result.unchanged} unchanged.\n`);
  for (const c of result.changes.slice(0, 50)) process.stdout.write(`  ${c.change.padEnd(8)} ${c.line ? `line ${c.line}: ` : ''}${c.key}\n`);
} catch (error) {
  if (error instanceof ImportRejectedError) {
    process.stderr.write(`import: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await neo4j.close();
}
