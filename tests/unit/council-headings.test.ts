/**
 * Reading a council's sheet without a database: headings with their units and years, amounts in £, £000 and
 * £m converted to pence exactly (and refused, never rounded, when finer than a penny), RAG words by the
 * stated rule, workbook cell values as the text Excel shows, the header found under a title block, and the
 * workbook reader's deadline.
 */
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../src/domains/finance/money.js';
import { readStatusWord } from '../../src/domains/finance/savings-status-words.js';
import { cellReference, readHeading } from '../../src/domains/imports/headings.js';
import { IMPORT_KINDS } from '../../src/domains/imports/import-kinds.js';
import { readMapping } from '../../src/domains/imports/import-mapping.js';
import { mapTable } from '../../src/domains/imports/import-table.js';
import { cellText, plainDecimal } from '../../src/domains/imports/workbook/cell-text.js';
import { readWorkbook } from '../../src/domains/imports/workbook/workbook-reader.js';
import { workbook } from '../helpers/council-workbooks.js';

describe('headings', () => {
  it.each([
    ['2024/25 £m', '2024 25', 'MILLIONS', '2024/25'], ["2024-25 (£'000)", '2024 25', 'THOUSANDS', '2024/25'], ['(£000) 2017/18', '2017 18', 'THOUSANDS', '2017/18'],
    ['FY 2025/2026', 'fy 2025 2026', undefined, '2025/26'], ['Total £m', 'total', 'MILLIONS', undefined], ['Saving (£)', 'saving', 'POUNDS', undefined],
    ['Total £k', 'total', 'THOUSANDS', undefined], ['Saving Ref.', 'saving ref', undefined, undefined], ['Environment & Transport', 'environment and transport', undefined, undefined],
  ])('reads %j as words %j, unit %s, year %s', (text, key, unit, year) => {
    expect(readHeading(text)).toEqual({ text, key, unit, year });
  });

  it('names cells as Excel does, quoting sheet names that need it', () => {
    expect(cellReference('Savings', 1, 7)).toBe('Savings!B7');
    expect(cellReference('MTFS 2024-25', 27, 3)).toBe("'MTFS 2024-25'!AB3");
    expect(cellReference("Officer's", 0, 1)).toBe("'Officer''s'!A1");
  });
});

describe('amounts in £, £000 and £m, exactly', () => {
  const pence = (cell: string, unit: 'POUNDS' | 'THOUSANDS' | 'MILLIONS') => {
    const r = readAmount(cell, unit);
    return 'pence' in r ? r.pence : r.problem;
  };
  it.each([
    ['0.001', 'MILLIONS', 100_000], ['(0.250)', 'MILLIONS', -25_000_000], ['−1.5', 'MILLIONS', -150_000_000], ['£1.23456789', 'MILLIONS', 123_456_789],
    ['1.2500000000', 'MILLIONS', 125_000_000], ['1,250', 'THOUSANDS', 125_000_000], ['–', 'THOUSANDS', 0], ['£1,250.50', 'POUNDS', 125_050], ['(0.01)', 'POUNDS', -1],
  ] as const)('reads %j in %s as %d pence', (cell, unit, expected) => expect(pence(cell, unit)).toBe(expected));

  it.each([['0.123456789', 'MILLIONS'], ['1.234567', 'THOUSANDS'], ['0.001', 'POUNDS']] as const)('refuses %j in %s: not a whole penny, never rounded', (cell, unit) => {
    expect(pence(cell, unit)).toMatch(/not a whole number of pence.*never rounded/);
  });
});

describe('the status rule', () => {
  it.each([
    ['Green', 'ON_TRACK', 'Green'], ['g', 'ON_TRACK', 'g'], ['AMBER', 'AT_RISK', 'AMBER'], ['R', 'UNACHIEVABLE', 'R'], ['Blue', 'DELIVERED', 'Blue'],
    ['Complete', 'DELIVERED', 'Complete'], ['Amber/Green', 'AT_RISK', 'Amber/Green'], ['Red - Amber', 'UNACHIEVABLE', 'Red - Amber'], ['AG', 'AT_RISK', 'AG'],
    ['Green RAG', 'ON_TRACK', 'Green RAG'], ['on track', 'ON_TRACK', null], ['At-Risk', 'AT_RISK', null],
  ])('reads %j as %s, keeping the wording %j', (text, status, wording) => {
    expect(readStatusWord(text)).toEqual({ status, wording });
  });

  it('covers no other word, unless the source says what it means', () => {
    for (const word of ['Purple', 'Not started', 'OK', 'GX']) expect(readStatusWord(word)).toBeUndefined();
    expect(readStatusWord('Slipped', { slipped: 'AT_RISK' })).toEqual({ status: 'AT_RISK', wording: 'Slipped' });
  });
});

describe('workbook cells as text', () => {
  it.each([
    [0.30000000000000004, '0.3'], [1e-7, '0.0000001'], [1.25e21, '1250000000000000000000'], [-0.075, '-0.075'], [100, '100'], [123456789.123, '123456789.123'],
  ])('writes the number %d as %j, at Excel\'s 15 digits', (value, text) => expect(plainDecimal(value)).toBe(text));

  it('reads formulas by their saved value, percentages as percentages, and refuses errors and unsaved formulas', () => {
    expect(cellText({ formula: 'SUM(A1:A3)', result: 1.25 })).toEqual({ text: '1.25' });
    expect(cellText(0.4, '0%')).toEqual({ text: '40%' });
    expect(cellText({ richText: [{ text: 'Adults ' }, { text: 'and Communities' }] })).toEqual({ text: 'Adults and Communities' });
    expect(cellText(new Date(Date.UTC(2024, 2, 31)))).toEqual({ text: '2024-03-31' });
    expect(cellText({ error: '#DIV/0!' })).toEqual({ problem: expect.stringMatching(/the error #DIV\/0!/) });
    expect(cellText({ formula: 'A1*2' })).toEqual({ problem: expect.stringMatching(/no saved value/) });
  });
});

describe('the header under a title block', () => {
  const kind = IMPORT_KINDS['savings-lines']!;
  const rows = [['Council savings 2024-28'], ['All figures £m'], [''], ['Ref', 'Directorate', 'Proposal', 'RAG', '2024/25', '2025/26 £000'], ['A1', 'Public Health', 'x', 'G', '0.1', '5']];
  const table = { sheet: 'Savings', rows: rows.map((cells, i) => ({ line: i + 1, cells })) };

  it('is the row naming most columns; amounts take the heading\'s unit, else the title\'s', () => {
    const problems: unknown[] = [];
    const file = mapTable(kind, table, { defaults: { edition: 'mtfs-2021' } }, problems as never)!;
    expect(problems).toEqual([]);
    expect(file.headerLine).toBe(4);
    expect(file.units).toEqual({ '2024/25': 'MILLIONS', '2025/26': 'THOUSANDS' });
    expect(file.rows).toEqual([{ line: 5, fields: { reference: 'A1', department: 'Public Health', description: 'x', status: 'G', '2024/25': '0.1', '2025/26': '5', edition: 'mtfs-2021' } }]);
    expect(file.cellOf(5, '2025/26')).toBe('Savings!F5');
  });

  it('takes the mapping\'s units over the title\'s, and its header_row over the search', () => {
    const read = readMapping('units: £000\nheader_row: 4\ncolumns:\n  RAG: status\n', 'the mapping');
    expect(read).toEqual({ mapping: { units: 'THOUSANDS', headerRow: 4, columns: { RAG: 'status' } } });
    const file = mapTable(kind, table, { ...(read as { mapping: object }).mapping, defaults: { edition: 'mtfs-2021' } }, [])!;
    expect(file.units['2024/25']).toBe('THOUSANDS');
    expect(file.matches.find((m) => m.column === 'status')!.by).toBe('MAPPING');
    expect(readMapping('units: dollars', 'the mapping')).toEqual({ problem: 'the mapping: units "dollars" is not £, £000 or £m.' });
  });
});

describe('the workbook reader', () => {
  it('stops a read that overruns its deadline, and reads the next workbook in a fresh worker', async () => {
    const bytes = await workbook({ name: 'Sheet1', rows: [['a', 'b'], ['1', '2']] });
    const late = await readWorkbook(bytes, null, 1);
    expect(late).toEqual({ ok: false, problem: expect.stringMatching(/took longer than 0.001 s to read, so reading it was stopped/) });
    const next = await readWorkbook(bytes, null);
    expect(next).toMatchObject({ ok: true, sheet: 'Sheet1', rows: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }] });
  }, 60_000);
});
