/**
 * An import kind is a schema (its columns and how each is read) plus a mapping onto the graph (how rows are
 * matched to what exists, and written). The pipeline (run-import.ts) is the same for every kind, and so is
 * how a council's own spreadsheet is read into the schema: each column declares the headings councils give
 * it (`synonyms`), whether it holds money (`amount`: read in £, £000 or £m) and whether it names an
 * organisation (`organisation`: a name, alias or key, resolved by the pipeline before the kind sees it), and
 * how its value is checked (`required`, `pattern`, `oneOf`, `flag`: read-columns.ts reads a row by them).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AmountUnit } from '../finance/money.js';
import type { Heading } from './headings.js';
import type { ImportProblem, ImportRow } from './import-file.js';
import type { RowChange } from '../history/audit-event.js';

export interface ColumnSpec {
  name: string;
  required: boolean;
  description: string;
  /** Other headings for the column, as councils write them (compared without case, punctuation or units). */
  synonyms?: string[];
  /** The column holds amounts of money: its unit comes from its heading, the mapping, or the kind's default. */
  amount?: boolean;
  /**
   * The column names an organisation (of this kind, or any): a key, name or recorded alias. `inFile`: it may
   * also be the key of an organisation the same file adds (the kind checks those).
   */
  organisation?: { kind: string | null; what: string; inFile?: boolean };
  /** A value must pass `test` (a RegExp, or a check of its own); otherwise the problem says `"<value>" is not a <noun>: <rule>.` */
  pattern?: { test: { test(value: string): boolean }; noun: string; rule: string };
  /** A value must be one of `words` (read in upper case); otherwise the problem names them. */
  oneOf?: { words: readonly string[]; noun: string };
  /** The column is yes or no (blank is no). */
  flag?: boolean;
}

/** What the pipeline knows about the file that a row's reading needs. */
export interface RowContext {
  /** The unit of each amount column, by column name. */
  units: Record<string, AmountUnit>;
  /** The source's own status words (from its mapping), by status word key. */
  statuses: Record<string, string>;
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
  columns: readonly ColumnSpec[];
  /**
   * For kinds with columns named by the file (a savings spreadsheet's year columns): the column a heading
   * is (`2024/25` for "2024-25 £m"), or undefined. Such columns are amounts when `patternAmounts` is set.
   */
  patternColumn?(heading: Heading): string | undefined;
  patternAmounts?: boolean;
  /** The unit of amounts where neither heading nor mapping gives one. */
  defaultUnit?: AmountUnit;
  /** Checks the header as a whole (e.g. at least one year column); pushes problems. */
  checkHeader?(header: string[], problems: ImportProblem[]): void;
  /** Reads one row's fields; pushes a problem per bad field and returns undefined when the row is unusable. */
  readRow(row: ImportRow, problems: ImportProblem[], context: RowContext): ImportRecord<V> | undefined;
  /** Checks the records against the graph (unknown references, wrong kinds of item); pushes problems. */
  checkAgainstGraph(tx: ManagedTransaction, records: ImportRecord<V>[], problems: ImportProblem[]): Promise<void>;
  diff(tx: ManagedTransaction, records: ImportRecord<V>[], source: string): Promise<ImportDiff<V>>;
  /**
   * Writes the diff; returns the row-level changes (added and changed rows) for the file's one audit event.
   * `actorTokenId`: the caller's token, where there is one (the CLI has none); the links kind records it for review.
   */
  apply(tx: ManagedTransaction, diff: ImportDiff<V>, source: string, actor: string, requestId: string, actorTokenId?: string | null): Promise<RowChange[]>;
}
