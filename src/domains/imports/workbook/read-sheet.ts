/**
 * Reads one sheet of a workbook (exceljs, which reads the whole .xlsx format: shared strings, inline
 * strings, shared formulas, merged cells, number formats) into rows of cell texts (cell-text.ts), after the
 * zip has passed its limits (check-zip.ts). Runs inside the workbook worker. Merged cells keep their value
 * in the top-left cell only, as in the file (exceljs would repeat a merged title across the row); rows with
 * no value are left out, so spacer rows are skipped and row numbers stay those Excel shows.
 */
import ExcelJS from 'exceljs';
import { cellText } from './cell-text.js';
import { checkWorkbookZip, WorkbookProblem } from './check-zip.js';
import { MAX_COLUMNS } from './workbook-limits.js';

export interface SheetRow {
  /** The row number Excel shows. */
  line: number;
  /** Cell texts from column A; '' where blank. */
  cells: string[];
}

export interface CellProblem {
  line: number;
  /** 0-based column index. */
  index: number;
  message: string;
}

export type SheetReading =
  | { ok: true; sheet: string; sheets: string[]; rows: SheetRow[]; problems: CellProblem[] }
  | { ok: false; problem: string };

export async function readSheet(bytes: Buffer, wanted: string | null): Promise<SheetReading> {
  try {
    await checkWorkbookZip(bytes);
  } catch (error) {
    if (error instanceof WorkbookProblem) return { ok: false, problem: `the workbook cannot be read: ${error.message}.` };
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problem: `the workbook cannot be read: it is damaged (${(error as Error).message.split('\n')[0]}). Open it in Excel, save it as an Excel Workbook (.xlsx), and import it again.` };
  }
  const visible = workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  const sheets = workbook.worksheets.map((w) => w.name);
  const sheet = wanted === null ? visible[0] : workbook.worksheets.find((w) => w.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!sheet) {
    return {
      ok: false,
      problem: wanted === null
        ? 'the workbook has no visible sheet: unhide the sheet holding the table.'
        : `the workbook has no sheet named "${wanted}"; its sheets are ${sheets.map((s) => `"${s}"`).join(', ')}. Give one of those as the sheet.`,
    };
  }
  const rows: SheetRow[] = [];
  const problems: CellProblem[] = [];
  let tooWide = 0;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) {
        tooWide ||= line;
        return;
      }
      // A merged range's other cells hold no value of their own.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const reading = cellText(cell.value, cell.numFmt);
      while (cells.length < column - 1) cells.push('');
      if ('problem' in reading) {
        problems.push({ line, index: column - 1, message: reading.problem });
        cells.push('');
      } else cells.push(reading.text);
    });
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  if (tooWide) problems.push({ line: tooWide, index: MAX_COLUMNS, message: `the sheet has values beyond column ${MAX_COLUMNS}: an import table has at most ${MAX_COLUMNS} columns; clear the cells beyond it` });
  return { ok: true, sheet: sheet.name, sheets, rows, problems };
}
