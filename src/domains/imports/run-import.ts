/**
 * The import pipeline, the same for every kind: read the file (CSV, YAML or a workbook), find its header and
 * what each heading is (with the mapping given now over the one remembered for the source), read every row,
 * check the rows against each other (duplicate keys) and against the graph (organisation names, unknown
 * references), and only when the whole file is clean compute the diff and, unless it is a dry run, apply it
 * in ONE transaction with its audit events, the mapping remembered and the organisation wordings recorded.
 * Every problem is reported, with line and column (and cell, in a workbook); nothing is written if there is any.
 */
import type { GraphQLContext } from '../../context.js';
import { requireRole, type Caller } from '../../auth/roles.js';
import { checkScopeAfterApply, checkScopeBeforeApply } from './import-scope.js';
import { BadUserInputError, ClientError } from '../../shared/errors.js';
import type { Executor } from '../../neo4j/database.js';
import { readImportFile, type ImportFormat, type ImportProblem } from './import-file.js';
import type { ImportDiff } from './import-kind.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { isEmptyMapping, mergeMappings, type ImportMapping } from './import-mapping.js';
import { readingOf, type ImportReadingModel } from './import-reading.js';
import { recordOrganisationAliases, readRememberedMapping, rememberMapping } from './import-sources.js';
import { mapTable, type MappedFile } from './import-table.js';
import { locateProblems, readRecords } from './read-records.js';
import { auditParameter, fileAuditEventClause, rowChangesParameter } from '../history/audit-event.js';

export interface ImportRequest {
  kind: string;
  format: ImportFormat;
  content: string;
  /** Names the spreadsheet the rows come from; rows it no longer has are retired on the next import of it. */
  source: string;
  dryRun: boolean;
  /** Values for columns the file does not have (e.g. the MTFS edition of a savings spreadsheet). */
  defaults?: Record<string, string>;
  /** How the file reads (import-mapping.ts), given now; merged over the one remembered for the source. */
  mapping?: ImportMapping;
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
  reading: ImportReadingModel;
}

export class ImportRejectedError extends ClientError {
  constructor(readonly problems: ImportProblem[], file: string) {
    const shown = problems.slice(0, 20).map((p) => `  ${file}${p.cell ? ` ${p.cell}` : p.line ? `:${p.line}` : ''}${p.column ? ` (${p.heading ? `"${p.heading}", ` : ''}${p.column})` : ''}: ${p.message}`);
    super(
      `The import has ${problems.length} problem(s); nothing was written. Fix the file and import it again:\n${shown.join('\n')}${problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''}`,
      'BAD_USER_INPUT',
      { problems: problems.slice(0, 1000) },
    );
  }
}

const MAX_CHANGES_LISTED = 500;

function summarise<V>(kind: string, request: ImportRequest, rows: number, diff: ImportDiff<V>, applied: boolean, reading: ImportReadingModel): ImportResultModel {
  const changes: ImportChangeModel[] = [
    ...diff.added.map((r) => ({ change: 'ADDED' as const, key: r.key, line: r.line, before: null, after: JSON.stringify(r.values) })),
    ...diff.changed.map((c) => ({ change: 'CHANGED' as const, key: c.record.key, line: c.record.line, before: JSON.stringify(c.before), after: JSON.stringify(c.record.values) })),
    ...diff.retired.map((key) => ({ change: 'RETIRED' as const, key, line: null, before: null, after: null })),
  ];
  return {
    kind, source: request.source, dryRun: request.dryRun, applied, rows,
    added: diff.added.length, changed: diff.changed.length, retired: diff.retired.length, unchanged: diff.unchanged.length,
    changes: changes.slice(0, MAX_CHANGES_LISTED), reading,
  };
}

/** Runs an import for a caller with the editor role. */
export async function runImport(context: GraphQLContext, request: ImportRequest): Promise<ImportResultModel> {
  const caller = requireRole(context.caller, 'editor', 'Importing a file');
  return importFile(context.executor, request, caller.name, context.requestId, caller.tokenId, caller);
}

/**
 * The pipeline itself (also used by the CLI, which has no GraphQL caller). `caller`: whose organisation scope
 * the rows must keep to (import-scope.ts); none for the CLI, which runs with the database's own rights.
 */
export async function importFile(db: Executor, request: ImportRequest, actor: string, requestId: string, actorTokenId: string | null = null,
  caller: Caller | null = null): Promise<ImportResultModel> {
  const kind = IMPORT_KINDS[request.kind];
  if (!kind) throw new BadUserInputError('kind', `"${request.kind}" is not an import kind; use one of ${Object.keys(IMPORT_KINDS).join(', ')}.`);
  if (!request.source.trim()) throw new BadUserInputError('source', 'name the spreadsheet the rows come from (e.g. "finance-links.csv").');
  const remembered = await readRememberedMapping(db, kind.name, request.source);
  const given = mergeMappings(request.mapping ?? null, request.defaults ? { defaults: request.defaults } : null);
  const mapping = mergeMappings(remembered, given);
  const problems: ImportProblem[] = [];
  const table = await readImportFile(request.content, request.format, mapping.sheet ?? null, problems);
  const file: MappedFile | undefined = table && mapTable(kind, table, mapping, problems);
  if (file) kind.checkHeader?.(file.header, problems);
  const refuse = () => new ImportRejectedError(locateProblems(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), file), request.source);
  if (!file || problems.length) throw refuse();

  // Checks and diff read the graph inside the same write transaction that applies the changes, so what
  // was checked is what is written; a dry run rolls it back by never writing.
  return db.writeTransaction(`import.${kind.name}`, async (tx): Promise<ImportResultModel> => {
    const { records, newAliases } = await readRecords(tx, kind, file, mapping, problems);
    // Rows with bad fields do not stop the graph checks of the others, so one pass reports every problem.
    if (records.length) await kind.checkAgainstGraph(tx, records, problems);
    if (problems.length) throw refuse();
    const diff = await kind.diff(tx, records, request.source);
    await checkScopeBeforeApply(tx, caller, kind.name, diff);
    const reading = readingOf(file, mapping, { remembered: remembered !== null && !isEmptyMapping(remembered), saved: false, aliasesRecorded: 0 });
    if (request.dryRun) {
      const answer = summarise(kind.name, request, records.length, diff, false, { ...reading, aliasesRecorded: newAliases.length });
      if (!caller?.scope || diff.added.length === 0) return answer;
      // Where added rows land is known only once written: a scoped dry run writes them, checks, and rolls back.
      await kind.apply(tx, diff, request.source, actor, requestId, actorTokenId);
      await checkScopeAfterApply(tx, caller, kind.name, diff);
      throw new DryRunRolledBack(answer);
    }
    const changes = await kind.apply(tx, diff, request.source, actor, requestId, actorTokenId);
    await checkScopeAfterApply(tx, caller, kind.name, diff);
    const at = { actor, requestId };
    reading.aliasesRecorded = await recordOrganisationAliases(tx, newAliases, request.source, at);
    // The mapping is remembered only once it has read a whole file cleanly.
    if (!isEmptyMapping(given)) reading.mappingSaved = await rememberMapping(tx, request.source, kind.name, mapping, at);
    // The file's one audit event, holding every row's change (history(id:) of an item shows its own).
    await tx.run(fileAuditEventClause(), {
      audit: auditParameter({ actor, requestId }), source: request.source, changes: rowChangesParameter(changes),
      summary: JSON.stringify({ kind: kind.name, rows: records.length, added: diff.added.length, changed: diff.changed.length, retired: diff.retired.length }),
    });
    return summarise(kind.name, request, records.length, diff, true, reading);
  }, 300_000).catch((error: unknown) => {
    if (error instanceof DryRunRolledBack) return error.answer;
    throw error;
  });
}

/** Thrown to roll back a dry run that had to write to check its scope; carries the dry run's answer. */
class DryRunRolledBack extends Error {
  constructor(readonly answer: ImportResultModel) {
    super('dry run rolled back');
  }
}
