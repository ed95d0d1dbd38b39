/**
 * A view's numbers as CSV: csv-stringify, the same library the API's own CSV exports use, and the same cell
 * escaping (src/shared/spreadsheet-cells.ts), so a rationale or a name that looks like a formula opens as
 * text and a negative amount stays a number. No DOM here, so the unit tests run it as it is.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { spreadsheetCell } from '../../src/shared/spreadsheet-cells.js';

export type CsvRows = (string | number | boolean | null | undefined)[][];

export function csvText(header: string[], rows: CsvRows): string {
  return stringify([header, ...rows].map((row) => row.map((cell) => spreadsheetCell(cell ?? ''))));
}
