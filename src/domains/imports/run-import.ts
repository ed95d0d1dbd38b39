/**
 * The import pipeline, the same for every kind: read the file, check the header, read every row, check the
 * rows against each other (duplicate keys) and against the graph (unknown references), and only when the
 * whole file is clean compute the diff and, unless it is a dry run, apply it in ONE transaction with its
 * audit events. Every problem is reported, with line and column; nothing is written if there is any.
 */
import type { GraphQLContext } from '../../context.js';
import { requireRole } from '../../auth/roles.js';
import { BadUserInputError, ClientError } from '../../shared/errors.js';
import type { Executor } from '../../neo4j/database.js';
import { readImportFile, type ImportFormat, type ImportProblem } from './import-file.js';
import type { ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { auditEventClause, auditParameter } from '../history/audit-event.js';

export interface ImportRequest {
  kind: string;
  format: ImportFormat;
  content: string;
  /** Names the spreadsheet the rows come from; rows it no longer has are retired on the next import of it. */
  source: string;
  dryRun: boolean;
  /** Values for columns the file does not have (e.g. the MTFS edition of a savings spreadsheet). */
  defaults?: Record<string, string>;
}

export interface ImportChangeModel {
  change: 'ADDED' | 'CHANGED' | 'RETIRED';
  key: string;
  line: number | null;
  before: string | null;
  after: string | null;
}

export interface ImportResultModel {
  kind: string;
  source: string;
  dryRun: boolean;
  applied: boolean;
  rows: number;
  added: number;
  changed: number;
  retired: number;
  unchanged: number;
  changes: ImportChangeModel[];
}

export class ImportRejectedError extends ClientError {
  constructor(readonly problems: ImportProblem[], file: string) {
    const shown = problems.slice(0, 20).map((p) => `  ${file}${p.line ? `:${p.line}` : ''}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
    super(
      `The import has ${problems.length} problem(s); nothing was written. Fix the file and import it again:\n${shown.join('\n')}${problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''}`,
      'BAD_USER_INPUT',
      { problems: problems.slice(0, 1000) },
    );
  }
}

const MAX_CHANGES_LISTED = 500;

function summarise<V>(kind: string, request: ImportRequest, rows: number, diff: ImportDiff<V>, applied: boolean): ImportResultModel {
  const changes: ImportChangeModel[] = [
    ...diff.added.map((r) => ({ change: 'ADDED' as const, key: r.key, line: r.line, before: null, after: JSON.stringify(r.values) })),
    ...diff.changed.map((c) => ({ change: 'CHANGED' as const, key: c.record.key, line: c.record.line, before: JSON.stringify(c.before), after: JSON.stringify(c.record.values) })),
    ...diff.retired.map((key) => ({ change: 'RETIRED' as const, key, line: null, before: null, after: null })),
  ];
  return {
    kind, source: request.source, dryRun: request.dryRun, applied, rows,
    added: diff.added.length, changed: diff.changed.length, retired: diff.retired.length, unchanged: diff.unchanged.length,
    changes: changes.slice(0, MAX_CHANGES_LISTED),
  };
}

function readRecords<V>(kind: ImportKind<V>, request: ImportRequest, problems: ImportProblem[]): ImportRecord<V>[] {
  const file = readImportFile(request.content, request.format, problems);
  if (!file) return [];
  const defaults = Object.entries(request.defaults ?? {}).filter(([column]) => !file.header.includes(column));
  for (const [column, value] of defaults) {
    file.header.push(column);
    for (const row of file.rows) row.fields[column] = value;
  }
  // Spreadsheets capitalise headers as they like ("Total", "Reference"): a header matching a column but for case is that column.
  const byLowerCase = new Map(kind.columns.map((c) => [c.name.toLowerCase(), c.name]));
  file.header.forEach((h, i) => {
    const name = byLowerCase.get(h.toLowerCase());
    if (!name || name === h) return;
    file.header[i] = name;
    for (const row of file.rows) {
      row.fields[name] = row.fields[h]!;
      delete row.fields[h];
    }
  });
  const known = new Set(kind.columns.map((c) => c.name));
  const unknown = file.header.filter((h) => !known.has(h) && !kind.acceptsColumn?.(h));
  const missing = kind.columns.filter((c) => c.required && !file.header.includes(c.name)).map((c) => c.name);
  if (unknown.length || missing.length) {
    problems.push({
      line: 1,
      message: `wrong header${missing.length ? `: missing ${missing.join(', ')}` : ''}${unknown.length ? `${missing.length ? ';' : ':'} unknown ${unknown.join(', ')}` : ''}. The ${kind.name} columns are: ${kind.columns.map((c) => `${c.name}${c.required ? '' : ' (optional)'}`).join(', ')}.`,
    });
    return [];
  }
  const before = problems.length;
  kind.checkHeader?.(file.header, problems);
  if (problems.length > before) return [];
  const records: ImportRecord<V>[] = [];
  const seen = new Map<string, number>();
  for (const row of file.rows) {
    const record = kind.readRow(row, problems);
    if (!record) continue;
    const first = seen.get(record.key);
    if (first) problems.push({ line: row.line, message: `the same ${kind.name} row as line ${first} (duplicate key ${record.key}): keep one.` });
    else seen.set(record.key, row.line);
    records.push(record);
  }
  return records;
}

/** Runs an import for a caller with the editor role. */
export async function runImport(context: GraphQLContext, request: ImportRequest): Promise<ImportResultModel> {
  const caller = requireRole(context.caller, 'editor', 'Importing a file');
  return importFile(context.executor, request, caller.name, context.requestId, caller.tokenId);
}

/** The pipeline itself (also used by the CLI, which has no GraphQL caller). */
export async function importFile(db: Executor, request: ImportRequest, actor: string, requestId: string, actorTokenId: string | null = null): Promise<ImportResultModel> {
  const kind = IMPORT_KINDS[request.kind];
  if (!kind) throw new BadUserInputError('kind', `"${request.kind}" is not an import kind; use one of ${Object.keys(IMPORT_KINDS).join(', ')}.`);
  if (!request.source.trim()) throw new BadUserInputError('source', 'name the spreadsheet the rows come from (e.g. "finance-links.csv").');
  const problems: ImportProblem[] = [];
  const records = readRecords(kind, request, problems);
  // A file that could not be read at all stops here; rows with bad fields do not stop the graph checks of
  // the others, so one pass reports every problem.
  if (problems.length && records.length === 0) throw new ImportRejectedError(problems, request.source);

  // Checks and diff read the graph inside the same write transaction that applies the changes, so what
  // was checked is what is written; a dry run rolls it back by never writing.
  return db.writeTransaction(`import.${kind.name}`, async (tx) => {
    await kind.checkAgainstGraph(tx, records, problems);
    if (problems.length) throw new ImportRejectedError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), request.source);
    const diff = await kind.diff(tx, records, request.source);
    if (request.dryRun) return summarise(kind.name, request, records.length, diff, false);
    await kind.apply(tx, diff, request.source, actor, requestId, actorTokenId);
    await tx.run(
      auditEventClause({ action: "'import'", targetKey: "'import:' + $source", targetType: "'Import'", after: '$summary' }),
      { audit: auditParameter({ actor, requestId }), source: request.source, summary: JSON.stringify({ kind: kind.name, rows: records.length, added: diff.added.length, changed: diff.changed.length, retired: diff.retired.length }) },
    );
    return summarise(kind.name, request, records.length, diff, true);
  }, 300_000);
}
