/**
 * Reads an import file into rows of text fields, each with the line it came from: CSV (csv-parse: quotes,
 * embedded commas and newlines, a UTF-8 BOM and Windows line endings all handled) or YAML (a list of
 * mappings, or `rows:` holding one). Nothing is interpreted here; each import kind parses its fields.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fromSpreadsheetCell } from '../../shared/spreadsheet-cells.js';

export type ImportFormat = 'CSV' | 'YAML';

export interface ImportProblem {
  line?: number;
  column?: string;
  message: string;
}

export interface ImportRow {
  line: number;
  fields: Record<string, string>;
}

export interface ParsedFile {
  header: string[];
  rows: ImportRow[];
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** No field of a council spreadsheet is longer; a longer one is a broken file (a missing closing quote). */
export const MAX_FIELD_CHARS = 10_000;

function checkFieldSizes(rows: ImportRow[], problems: ImportProblem[]): ImportRow[] {
  return rows.filter((row) => {
    const long = Object.entries(row.fields).filter(([, v]) => v.length > MAX_FIELD_CHARS);
    for (const [column, value] of long) {
      problems.push({ line: row.line, column, message: `the field is ${value.length} characters long; at most ${MAX_FIELD_CHARS}. Check for a missing closing quote, or shorten it.` });
    }
    return long.length === 0;
  });
}

export function readImportFile(content: string, format: ImportFormat, problems: ImportProblem[]): ParsedFile | undefined {
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
  const file = format === 'CSV' ? readCsv(text, problems) : readYaml(text, problems);
  return file && { header: file.header, rows: checkFieldSizes(file.rows, problems) };
}

function readCsv(text: string, problems: ImportProblem[]): ParsedFile | undefined {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { info: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    problems.push({ line: e.lines, message: `not valid CSV: ${e.message.replace(/^Invalid Record Length: /, '')}. Check the quotes on that line.` });
    return undefined;
  }
  const [head, ...body] = records;
  const header = head!.record.map((h) => h.trim());
  if (body.length === 0) {
    problems.push({ line: head!.info.lines, message: 'the file has a header but no rows.' });
    return undefined;
  }
  const rows: ImportRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      problems.push({ line: info.lines, message: `${record.length} fields, but the header has ${header.length}: check for a missing or extra comma, or an unquoted comma in a field.` });
      continue;
    }
    rows.push({ line: info.lines, fields: Object.fromEntries(header.map((h, i) => [h, fromSpreadsheetCell(record[i]!)])) });
  }
  return { header, rows };
}

function readYaml(text: string, problems: ImportProblem[]): ParsedFile | undefined {
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
  const header = new Set<string>();
  const rows: ImportRow[] = [];
  for (const item of list.items as Node[]) {
    const line = item.range ? lineCounter.linePos(item.range[0]).line : 0;
    if (!isMap(item)) {
      problems.push({ line, message: 'each record is a mapping of field: value.' });
      continue;
    }
    const fields: Record<string, string> = {};
    for (const pair of item.items) {
      const name = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const value = (pair.value as { value?: unknown } | null)?.value;
      fields[name] = value == null ? '' : String(value);
      header.add(name);
    }
    rows.push({ line, fields });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'the file has no records.' });
  return { header: [...header], rows };
}

/** A field every row must fill: trimmed, or a problem naming line and column when blank. */
export function requiredField(row: ImportRow, column: string, problems: ImportProblem[]): string {
  const value = (row.fields[column] ?? '').trim();
  if (!value) problems.push({ line: row.line, column, message: `${column} is required.` });
  return value;
}
