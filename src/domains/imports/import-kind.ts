/**
 * An import kind is a schema (its columns and how each is read) plus a mapping onto the graph (how rows are
 * matched to what exists, and written). The pipeline (run-import.ts) is the same for every kind.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportProblem, ImportRow } from './import-file.js';

export interface ColumnSpec {
  name: string;
  required: boolean;
  description: string;
}

/** What a row becomes: its natural key (matching it to what is already in the graph) and its values. */
export interface ImportRecord<V> {
  line: number;
  key: string;
  values: V;
}

export interface ImportDiff<V> {
  added: ImportRecord<V>[];
  changed: { record: ImportRecord<V>; before: Partial<V> }[];
  unchanged: ImportRecord<V>[];
  /** Keys previously imported from the same source that the file no longer has: retired on apply. */
  retired: string[];
}

export interface ImportKind<V> {
  name: string;
  columns: ColumnSpec[];
  /** For kinds with columns named by the file (a savings spreadsheet's year columns): whether a header is one. */
  acceptsColumn?(header: string): boolean;
  /** Checks the header as a whole (e.g. at least one year column); pushes problems. */
  checkHeader?(header: string[], problems: ImportProblem[]): void;
  /** Reads one row's fields; pushes a problem per bad field and returns undefined when the row is unusable. */
  readRow(row: ImportRow, problems: ImportProblem[]): ImportRecord<V> | undefined;
  /** Checks the records against the graph (unknown references, wrong kinds of item); pushes problems. */
  checkAgainstGraph(tx: ManagedTransaction, records: ImportRecord<V>[], problems: ImportProblem[]): Promise<void>;
  diff(tx: ManagedTransaction, records: ImportRecord<V>[], source: string): Promise<ImportDiff<V>>;
  /** `actorTokenId`: the caller's token, where there is one (the CLI has none); the links kind records it for review. */
  apply(tx: ManagedTransaction, diff: ImportDiff<V>, source: string, actor: string, requestId: string, actorTokenId?: string | null): Promise<void>;
}
