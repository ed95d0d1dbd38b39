/**
 * From a file's table (import-file.ts) to the kind's rows: finds the header (the first row, or below a title
 * block: the row among the first 30 whose headings name most of the kind's columns), reads what each heading
 * is (column-mapping.ts) and each amount column's unit (its heading, else the mapping's `units`, else a unit
 * the title block states, else the kind's default), and turns every row below into fields by column name.
 * Blank rows are skipped; a row's line is the file's line or the sheet's row number.
 */
import type { AmountUnit } from '../finance/money.js';
import { explicitColumns, matchHeading, missingColumnMessage, unknownHeadingMessage, type HeadingMatch } from './column-mapping.js';
import { cellReference, readHeading } from './headings.js';
import { MAX_FIELD_CHARS, type ImportProblem, type ImportRow, type ImportTable } from './import-file.js';
import type { ImportKind } from './import-kind.js';
import type { ImportMapping } from './import-mapping.js';
import type { SheetRow } from './workbook/read-sheet.js';

const HEADER_SEARCH_ROWS = 30;

export interface MappedFile {
  sheet: string | null;
  /** The header's line or row; null for YAML, whose records name their fields. */
  headerLine: number | null;
  matches: HeadingMatch[];
  /** The kind's columns the file gives (and the defaults added), by name. */
  header: string[];
  rows: ImportRow[];
  /** Totals rows skipped (isTotalsRow), by line. */
  totalRows: number[];
  units: Record<string, AmountUnit>;
  /** Cell references of a row and column, for problems (workbooks only). */
  cellOf(line: number, column?: string): string | undefined;
}

const blank = (row: SheetRow) => row.cells.every((c) => c.trim() === '');
const TOTAL_LABEL = /^(grand\s+|sub[-\s]?)?totals?(\s+(savings?|for\s+.*))?:?$/i;

/**
 * A totals row under the table ("Total", "Grand total", "Sub-total" where the lines have their text, and
 * every other required text column blank): the spreadsheet's own arithmetic, not a line, so it is skipped.
 */
function isTotalsRow(kind: ImportKind<unknown>, fields: Record<string, string>): boolean {
  const texts = kind.columns.filter((c) => c.required && !c.amount).map((c) => (fields[c.name] ?? '').trim()).filter(Boolean);
  return texts.length > 0 && texts.every((t) => TOTAL_LABEL.test(t));
}

function matchRow(kind: ImportKind<unknown>, explicit: Map<string, string | null>, cells: string[]) {
  const matches = cells.map((text, i) => (text.trim() ? matchHeading(kind, explicit, i, readHeading(text)) : undefined));
  const named = new Set(matches.flatMap((m) => (m?.column ? [m.by === 'PATTERN' ? '*pattern' : m.column] : [])));
  return { matches, score: named.size };
}

function findHeader(kind: ImportKind<unknown>, table: ImportTable, explicit: Map<string, string | null>, mapping: ImportMapping, problems: ImportProblem[]): number | undefined {
  const rows = table.rows;
  if (mapping.headerRow !== undefined) {
    const at = rows.findIndex((r) => r.line === mapping.headerRow);
    if (at < 0) problems.push({ line: mapping.headerRow, message: `the mapping's header_row is ${mapping.headerRow}, but that row is empty or past the end of the ${table.sheet === null ? 'file' : `sheet "${table.sheet}"`}: give the row holding the headings.` });
    return at < 0 ? undefined : at;
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0, seen = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (blank(rows[i]!)) continue;
    seen++;
    const { score } = matchRow(kind, explicit, rows[i]!.cells);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  const needed = Math.min(2, kind.columns.filter((c) => c.required).length);
  if (best >= 0 && bestScore >= needed) return best;
  const last = rows[Math.min(rows.length, HEADER_SEARCH_ROWS) - 1]?.line ?? 1;
  problems.push({
    line: rows[0]?.line ?? 1,
    ...(table.sheet !== null ? { cell: `${cellReference(table.sheet, 0, rows[0]?.line ?? 1).replace(/![A-Z]+/, '!')}:${last}` } : {}),
    message: `no recognisable header: none of the first ${HEADER_SEARCH_ROWS} rows has the ${kind.name} headings (${kind.columns.filter((c) => c.required).map((c) => c.name).join(', ')}, or what councils call them). Give the table a header row, say which row it is (header_row: <row> in the import mapping), or map the headings (columns: { "<heading>": <column> }).`,
  });
  return undefined;
}

/** The unit a title block states ("All figures in £m"), or 'BOTH' when it states two. */
function titleUnit(rows: SheetRow[]): AmountUnit | 'BOTH' | undefined {
  const units = new Set(rows.flatMap((r) => r.cells.filter((c) => c.includes('£')).map((c) => readHeading(c).unit).filter((u): u is AmountUnit => !!u)));
  return units.size > 1 ? 'BOTH' : [...units][0];
}

export function mapTable(kind: ImportKind<unknown>, table: ImportTable, mapping: ImportMapping, problems: ImportProblem[]): MappedFile | undefined {
  const mappingProblems: string[] = [];
  const explicit = explicitColumns(kind, mapping.columns, mappingProblems);
  for (const message of mappingProblems) problems.push({ message });
  const headerAt = table.header ? -1 : findHeader(kind, table, explicit, mapping, problems);
  if (headerAt === undefined || mappingProblems.length) return undefined;
  const headerLine = table.header ? null : table.rows[headerAt]!.line;
  const headerCells = table.header ?? table.rows[headerAt]!.cells;
  const at = (index: number, line: number | null) => (table.sheet !== null && line !== null ? cellReference(table.sheet, index, line) : undefined);
  const found = matchRow(kind, explicit, headerCells).matches;
  const matches = found.filter((m): m is HeadingMatch => !!m);
  const before = problems.length;
  const unknown = headerCells.flatMap((text, i) => (text.trim() && !found[i] ? [{ i, heading: readHeading(text) }] : []));
  const taken = new Set(matches.flatMap((m) => (m.column ? [m.column] : [])));
  for (const { i, heading } of unknown) problems.push({ line: headerLine ?? undefined, cell: at(i, headerLine), message: unknownHeadingMessage(kind, heading, taken) });
  for (const column of taken) {
    const claims = matches.filter((m) => m.column === column);
    if (claims.length < 2) continue;
    const list = claims.map((m) => `${at(m.index, headerLine) ?? `column ${m.index + 1}`} "${m.heading.text}"`).join(' and ');
    problems.push({
      line: headerLine ?? undefined, column, cell: at(claims[1]!.index, headerLine),
      message: `two columns both look like the ${column}: ${list}. Say which one it is and ignore the other in the import mapping: columns: { "${claims[0]!.heading.text}": ${column}, "${claims[1]!.heading.text}": ignore }.`,
    });
  }
  const defaults = Object.entries(mapping.defaults ?? {}).filter(([column]) => !taken.has(column));
  for (const [column] of defaults) if (!kind.columns.some((c) => c.name === column)) problems.push({ message: `the mapping gives a default for "${column}", which is not a ${kind.name} column.` });
  for (const spec of kind.columns) {
    if (spec.required && !taken.has(spec.name) && !defaults.some(([c]) => c === spec.name)) {
      problems.push({ line: headerLine ?? undefined, column: spec.name, message: missingColumnMessage(kind, spec, unknown.map((u) => u.heading)) });
    }
  }
  // Units: the heading's, else the mapping's, else the title block's, else the kind's.
  const title = headerAt > 0 ? titleUnit(table.rows.slice(0, headerAt)) : undefined;
  const units: Record<string, AmountUnit> = {};
  for (const m of matches) {
    const isAmount = m.column && (m.by === 'PATTERN' ? kind.patternAmounts : kind.columns.find((c) => c.name === m.column)?.amount);
    if (!isAmount) continue;
    const unit = m.heading.unit ?? mapping.units ?? (title === 'BOTH' ? undefined : title) ?? (title === 'BOTH' ? undefined : kind.defaultUnit);
    if (unit) units[m.column!] = unit;
    else problems.push({ line: headerLine ?? undefined, column: m.column!, cell: at(m.index, headerLine), message: `the title rows state two units (£000 and £m), and the heading "${m.heading.text}" states none: say which the amounts are in (units: £m in the import mapping, or in the heading, e.g. "${m.heading.text} £m").` });
  }
  if (problems.length > before) return undefined;

  const used = matches.filter((m) => m.column !== null);
  const header = [...used.map((m) => m.column!), ...defaults.map(([c]) => c)];
  const rows: ImportRow[] = [];
  const totalRows: number[] = [];
  for (const row of table.rows.slice(headerAt + 1)) {
    if (blank(row)) continue;
    if (table.sheet === null && !table.header && row.cells.length !== headerCells.length && !(row.cells.length > headerCells.length && row.cells.slice(headerCells.length).every((c) => !c.trim()))) {
      problems.push({ line: row.line, message: `${row.cells.length} fields, but the header has ${headerCells.length}: check for a missing or extra comma, or an unquoted comma in a field.` });
      continue;
    }
    const stray = row.cells.findIndex((c, i) => c.trim() && (i >= headerCells.length || (!headerCells[i]!.trim())));
    if (stray >= 0) {
      problems.push({ line: row.line, cell: at(stray, row.line), message: `the row has a value in column ${stray + 1}, which has no heading: give the column a heading (and map it, or ignore it), or clear the cell.` });
      continue;
    }
    const fields: Record<string, string> = {};
    for (const m of used) fields[m.column!] = row.cells[m.index] ?? '';
    if (isTotalsRow(kind, fields)) {
      totalRows.push(row.line);
      continue;
    }
    for (const [column, value] of defaults) fields[column] = value;
    const long = Object.entries(fields).filter(([, v]) => v.length > MAX_FIELD_CHARS);
    for (const [column, value] of long) problems.push({ line: row.line, column, message: `the field is ${value.length} characters long; at most ${MAX_FIELD_CHARS}. Check for a missing closing quote, or shorten it.` });
    if (!long.length) rows.push({ line: row.line, fields });
  }
  if (rows.length === 0 && problems.length === before) problems.push({ line: headerLine ?? 1, message: 'the file has a header but no rows.' });
  const indexOf = new Map(used.map((m) => [m.column!, m.index]));
  return {
    sheet: table.sheet, headerLine, matches, header, rows, totalRows, units,
    cellOf: (line, column) => (table.sheet === null ? undefined : cellReference(table.sheet, column !== undefined ? indexOf.get(column) ?? 0 : 0, line)),
  };
}
