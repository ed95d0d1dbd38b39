/**
 * A finance officer imports the savings sheet the council keeps, unchanged: an Excel workbook or the CSV saved
 * from it, headed the council's way, in £m with brackets and RAG ratings, in £000 with a total column, or
 * under a title block. Each shape lands exactly the pence and statuses it states (the RAG wording kept on the
 * line), a dry run writes nothing, and importing the same file again changes nothing. The shapes follow
 * published MTFS savings appendices and delivery trackers; every figure is made up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { base64, csvOf, importSavings, workbook, type Cell } from '../helpers/council-workbooks.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Finance team', 'editor', 'test')).token;
});

const load = (format: 'CSV' | 'XLSX', content: string, source: string, options: { dryRun?: boolean; edition?: string | null; mapping?: string } = {}) =>
  importSavings(server, editor, format, content, source, options);

const LINE = '{ status statusAsWritten department { key } amounts { years { year amount { pence } } } }';
async function lines(references: string[]) {
  const fields = references.map((r, i) => `l${i}: savingsLine(edition: "mtfs-2021", reference: "${r}") ${LINE}`).join('\n');
  const data = await server.ask(`{ ${fields} }`);
  return Object.fromEntries(references.map((r, i) => {
    const line = data[`l${i}`];
    return [r, line && { status: line.status, wording: line.statusAsWritten, department: line.department.key, pence: Object.fromEntries(line.amounts.years.map((y: any) => [y.year, y.amount.pence])) }];
  }));
}

/** Imports a file twice for real after a dry run: the dry run writes nothing, the second import nothing either. */
async function importTwice(format: 'CSV' | 'XLSX', content: string, source: string, references: string[], options: { mapping?: string } = {}) {
  const before = await snapshotThread(db);
  const dry = await load(format, content, source, { ...options, dryRun: true });
  expect(dry.errors?.[0]?.extensions?.problems ?? dry.errors).toBeUndefined();
  expect(dry.data!.importFile).toMatchObject({ applied: false, added: references.length });
  expect(await snapshotThread(db)).toEqual(before);
  const first = await load(format, content, source, options);
  expect(first.data!.importFile).toMatchObject({ applied: true, added: references.length, changed: 0 });
  const after = await snapshotThread(db);
  const again = await load(format, content, source, options);
  expect(again.data!.importFile).toMatchObject({ applied: true, added: 0, changed: 0, retired: 0, unchanged: references.length });
  expect(await snapshotThread(db)).toEqual(after);
  return { dry: dry.data!.importFile, found: await lines(references) };
}

const SHAPE_M: (Cell[] | null)[] = [
  ['Adults and Communities - MTFS savings proposals 2024-28'],
  null,
  ['Ref', 'Directorate', 'Saving Proposal', 'Delivery RAG', '2024/25 £m', '2025/26 £m', '2026/27 £m', 'Total £m'],
  ['ASC01', 'Adults and Communities', 'Review of home care commissioning', 'Green', 0.25, 0.5, 0.5, { formula: 'SUM(E4:G4)', result: 1.25 }],
  ['ASC02', 'Adults and Communities Department', 'Reablement first', 'Amber', 0.125, '(0.075)', 0, { formula: 'SUM(E5:G5)', result: 0.05 }],
  null,
  ['CFS03', 'Children and Family Services', 'Reversal of an earlier saving', 'R', -0.1, '(0.050)', '-', { formula: 'SUM(E7:G7)', result: -0.15 }],
  ['PH04', 'Public Health', 'Healthy lifestyles re-commissioning', 'Blue', 0.001, 0.0005, null, { formula: 'SUM(E8:G8)', result: 0.0015 }],
  null,
  [null, null, 'Total', null, { formula: 'SUM(E4:E8)', result: 0.276 }, { formula: 'SUM(F4:F8)', result: 0.3755 }, { formula: 'SUM(G4:G8)', result: 0.5 }, { formula: 'SUM(H4:H8)', result: 1.1515 }],
];

describe('a workbook in £m, with brackets and RAG ratings, under a merged title', () => {
  it('lands exactly the pence and statuses it states, and a second import changes nothing', async () => {
    const bytes = await workbook({ name: 'Savings 2024-25', rows: SHAPE_M, merges: ['A1:H1'], formats: { E: '0.000;(0.000)', F: '0.000;(0.000)', G: '0.000;(0.000)', H: '0.000;(0.000)' } });
    const { dry, found } = await importTwice('XLSX', base64(bytes), 'adults-savings.xlsx', ['ASC01', 'ASC02', 'CFS03', 'PH04']);
    expect(dry.reading).toMatchObject({ sheet: 'Savings 2024-25', headerRow: 3, rememberedMappingUsed: false, totalRowsSkipped: [10] });
    expect(dry.reading.columns.map((c: any) => `${c.cell} ${c.heading} → ${c.column} ${c.unit ?? ''}`.trim())).toEqual([
      "'Savings 2024-25'!A3 Ref → reference", "'Savings 2024-25'!B3 Directorate → department", "'Savings 2024-25'!C3 Saving Proposal → description",
      "'Savings 2024-25'!D3 Delivery RAG → status", "'Savings 2024-25'!E3 2024/25 £m → 2024/25 MILLIONS", "'Savings 2024-25'!F3 2025/26 £m → 2025/26 MILLIONS",
      "'Savings 2024-25'!G3 2026/27 £m → 2026/27 MILLIONS", "'Savings 2024-25'!H3 Total £m → total MILLIONS",
    ]);
    expect(found).toEqual({
      ASC01: { status: 'ON_TRACK', wording: 'Green', department: 'adults-and-communities-department', pence: { '2024/25': 25_000_000, '2025/26': 50_000_000, '2026/27': 50_000_000 } },
      ASC02: { status: 'AT_RISK', wording: 'Amber', department: 'adults-and-communities-department', pence: { '2024/25': 12_500_000, '2025/26': -7_500_000, '2026/27': 0 } },
      CFS03: { status: 'UNACHIEVABLE', wording: 'R', department: 'children-and-family-services-department', pence: { '2024/25': -10_000_000, '2025/26': -5_000_000, '2026/27': 0 } },
      PH04: { status: 'DELIVERED', wording: 'Blue', department: 'public-health-department', pence: { '2024/25': 100_000, '2025/26': 50_000, '2026/27': 0 } },
    });
  });
});

const SHAPE_K: (Cell[] | null)[] = [
  ['Saving Reference', 'Service Area', 'Description of Saving', 'RAG Status', "2024-25 (£'000)", "2025-26 (£'000)", "Total (£'000)"],
  ['ET-01', 'Environment and Transport', 'Review of winter gritting routes', 'G', 150, '1,250', '1,400'],
  ['ET-02', 'Environment & Transport', 'Street lighting dimming', 'A/G', '(300)', '-', '(300)'],
  ['CR-03', 'Corporate Resources', 'Office accommodation review', 'Complete', 1000.5, null, 1000.5],
  [null, null, 'Grand total', null, '850.5', '1,250', '2,100.5'],
];

describe('a sheet in £000 with a total column', () => {
  it('lands the same pence from the CSV and from the workbook, checking each total, and changes nothing the second time', async () => {
    const { found } = await importTwice('CSV', csvOf(SHAPE_K, 7), 'highways-savings.csv', ['ET-01', 'ET-02', 'CR-03']);
    expect(found).toEqual({
      'ET-01': { status: 'ON_TRACK', wording: 'G', department: 'environment-and-transport-department', pence: { '2024/25': 15_000_000, '2025/26': 125_000_000 } },
      'ET-02': { status: 'AT_RISK', wording: 'A/G', department: 'environment-and-transport-department', pence: { '2024/25': -30_000_000, '2025/26': 0 } },
      'CR-03': { status: 'DELIVERED', wording: 'Complete', department: 'corporate-resources-department', pence: { '2024/25': 100_050_000, '2025/26': 0 } },
    });
    const fromWorkbook = await load('XLSX', base64(await workbook({ name: 'Sheet1', rows: SHAPE_K })), 'highways-savings.xlsx');
    expect(fromWorkbook.data!.importFile).toMatchObject({ added: 0, changed: 0, unchanged: 3 });

    const wrongTotal = SHAPE_K.map((r, i) => (i === 2 ? [...r!.slice(0, 6), '(299)'] : r));
    const refused = await load('XLSX', base64(await workbook({ name: 'Sheet1', rows: wrongTotal })), 'highways-savings.xlsx');
    expect(refused.errors![0]!.extensions!.problems).toEqual([
      { line: 3, column: 'total', heading: "Total (£'000)", cell: 'Sheet1!G3', message: expect.stringMatching(/the total \(299\) \(£000\) is not the sum of the year columns \(-300 in £000\)/) },
    ]);
  });
});

const SHAPE_T: (Cell[] | null)[] = [
  ['Leicestershire County Council'],
  ['Medium Term Financial Strategy 2024/25 to 2027/28 - savings delivery tracker'],
  ['All figures in £m'],
  null,
  ['ID', 'Department', 'Proposal', 'Status', '2024/25', '2025/26'],
  ['CE-1', "Chief Executive's", 'Review of communications', 'on track', 0.02, 0.02],
  null,
  ['CE-2', "Chief Executive's Dept.", 'Reduced printing', 'Red/Amber', 0.0125, null],
];

describe('a tracker with a title block above the header, on its second sheet', () => {
  it('finds the header below the title, takes £m from the title, and lands the same from the workbook and the CSV', async () => {
    const bytes = await workbook({ name: 'Notes', rows: [['Read me first: the tracker is on the next sheet.']] }, { name: 'Tracker', rows: SHAPE_T, merges: ['A1:F1', 'A2:F2'] });
    const { dry, found } = await importTwice('XLSX', base64(bytes), 'tracker.xlsx', ['CE-1', 'CE-2'], { mapping: 'sheet: Tracker' });
    expect(dry.reading).toMatchObject({ sheet: 'Tracker', headerRow: 5, mapping: 'sheet: Tracker\ndefaults:\n  edition: mtfs-2021\n' });
    expect(dry.reading.columns.filter((c: any) => c.unit).map((c: any) => c.unit)).toEqual(['MILLIONS', 'MILLIONS']);
    expect(found).toEqual({
      'CE-1': { status: 'ON_TRACK', wording: null, department: 'chief-executives-department', pence: { '2024/25': 2_000_000, '2025/26': 2_000_000 } },
      'CE-2': { status: 'UNACHIEVABLE', wording: 'Red/Amber', department: 'chief-executives-department', pence: { '2024/25': 1_250_000, '2025/26': 0 } },
    });
    // The same tracker saved as CSV: the title block is lines 1-3, the header line 5.
    const csv = await load('CSV', csvOf(SHAPE_T, 6), 'tracker.csv');
    expect(csv.data!.importFile).toMatchObject({ added: 0, changed: 0, unchanged: 2, reading: { headerRow: 5 } });
  });
});
