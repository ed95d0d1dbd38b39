/** A period cell of a progress spreadsheet, read by the API's one period grammar (progress/period-grammar.ts). */
import { readPeriod } from '../progress/period-grammar.js';
import type { ImportProblem } from './import-file.js';

export function parsePeriodText(text: string, line: number, problems: ImportProblem[]): string | null {
  const period = readPeriod(text);
  if (!period) {
    problems.push({ line, column: 'period', message: `"${text}" is not a period: write a financial year 2023/24, a quarter 2023/24 Q2 (Q1 is April-June) or a month 2023/24 M07 (M01 is April).` });
    return null;
  }
  return period.label;
}
