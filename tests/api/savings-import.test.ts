/**
 * Finance loads the savings spreadsheet it already keeps, and loads it again after edits: amounts as finance
 * writes them (£, thousands separators, brackets, blanks) read exactly; a re-import moves only what was edited;
 * a bad file is refused whole with every problem named, and nothing changes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { graphql } from '../generated/gql.js';
import type { SavingsImportLineFragment } from '../generated/graphql.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));
let editor: string;
let viewer: string;
beforeAll(async () => {
  editor = (await createToken(db, 'Finance team', 'editor', 'test')).token;
  viewer = (await createToken(db, 'Board member', 'viewer', 'test')).token;
});

const IMPORT = graphql(`mutation SavingsImportFile($content: String!, $source: String!, $dryRun: Boolean, $edition: String) {
  importFile(kind: "savings-lines", format: CSV, content: $content, source: $source, dryRun: $dryRun, edition: $edition) {
    applied added changed unchanged retired changes { change key line before after } } }`);
const load = (content: string, options: { source?: string; dryRun?: boolean; edition?: string; token?: string } = {}) =>
  server.query(IMPORT, { content, source: options.source ?? 'mtfs-savings.csv', dryRun: options.dryRun ?? false, edition: options.edition ?? null }, options.token ?? editor);
graphql(`fragment SavingsImportLine on SavingsLine { reference status amounts { years { year amount { pence } } total { pence } } apportionments { sharePercent } version }`);
const LINES = graphql(`query SavingsImportLines { savings(edition: "mtfs-2017-21") { total { total { pence } } lines { ...SavingsImportLine } } }`);
const exportLines = async () => (await server.ask(graphql(`query SavingsImportExport { savings(edition: "mtfs-2017-21") { csv(view: LINES) } }`))).savings!.csv;

describe('loading the spreadsheet as finance keeps it', () => {
  it('reads £, thousands separators, brackets, dashes and blank cells exactly, for the edition given once', async () => {
    const sample = readFileSync('seeds/examples/savings-lines.csv', 'utf8');
    const dry = await load(sample, { edition: 'mtfs-2021', dryRun: true, source: 'sample.csv' });
    expect(dry.errors?.[0]?.message).toBeUndefined();
    expect(dry.data!.importFile).toMatchObject({ applied: false, added: 5 });
    expect((await server.ask(graphql(`query SavingsImportPH21 { savingsLine(edition: "mtfs-2021", reference: "PH21") { reference } }`))).savingsLine).toBeNull();

    const result = await load(sample, { edition: 'mtfs-2021', source: 'sample.csv' });
    expect(result.data!.importFile).toMatchObject({ applied: true, added: 5 });
    const data = await server.ask(graphql(`query SavingsImportSample { ph: savingsLine(edition: "mtfs-2021", reference: "PH21") { ...SavingsImportLine }
      cf: savingsLine(edition: "mtfs-2021", reference: "CF21") { ...SavingsImportLine } cr: savingsLine(edition: "mtfs-2021", reference: "CR21") { ...SavingsImportLine }
      ac: savingsLine(edition: "mtfs-2021", reference: "AC21") { status illustrative department { key } apportionments { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } } }`));
    const years = (l: SavingsImportLineFragment | null) => l?.amounts.years.map((y) => y.amount.pence);
    expect(years(data.ph)).toEqual([25_000_000, 30_000_000, 0, 0]);
    expect(years(data.cf)).toEqual([-12_000_000, 0, 0, 0]);
    expect(years(data.cr)).toEqual([100_050_000, 50_000_000, 0, 0]);
    expect(data.ac).toMatchObject({ status: 'APPROVED', illustrative: true, department: { key: 'adults-and-communities-department' } });
    expect(data.ac?.apportionments.map((a) => `${'code' in a.target ? a.target.code : a.target.__typename} ${a.sharePercent}`)).toEqual(['9 40', '9.1 60']);
  });

  it('refuses a bad file whole, naming every problem by line and column, and changes nothing', async () => {
    const before = await snapshotThread(db);
    const bad = [
      'edition,reference,department,description,status,2017/18,2018/19,total,affects',
      'mtfs-2017-21,ZZ1,Department of Nowhere,Something,on track,100,100,200,',
      'mtfs-2017-21,ZZ2,Public Health Department,Something,nearly done,"12,34",0,,',
      'mtfs-2017-21,ZZ3,Public Health Department,Something,proposed,100,100,250,',
      'mtfs-2017-21,ZZ4,Public Health Department,Something,proposed,100,100,,2018-22/WO 60%; 2018-22/SE 50%',
      'mtfs-2017-21,ZZ5,Public Health Department,Something,proposed,100,100,,2018-22/NOPE 10%',
    ].join('\n');
    const result = await load(bad);
    const problems = (result.errors![0]!.extensions as any).problems.map((p: any) => `${p.line}:${p.column}`);
    expect(problems).toEqual(expect.arrayContaining(['2:department', '3:status', '3:2017/18', '4:total', '5:affects', '6:affects']));
    expect(result.errors![0]!.message).toMatch(/nothing was written/);
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('refuses a header with no year columns or a year that is not a financial year', async () => {
    const none = await load('edition,reference,department,description,status\nmtfs-2017-21,X1,Public Health Department,A,proposed\n');
    expect(none.errors![0]!.message).toMatch(/no financial year columns/);
    const wrong = await load('edition,reference,department,description,status,2017/19\nmtfs-2017-21,X1,Public Health Department,A,proposed,1\n');
    expect(wrong.errors![0]!.message).toMatch(/2017\/19 is not a financial year/);
  });

  it('lets only editors import', async () => {
    const result = await load(readFileSync('seeds/examples/savings-lines.csv', 'utf8'), { edition: 'mtfs-2021', token: viewer, source: 'viewer.csv' });
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('loading the spreadsheet again after edits', () => {
  it('changes nothing when the exported lines are imported back as they are', async () => {
    const result = await load(await exportLines(), { source: 'round-trip.csv' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toMatchObject({ applied: true, added: 0, changed: 0, unchanged: 29, retired: 0 });
  });

  it('moves only the edited amounts and status, and the totals by exactly the edit', async () => {
    const before = (await server.ask(LINES)).savings!;
    const rows = (await exportLines()).trimEnd().split('\n');
    const header = rows[0]!.split(',');
    const col = header.indexOf('2018/19');
    const edited = rows.map((row) => {
      const cells = row.split(',');
      if (cells[1] === 'AC1') cells[col] = '2250';
      if (cells[1] === 'CF3') cells[header.indexOf('status')] = 'at risk';
      return cells.join(',');
    });
    const result = await load(edited.join('\n'), { source: 'round-trip.csv' });
    expect(result.data!.importFile).toMatchObject({ changed: 2, unchanged: 27, added: 0 });
    expect(result.data!.importFile.changes.map((c) => c.key).sort()).toEqual(['mtfs-2017-21/AC1', 'mtfs-2017-21/CF3']);

    const after = (await server.ask(LINES)).savings!;
    expect(after.total.total.pence - before.total.total.pence).toBe(25_000_000);
    const byRef = (list: SavingsImportLineFragment[]) => new Map(list.map((l) => [l.reference, l]));
    const [was, now] = [byRef(before.lines), byRef(after.lines)];
    for (const [reference, line] of now) {
      if (reference === 'AC1') expect(line.amounts.years[1]?.amount.pence).toBe(was.get('AC1')!.amounts.years[1]!.amount.pence + 25_000_000);
      else if (reference === 'CF3') expect(line).toMatchObject({ status: 'AT_RISK', amounts: was.get('CF3')?.amounts });
      else expect({ ...line, version: 0 }).toEqual({ ...was.get(reference), version: 0 });
    }
  });

  it('retires a line the spreadsheet no longer has, and keeps it out of the totals', async () => {
    const rows = (await exportLines()).trimEnd().split('\n').filter((r) => !r.includes(',CE2,'));
    const result = await load(rows.join('\n'), { source: 'round-trip.csv' });
    expect(result.data!.importFile).toMatchObject({ retired: 1 });
    const data = await server.ask(graphql(`query SavingsImportRetired { savings(edition: "mtfs-2017-21") { lines { reference } } ce2: savingsLine(edition: "mtfs-2017-21", reference: "CE2") { reference } }`));
    expect(data.savings!.lines.map((l) => l.reference)).not.toContain('CE2');
    const history = await db.read<{ n: number }>('test', "MATCH (e:AuditEvent {action: 'savings.import.retire', targetKey: 'mtfs-2017-21/CE2'}) RETURN count(e) AS n");
    expect(history[0]!.n).toBe(1);
  });
});

describe('apportioning a line', () => {
  const APPORTION = graphql(`mutation SavingsImportApportion($line: ID!, $shares: [SavingsShareInput!]!, $v: Int!) { apportionSavingsLine(line: $line, shares: $shares, expectedVersion: $v) {
    version unapportionedPercent apportionments { sharePercent target { ... on SubOutcome { code } ... on Outcome { code } } } } }`);

  it('replaces the shares, keeps the old ones as retired history, and refuses a stale version or more than 100%', async () => {
    const savingsLine = (await server.ask(graphql(`query SavingsImportCR1 { savingsLine(edition: "mtfs-2017-21", reference: "CR1") { id version mapped } }`))).savingsLine!;
    expect(savingsLine.mapped).toBe(false);
    const ok = await server.query(APPORTION, { line: savingsLine.id, shares: [{ target: '2018-22/GC', sharePercent: 25 }, { target: '2018-22/SE.3', sharePercent: 12.5 }], v: savingsLine.version }, editor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.apportionSavingsLine).toMatchObject({ version: savingsLine.version + 1, unapportionedPercent: 62.5 });

    const stale = await server.query(APPORTION, { line: savingsLine.id, shares: [], v: savingsLine.version }, editor);
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const over = await server.query(APPORTION, { line: 'mtfs-2017-21/CR1', shares: [{ target: '2018-22/GC', sharePercent: 60 }, { target: '2018-22/SE', sharePercent: 41 }], v: savingsLine.version + 1 }, editor);
    expect(over.errors![0]!.message).toMatch(/101%/);
    const notOutcome = await server.query(APPORTION, { line: 'mtfs-2017-21/CR1', shares: [{ target: '2022-26/9.3-A1', sharePercent: 10 }], v: savingsLine.version + 1 }, editor);
    expect(notOutcome.errors![0]!.message).toMatch(/not a current outcome or sub-outcome/);

    const cleared = await server.query(APPORTION, { line: 'mtfs-2017-21/CR1', shares: [], v: savingsLine.version + 1 }, editor);
    expect(cleared.data!.apportionSavingsLine).toMatchObject({ unapportionedPercent: 100, apportionments: [] });
    const retired = await db.read<{ n: number }>('test', "MATCH (:SavingsLine {key: 'mtfs-2017-21/CR1'})-[a:AFFECTS]->() WHERE a.retiredAt IS NOT NULL RETURN count(a) AS n");
    expect(retired[0]!.n).toBe(2);
    const audit = await db.read<{ n: number }>('test', "MATCH (e:AuditEvent {action: 'savings.apportion', targetKey: 'mtfs-2017-21/CR1'}) RETURN count(e) AS n");
    expect(audit[0]!.n).toBe(2);
  });
});
