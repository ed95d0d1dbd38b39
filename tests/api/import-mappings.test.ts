/**
 * Headings no rule knows, and names the graph does not hold yet: the import says which column a heading could
 * be and how to map it; a mapping given once (headings, units, the edition, an organisation's wording) is
 * remembered for the source, so next month's file imports with no flags. Bad input (no header, two columns
 * that look like the reference, £m finer than a penny, an unknown RAG word, a name two organisations share) is
 * refused naming sheet, cell and what to do, and nothing is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { base64, importSavings, workbook, type Cell } from '../helpers/council-workbooks.js';
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

const sheet = async (rows: (Cell[] | null)[], name = 'Savings') => base64(await workbook({ name, rows }));
const load = (content: string, source: string, options: { dryRun?: boolean; edition?: string | null; mapping?: string } = {}) => importSavings(server, editor, 'XLSX', content, source, options);

async function refused(content: string, source = 'refused.xlsx', options: { mapping?: string } = {}) {
  const before = await snapshotThread(db);
  const result = await load(content, source, options);
  expect(result.data).toBeNull();
  expect(result.errors![0]!.message).toMatch(/nothing was written/);
  expect(await snapshotThread(db)).toEqual(before);
  return result.errors![0]!.extensions!.problems as { line?: number; column?: string; cell?: string; heading?: string; message: string }[];
}

const HEADER: Cell[] = ['Ref', 'Directorate', 'Saving Proposal', 'Delivery RAG', '2024/25 £m'];

describe('headings and names the import does not know yet', () => {
  const MONTH_1: (Cell[] | null)[] = [
    ['Saving No.', 'Dept', 'Description', 'RAG', 'Lead Officer', '2024/25', '2025/26'],
    ['AC-7', 'A&C', 'Day services review', 'Amber/Green', 'J. Smith', 0.3, 0.2],
    ['AC-8', 'A&C', 'Transport policy', 'Slipped', 'J. Smith', 0.05, null],
  ];
  const MAPPING = [
    'columns:', '  Saving No.: reference', '  Lead Officer: ignore', 'units: £m', 'defaults:', '  edition: mtfs-2021',
    'organisations:', '  A&C: adults-and-communities-department', 'statuses:', '  Slipped: at risk', '',
  ].join('\n');

  it('says which column an unknown heading could be and how to map it, and names the closest departments', async () => {
    const problems = await refused(await sheet(MONTH_1), 'adults-tracker');
    expect(problems).toContainEqual({ line: 1, cell: 'Savings!A1', message: expect.stringMatching(/"Saving No\." is not a savings-lines column\. It could be column reference .*columns: \{ "Saving No\.": reference \}/) });
    expect(problems).toContainEqual({ line: 1, cell: 'Savings!E1', message: expect.stringMatching(/"Lead Officer" is not a savings-lines column.*columns: \{ "Lead Officer": ignore \}/) });
    expect(problems).toContainEqual({ line: 1, column: 'reference', message: expect.stringMatching(/no column gives reference.*If "Saving No\." is it, map it: columns: \{ "Saving No\.": reference \}/) });
  });

  it('imports with the mapping given once, records the wording as an alias, and next month imports with no flags', async () => {
    const dry = await load(await sheet(MONTH_1), 'adults-tracker', { mapping: MAPPING, edition: null, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFile).toMatchObject({ applied: false, added: 2, reading: { mappingSaved: false, aliasesRecorded: 1, rememberedMappingUsed: false } });
    expect((await db.read('test', "MATCH (s:ImportSource) RETURN s")).length).toBe(0);

    const first = await load(await sheet(MONTH_1), 'adults-tracker', { mapping: MAPPING, edition: null });
    expect(first.data!.importFile).toMatchObject({ applied: true, added: 2, reading: { mappingSaved: true, aliasesRecorded: 1 } });
    const lines = await server.ask(`{ a: savingsLine(edition: "mtfs-2021", reference: "AC-7") { status statusAsWritten department { key aliases { text } } amounts { years { amount { pence } } } }
      b: savingsLine(edition: "mtfs-2021", reference: "AC-8") { status statusAsWritten } }`);
    expect(lines.a).toEqual({ status: 'AT_RISK', statusAsWritten: 'Amber/Green', department: { key: 'adults-and-communities-department', aliases: [{ text: 'A&C' }] }, amounts: { years: [{ amount: { pence: 30_000_000 } }, { amount: { pence: 20_000_000 } }] } });
    expect(lines.b).toEqual({ status: 'AT_RISK', statusAsWritten: 'Slipped' });

    // Next month: one amount moved, one line added, no mapping, no edition.
    const month2 = [...MONTH_1.slice(0, 2), ['AC-8', 'A&C', 'Transport policy', 'Slipped', 'J. Smith', 0.06, null], ['AC-9', 'Adults and Communities', 'Assistive technology', 'G', 'K. Jones', 0.1, 0.1]];
    const next = await load(await sheet(month2), 'adults-tracker', { edition: null });
    expect(next.errors).toBeUndefined();
    expect(next.data!.importFile).toMatchObject({ added: 1, changed: 1, unchanged: 1, reading: { rememberedMappingUsed: true, mappingSaved: false, aliasesRecorded: 0 } });
    expect(next.data!.importFile.reading.mapping).toMatch(/units: £m/);
    const history = await db.read<{ action: string }>('test', "MATCH (e:AuditEvent) WHERE e.action IN ['import.mapping', 'alias.import'] RETURN e.action AS action ORDER BY action");
    expect(history.map((h) => h.action)).toEqual(['alias.import', 'import.mapping']);
  });
});

describe('bad input, refused with sheet, cell and what to do', () => {
  it('a workbook with no recognisable header', async () => {
    const problems = await refused(await sheet([['Savings tracker'], ['Nothing but notes here'], ['Totals', 1, 2]], 'Notes'));
    expect(problems).toEqual([{ line: 1, cell: 'Notes!1:3', message: expect.stringMatching(/no recognisable header: none of the first 30 rows has the savings-lines headings.*header_row/) }]);
  });

  it('two columns that both look like the reference', async () => {
    const problems = await refused(await sheet([['Ref', 'Saving Ref', ...HEADER.slice(1)], ['A1', 'AC1', 'Adults and Communities', 'x', 'Green', 1]]));
    expect(problems).toEqual([{ line: 1, column: 'reference', cell: 'Savings!B1', message: expect.stringMatching(/two columns both look like the reference: Savings!A1 "Ref" and Savings!B1 "Saving Ref".*columns: \{ "Ref": reference, "Saving Ref": ignore \}/) }]);
  });

  it('a £m amount more precise than a penny, which is never rounded', async () => {
    const problems = await refused(await sheet([HEADER, ['AC1', 'Adults and Communities', 'x', 'Green', 0.123456789]]));
    expect(problems).toEqual([{ line: 2, column: '2024/25', heading: '2024/25 £m', cell: 'Savings!E2', message: expect.stringMatching(/"0\.123456789" in £m is not a whole number of pence.*never rounded/) }]);
  });

  it('a RAG word no rule covers', async () => {
    const problems = await refused(await sheet([HEADER, ['AC1', 'Adults and Communities', 'x', 'Purple', 1]]));
    expect(problems).toEqual([{ line: 2, column: 'status', heading: 'Delivery RAG', cell: 'Savings!D2', message: expect.stringMatching(/"Purple" is not a status or a RAG rating the rule covers: .*statuses: \{ "Purple": at risk \}/) }]);
  });

  it('a name that matches two organisations, and one that matches none', async () => {
    const orgs = 'type,key,name,kind\nORGANISATION,test-resources-department,Resources Department,DEPARTMENT\nORGANISATION,test-resources-directorate,Resources Directorate,DEPARTMENT\n';
    const made = await server.query('mutation ($c: String!) { importFile(kind: "thread-items", format: CSV, content: $c, source: "orgs.csv") { added } }', { c: orgs }, editor);
    expect(made.data!.importFile.added).toBe(2);
    const problems = await refused(await sheet([HEADER, ['AC1', 'Resources', 'x', 'Green', 1], ['AC2', 'Adult and Communities', 'y', 'Green', 1]]));
    expect(problems).toEqual([
      { line: 2, column: 'department', heading: 'Directorate', cell: 'Savings!B2', message: expect.stringMatching(/"Resources" matches 2 departments: Resources Department \(test-resources-department\) and Resources Directorate \(test-resources-directorate\)/) },
      { line: 3, column: 'department', heading: 'Directorate', cell: 'Savings!B3', message: expect.stringMatching(/"Adult and Communities" is not a known department\. Closest known: Adults and Communities Department.*nothing is created from a name/) },
    ]);
    expect((await db.read('test', "MATCH (o:Organisation) WHERE o.name IN ['Resources', 'Adult and Communities'] RETURN o")).length).toBe(0);
  });

  it('a sheet the mapping names that the workbook lacks, and a file that is not a workbook', async () => {
    const missing = await refused(await sheet([HEADER]), 'refused.xlsx', { mapping: 'sheet: Tracker' });
    expect(missing).toEqual([{ message: expect.stringMatching(/no sheet named "Tracker"; its sheets are "Savings"/) }]);
    const csvAsXlsx = await refused(Buffer.from('Ref,Directorate\n').toString('base64'));
    expect(csvAsXlsx).toEqual([{ message: expect.stringMatching(/not an Excel workbook/) }]);
    const toNowhere = await refused(await sheet([HEADER]), 'refused.xlsx', { mapping: 'columns:\n  Ref: code\n' });
    expect(toNowhere).toEqual([{ message: expect.stringMatching(/the mapping maps "Ref" to "code", which is not a savings-lines column: use one of edition, reference/) }]);
    const misspelt = await load(await sheet([HEADER]), 'refused.xlsx', { mapping: 'colums:\n  Ref: reference\n' });
    expect(misspelt.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'mapping' });
    expect(misspelt.errors![0]!.message).toMatch(/the mapping: .*colums.*A mapping has sheet, header_row, units, columns/);
  });
});
