/**
 * Reads an import file into a table of cell texts, each row with the line (CSV, YAML) or row number (a
 * workbook) it came from: CSV (csv-parse: quotes, embedded commas and newlines, a UTF-8 BOM and Windows line
 * endings all handled), YAML (a list of mappings, or `rows:` holding one) or an Excel workbook (base64 text
 * of the .xlsx file; read in a worker: workbook/). Nothing is interpreted here: which row is the header and
 * what each column is comes next (import-table.ts), and each import kind parses its fields.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fromSpreadsheetCell } from '../../shared/spreadsheet-cells.js';
import { cellReference as cellOf } from './headings.js';
import type { SheetRow } from './workbook/read-sheet.js';
import { readWorkbook } from './workbook/workbook-reader.js';

export type ImportFormat = 'CSV' | 'YAML' | 'XLSX';

export interface ImportProblem {
  line?: number;
  /** The import kind's column (its own name, e.g. `reference`). */
  column?: string;
  /** The heading the file gives that column, when it differs from the column's name. */
  heading?: string;
  /** In a workbook: the cell, as Excel writes it (`Savings!B7`). */
  cell?: string;
  message: string;
}

export interface ImportRow {
  line: number;
  /** By the kind's column names; organisation columns hold the resolved key. */
  fields: Record<string, string>;
  /** The cells as the file wrote them, where the pipeline replaced a field (an organisation's name). */
  written?: Record<string, string>;
}

/** A file's rows before its header is known. YAML names its fields itself, so it comes with its header. */
export interface ImportTable {
  sheet: string | null;
  rows: SheetRow[];
  /** YAML only: the field names, in the order first seen; each row's cells follow it. */
  header?: string[];
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** No field of a council spreadsheet is longer; a longer one is a broken file (a missing closing quote). */
export const MAX_FIELD_CHARS = 10_000;
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export async function readImportFile(content: string, format: ImportFormat, sheet: string | null, problems: ImportProblem[]): Promise<ImportTable | undefined> {
  if (format === 'XLSX') return readXlsx(content, sheet, problems);
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) {
    problems.push({ message: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several imports.` });
    return undefined;
  }
  if (content.includes('\uFFFD')) {
    problems.push({ message: 'the file is not valid UTF-8 (it has characters that could not be decoded): save it as "CSV UTF-8" and try again.' });
    return undefined;
  }
  const text = content.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    problems.push({ line: 1, message: 'the file is empty: it needs a header line and at least one row.' });
    return undefined;
  }
  return format === 'CSV' ? readCsv(text, problems) : readYaml(text, problems);
}

async function readXlsx(content: string, sheet: string | null, problems: ImportProblem[]): Promise<ImportTable | undefined> {
  if (content.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) {
    problems.push({ message: `the workbook is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several imports.` });
    return undefined;
  }
  if (!BASE64.test(content)) {
    problems.push({ message: 'an XLSX import\'s content is the workbook file encoded as base64 (this is not base64): encode the .xlsx file\'s bytes, e.g. with `base64 -w0 file.xlsx`.' });
    return undefined;
  }
  const reading = await readWorkbook(Buffer.from(content, 'base64'), sheet);
  if (!reading.ok) {
    problems.push({ message: reading.problem });
    return undefined;
  }
  for (const p of reading.problems) problems.push({ line: p.line, cell: cellOf(reading.sheet, p.index, p.line), message: `${p.message}.` });
  if (reading.rows.length === 0) problems.push({ message: `the sheet "${reading.sheet}" is empty: it needs a header row and at least one row below it.` });
  return reading.rows.length ? { sheet: reading.sheet, rows: reading.rows } : undefined;
}

function readCsv(text: string, problems: ImportProblem[]): ImportTable | undefined {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { info: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    problems.push({ line: e.lines, message: `not valid CSV: ${e.message.replace(/^Invalid Record Length: /, '')}. Check the quotes on that line.` });
    return undefined;
  }
  return { sheet: null, rows: records.map(({ record, info }) => ({ line: info.lines, cells: record.map(fromSpreadsheetCell) })) };
}

function readYaml(text: string, problems: ImportProblem[]): ImportTable | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  let list: Node | null | undefined = doc.contents as Node | null;
  if (isMap(list)) list = list.get('rows', true) as Node | undefined;
  if (!isSeq(list)) {
    problems.push({ line: 1, message: 'a YAML import is a list of records (or `rows:` holding one).' });
    return undefined;
  }
  const header: string[] = [];
  const records: { line: number; fields: Map<string, string> }[] = [];
  for (const item of list.items as Node[]) {
    const line = item.range ? lineCounter.linePos(item.range[0]).line : 0;
    if (!isMap(item)) {
      problems.push({ line, message: 'each record is a mapping of field: value.' });
      continue;
    }
    const fields = new Map<string, string>();
    for (const pair of item.items) {
      const name = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const value = (pair.value as { value?: unknown } | null)?.value;
      fields.set(name, value == null ? '' : String(value));
      if (!header.includes(name)) header.push(name);
    }
    records.push({ line, fields });
  }
  if (records.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'the file has no records.' });
  return { sheet: null, header, rows: records.map((r) => ({ line: r.line, cells: header.map((h) => r.fields.get(h) ?? '') })) };
}

/** A field every row must fill: trimmed, or a problem naming line and column when blank. */
export function requiredField(row: ImportRow, column: string, problems: ImportProblem[]): string {
  const value = (row.fields[column] ?? '').trim();
  if (!value) problems.push({ line: row.line, column, message: `${column} is required.` });
  return value;
}
