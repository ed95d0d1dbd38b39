/**
 * Savings spreadsheets in the shapes councils publish them (the layouts of published MTFS savings
 * appendices and delivery trackers; every figure here is made up for the tests): built as real .xlsx
 * workbooks with exceljs, and as the CSV a finance officer would save from them. Hostile workbooks for the
 * fuzz test are built from real ones with JSZip, so only the part under attack is wrong.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { TestServer } from './test-server.js';

export type Cell = string | number | null | { formula: string; result?: number | string };

export interface SheetSpec {
  name: string;
  /** Rows from row 1; null is a blank row. */
  rows: (Cell[] | null)[];
  /** Ranges to merge, e.g. A1:H1 (a title across the table). */
  merges?: string[];
  /** Number formats by column letter (e.g. { E: '0.000;(0.000)' }). */
  formats?: Record<string, string>;
}

export async function workbook(...sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((row, i) => {
      if (!row) return;
      row.forEach((value, j) => {
        if (value !== null) sheet.getCell(i + 1, j + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [column, numFmt] of Object.entries(spec.formats ?? {})) sheet.getColumn(column).numFmt = numFmt;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const base64 = (bytes: Buffer) => bytes.toString('base64');

/** The CSV a spreadsheet saves: blank rows as empty fields, formulas as their values. */
export function csvOf(rows: (Cell[] | null)[], width: number): string {
  const text = (c: Cell) => (c === null ? '' : typeof c === 'object' ? String(c.result ?? '') : String(c));
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => Array.from({ length: width }, (_, i) => quote(text(r?.[i] ?? null))).join(',')).join('\r\n') + '\r\n';
}

/** Replaces (or adds) one part of a workbook's zip. */
export async function withPart(bytes: Buffer, name: string, content: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A sheet part of `rows` empty rows (each a <row> element with no cells, as formatting leaves them). */
export function emptyRowsSheet(rows: number): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}" ht="15" customHeight="1"/>`);
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/** A shared-strings part holding one string of `chars` characters. */
export function hugeSharedStrings(chars: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'A'.repeat(chars)}</t></si></sst>`;
}

const IMPORT = `mutation ($format: ImportFormat!, $content: String!, $source: String!, $dryRun: Boolean, $edition: String, $mapping: String) {
  importFile(kind: "savings-lines", format: $format, content: $content, source: $source, dryRun: $dryRun, edition: $edition, mapping: $mapping) {
    applied rows added changed unchanged retired
    reading { sheet headerRow totalRowsSkipped mapping rememberedMappingUsed mappingSaved aliasesRecorded columns { heading column unit cell matchedBy } } } }`;

/** A savings-lines import over the API, for the edition mtfs-2021 unless told otherwise (null: none). */
export const importSavings = (server: TestServer, token: string, format: 'CSV' | 'XLSX', content: string, source: string, options: { dryRun?: boolean; edition?: string | null; mapping?: string } = {}) =>
  server.query(IMPORT, { format, content, source, dryRun: options.dryRun ?? false, edition: options.edition === undefined ? 'mtfs-2021' : options.edition, mapping: options.mapping ?? null }, token);
