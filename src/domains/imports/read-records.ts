/**
 * The reading half of the pipeline: a file's rows (import-table.ts, after import-file.ts) become the kind's
 * records, with the organisation columns resolved against the graph first (organisation-names.ts) and the
 * rows checked against each other (duplicate keys). Every problem found is pushed; rows with problems give
 * no record, so the graph checks that follow do not report them twice.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportProblem } from './import-file.js';
import type { ImportKind, ImportRecord, RowContext } from './import-kind.js';
import type { ImportMapping } from './import-mapping.js';
import type { MappedFile } from './import-table.js';
import { resolveOrganisationColumns } from './organisation-names.js';
import { statusWordKey } from '../finance/savings-status-words.js';

export interface ReadRecords<V> {
  records: ImportRecord<V>[];
  /** Wordings of organisations the mapping states that are not yet recorded (aliases to add on apply). */
  newAliases: { text: string; key: string }[];
}

export async function readRecords<V>(tx: ManagedTransaction, kind: ImportKind<V>, file: MappedFile, mapping: ImportMapping, problems: ImportProblem[]): Promise<ReadRecords<V>> {
  const { unresolved, newAliases } = await resolveOrganisationColumns(tx, kind.columns, file.rows, mapping.organisations, problems);
  const context: RowContext = {
    units: file.units,
    statuses: Object.fromEntries(Object.entries(mapping.statuses ?? {}).map(([word, status]) => [statusWordKey(word), status])),
  };
  const records: ImportRecord<V>[] = [];
  const seen = new Map<string, number>();
  for (const row of file.rows) {
    const record = kind.readRow(row, problems, context);
    if (!record || unresolved.has(row.line)) continue;
    const first = seen.get(record.key);
    if (first) problems.push({ line: row.line, message: `the same ${kind.name} row as ${file.sheet === null ? 'line' : 'row'} ${first} (duplicate key ${record.key}): keep one.` });
    else seen.set(record.key, row.line);
    records.push(record);
  }
  return { records, newAliases };
}

/** Where each problem is in a workbook (`Savings!B7`), and the heading the file gives its column. */
export function locateProblems(problems: ImportProblem[], file: MappedFile | undefined): ImportProblem[] {
  const headingOf = new Map(file?.matches.filter((m) => m.column).map((m) => [m.column!, m.heading.text]) ?? []);
  return problems.map((p) => {
    const heading = p.column !== undefined ? headingOf.get(p.column) : undefined;
    const cell = p.cell ?? (file && p.line !== undefined ? file.cellOf(p.line, p.column) : undefined);
    return { ...p, ...(cell ? { cell } : {}), ...(heading && heading !== p.column ? { heading } : {}) };
  });
}
