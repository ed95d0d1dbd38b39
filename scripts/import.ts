/**
 * `npm run import -- <kind> <file> [--source NAME] [--dry-run] [--edition KEY] [--mapping FILE] [--sheet NAME]
 * [--units £m] [--map "Heading=column" ...]`: loads a CSV, YAML or Excel (.xlsx) file through the import
 * pipeline (the same one the importFile mutation uses). A mapping beside the file (`<file name>.mapping.yaml`)
 * is read too, with the flags on top; once an import succeeds, the source remembers it. Prints how the file
 * was read and the diff; on problems prints every one with its line or cell and writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import { IMPORT_KINDS } from '../src/domains/imports/import-kinds.js';
import { mergeMappings, readMapping, unitNamed, type ImportMapping } from '../src/domains/imports/import-mapping.js';
import { ImportRejectedError, importFile } from '../src/domains/imports/run-import.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';

const USAGE = `usage: npm run import -- <kind> <file.csv|file.yaml|file.xlsx> [--source NAME] [--dry-run] [--edition MTFS_KEY]
       [--mapping FILE.yaml] [--sheet NAME] [--units £|£000|£m] [--map "Heading=column"]...
kinds: ${Object.keys(IMPORT_KINDS).join(', ')}`;
const fail = (message: string): never => {
  process.stderr.write(`import: ${message}\n${USAGE}\n`);
  process.exit(2);
};
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' }, 'dry-run': { type: 'boolean' }, edition: { type: 'string' }, mapping: { type: 'string' },
    sheet: { type: 'string' }, units: { type: 'string' }, map: { type: 'string', multiple: true },
  },
});
const [kind, file] = positionals;
if (!kind || !file) fail('give the kind and the file.');
const format = /\.ya?ml$/i.test(file!) ? 'YAML' : /\.csv$/i.test(file!) ? 'CSV' : /\.xls[xm]$/i.test(file!) ? 'XLSX' : undefined;
if (!format) fail(`${file}: the file must end in .csv, .yaml, .yml or .xlsx${/\.xls$/i.test(file!) ? ' (save an .xls workbook as .xlsx in Excel first)' : ''}.`);

function mappingFrom(where: string, text: string): ImportMapping {
  const read = readMapping(text, where);
  if ('problem' in read) fail(read.problem);
  return (read as { mapping: ImportMapping }).mapping;
}
// The mapping beside the file, then --mapping, then the single flags: later ones win.
const beside = [`${file!.replace(/\.[^./]+$/, '')}.mapping.yaml`, `${file!.replace(/\.[^./]+$/, '')}.mapping.yml`].find((f) => existsSync(f));
let mapping: ImportMapping = {};
for (const f of [beside, values.mapping].filter((f): f is string => !!f)) {
  try {
    mapping = mergeMappings(mapping, mappingFrom(f, readFileSync(f, 'utf8')));
  } catch (error) {
    fail(`cannot read the mapping ${f}: ${(error as Error).message}`);
  }
}
const columns = Object.fromEntries((values.map ?? []).map((pair) => {
  const at = pair.lastIndexOf('=');
  if (at <= 0) fail(`--map "${pair}" is not "Heading=column" (e.g. --map "Saving No.=reference").`);
  return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
}));
const units = values.units === undefined ? undefined : unitNamed(values.units) ?? fail(`--units "${values.units}" is not £, £000 or £m.`);
mapping = mergeMappings(mapping, { ...(values.sheet ? { sheet: values.sheet } : {}), ...(units ? { units } : {}), ...(Object.keys(columns).length ? { columns } : {}) });

let content: string;
try {
  const bytes = readFileSync(file!);
  content = format === 'XLSX' ? bytes.toString('base64') : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  await applyMigrations(neo4j.db);
  process.stderr.write(`Importing ${file} (${kind}${values['dry-run'] ? ', dry run' : ''}${beside ? `, with ${beside}` : ''})...\n`);
  const result = await importFile(neo4j.db, { kind: kind!, format: format!, content: content!, source: values.source ?? path.basename(file!), dryRun: values['dry-run'] ?? false,
    defaults: values.edition ? { edition: values.edition } : undefined, mapping },
    `import CLI (${userInfo().username})`, randomUUID());
  const r = result.reading;
  process.stdout.write(`${result.applied ? 'Imported' : 'Dry run (nothing written)'}: ${result.rows} rows; ${result.added} added, ${result.changed} changed, ${result.retired} retired, ${result.unchanged} unchanged.\n`);
  process.stdout.write(`Read ${r.sheet === null ? '' : `sheet "${r.sheet}", `}${r.headerRow === null ? 'records' : `header on ${r.sheet === null ? 'line' : 'row'} ${r.headerRow}`}${r.rememberedMappingUsed ? ', with the mapping remembered for this source' : ''}:\n`);
  for (const c of r.columns) process.stdout.write(`  ${(c.cell ?? '').padEnd(8)} "${c.heading}" → ${c.column ?? '(ignored)'}${c.unit ? ` in ${c.unit.toLowerCase()}` : ''} (${c.matchedBy.toLowerCase()})\n`);
  if (r.mappingSaved) process.stdout.write(`The mapping is remembered for the source "${result.source}": next time, import it with no flags.\n`);
  if (r.aliasesRecorded) process.stdout.write(`${r.aliasesRecorded} organisation wording(s) ${result.applied ? 'recorded' : 'would be recorded'} as aliases.\n`);
  for (const c of result.changes.slice(0, 50)) process.stdout.write(`  ${c.change.padEnd(8)} ${c.line ? `${r.sheet === null ? 'line' : 'row'} ${c.line}: ` : ''}${c.key}\n`);
} catch (error) {
  if (error instanceof ImportRejectedError) {
    process.stderr.write(`import: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await neo4j.close();
}
