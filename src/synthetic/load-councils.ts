/**
 * Loads synthetic councils through the project's import pipeline (importFile, the same code the importFile
 * mutation and `npm run import` run): councils are grouped into batches, each batch written as one CSV file
 * per import kind (thread items, partner priorities, business-plan commitments, links, savings lines), each file checked,
 * diffed and applied in one transaction with its audit events. Two batches are in flight at once, so Node
 * builds and parses one batch's files while Neo4j writes the other's.
 */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from '../shared/spreadsheet-cells.js';
import type { Executor } from '../neo4j/database.js';
import { IMPORT_KINDS } from '../domains/imports/import-kinds.js';
import { importFile } from '../domains/imports/run-import.js';
import { buildCouncilThread, type CouncilThread, type Row } from './council-thread.js';

export interface LoadOptions {
  seed: number;
  councils: number;
  /** The first council's number (to add councils 101-300 to a graph holding 1-100). */
  first?: number;
  batchSize?: number;
  parallel?: number;
  onBatch?: (done: { councils: number; rows: number }) => void;
}

const KINDS: { kind: string; rows: (c: CouncilThread) => Row[] }[] = [
  { kind: 'thread-items', rows: (c) => c.threadItems },
  { kind: 'partner-priorities', rows: (c) => c.partnerPriorities },
  { kind: 'business-plan-commitments', rows: (c) => c.commitments },
  { kind: 'links', rows: (c) => c.links },
  { kind: 'savings-lines', rows: (c) => c.savingsLines },
];

/** The import files of a batch of councils, in the order they must load. */
export function batchFiles(councils: CouncilThread[]): { kind: string; content: string; rows: number }[] {
  return KINDS.map(({ kind, rows }) => {
    const all = councils.flatMap(rows);
    // The kind's columns, plus any the kind accepts beyond them (a savings spreadsheet's year columns).
    const named = IMPORT_KINDS[kind]!.columns.map((c) => c.name);
    const columns = [...named, ...Object.keys(all[0] ?? {}).filter((c) => !named.includes(c))];
    const cells = all.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, spreadsheetCell(value)])));
    return { kind, rows: all.length, content: stringify(cells, { header: true, columns }) };
  }).filter((f) => f.rows > 0);
}

export async function loadSyntheticCouncils(db: Executor, options: LoadOptions): Promise<{ rows: number }> {
  const first = options.first ?? 1;
  const batchSize = options.batchSize ?? 10;
  const numbers = Array.from({ length: options.councils }, (_, i) => first + i);
  const batches: number[][] = [];
  for (let i = 0; i < numbers.length; i += batchSize) batches.push(numbers.slice(i, i + batchSize));
  let rows = 0;
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const files = batchFiles(batch.map((n) => buildCouncilThread(options.seed, n)));
      // The source names the batch (seed and councils), so a re-run of the same seed changes nothing.
      const source = `synthetic-seed${options.seed}-c${batch[0]}-c${batch.at(-1)}`;
      for (const file of files) {
        await importFile(db, { kind: file.kind, format: 'CSV', content: file.content, source: `${source}-${file.kind}.csv`, dryRun: false }, 'synthetic generator', source);
        rows += file.rows;
      }
      options.onBatch?.({ councils: batch.length, rows: files.reduce((s, f) => s + f.rows, 0) });
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));
  return { rows };
}
