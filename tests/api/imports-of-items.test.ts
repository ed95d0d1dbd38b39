/**
 * The item import kinds on the same pipeline: partner strategies' priorities and departmental business
 * plans' commitments, loaded from the sample files, re-loaded without change, and refused with line and
 * column when wrong.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Partnership officer', 'editor', 'test')).token;
});

const IMPORT = `mutation ($kind: String!, $format: ImportFormat!, $content: String!, $source: String!) {
  importFile(kind: $kind, format: $format, content: $content, source: $source) { added changed retired unchanged }
}`;
const load = (kind: string, content: string, format: 'CSV' | 'YAML', source = `${kind}.sample`) =>
  server.query(IMPORT, { kind, format, content, source }, editor);

describe('importing partner priorities', () => {
  const csv = readFileSync('seeds/examples/partner-priorities.csv', 'utf8');

  it('loads the sample under the Joint Health and Wellbeing Strategy, with its sub-priority, flagged illustrative', async () => {
    const result = await load('partner-priorities', csv, 'CSV');
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toEqual({ added: 2, changed: 0, retired: 0, unchanged: 0 });
    const jhws = await server.query('{ document(key: "jhws") { priorities { code illustrative subPriorities { code name } } unalignedPriorities { code } } }');
    const five = jhws.data!.document.priorities.find((p: any) => p.code === 'JHWS-5');
    expect(five).toEqual({ code: 'JHWS-5', illustrative: true, subPriorities: [{ code: 'JHWS-5.1', name: 'Air quality near schools' }] });
    expect(jhws.data!.document.unalignedPriorities.map((p: any) => p.code)).toEqual(expect.arrayContaining(['JHWS-5', 'JHWS-5.1']));
  });

  it('then aligns through a links import, and the matrix counts it', async () => {
    const before = (await server.query('{ plan(period: "2022-26") { alignmentMatrix { rows { outcome { code } cells { strategy { key } links } } } } }')).data!;
    const cell = (data: any) => data.plan.alignmentMatrix.rows.find((r: any) => r.outcome.code === '9').cells.find((c: any) => c.strategy.key === 'jhws').links;
    const links = 'from,kind,to,rationale,strength\njhws/JHWS-5.1,ALIGNS_WITH,2022-26/9.3,Cleaner air improves health,CONTRIBUTORY\n';
    expect((await load('links', links, 'CSV')).data!.importFile.added).toBe(1);
    const after = (await server.query('{ plan(period: "2022-26") { alignmentMatrix { rows { outcome { code } cells { strategy { key } links } } } } }')).data!;
    expect(cell(after)).toBe(cell(before) + 1);
  });

  it('changes nothing when the same file is loaded again', async () => {
    const snapshot = await snapshotThread(db);
    expect((await load('partner-priorities', csv, 'CSV')).data!.importFile).toEqual({ added: 0, changed: 0, retired: 0, unchanged: 2 });
    expect(await snapshotThread(db)).toEqual(snapshot);
  });

  it('refuses a priority of a document that is not a partner strategy, or under an unknown parent', async () => {
    const bad = 'strategy,code,name,parent\n2022-26,X-1,Not a partner strategy,\njhws,JHWS-9.1,Orphan,JHWS-9\n';
    const result = await load('partner-priorities', bad, 'CSV', 'bad.csv');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      { line: 2, column: 'strategy', message: expect.stringMatching(/"2022-26" is not a partner strategy/) },
      { line: 3, column: 'parent', message: expect.stringMatching(/"jhws\/JHWS-9" is not a partner strategy or one of its priorities/) },
    ]);
  });
});

describe('importing business plan commitments', () => {
  const yaml = readFileSync('seeds/examples/business-plan-commitments.yaml', 'utf8');

  it('creates the business plan from its rows, with commitments delivering the plan\'s items', async () => {
    const result = await load('business-plan-commitments', yaml, 'YAML');
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toEqual({ added: 2, changed: 0, retired: 0, unchanged: 0 });
    const view = await server.query(`{ organisation(key: "environment-and-transport-department") { businessPlans { key period illustrative
      commitments { code illustrative delivers { __typename ... on Action { code } ... on SubOutcome { code } } } } } }`);
    const plan = view.data!.organisation.businessPlans[0];
    expect(plan).toMatchObject({ key: 'business-plan-2023-24-environment-and-transport', period: '2023/24', illustrative: true });
    expect(plan.commitments).toEqual([
      { code: 'ET-1', illustrative: true, delivers: [{ __typename: 'Action', code: '5.4-ACT1' }, { __typename: 'SubOutcome', code: '9.3' }] },
      { code: 'ET-2', illustrative: true, delivers: [{ __typename: 'SubOutcome', code: '5.2' }] },
    ]);
  });

  it('moves exactly the edited delivery when a row changes, and changes nothing on a re-load', async () => {
    expect((await load('business-plan-commitments', yaml, 'YAML')).data!.importFile).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    const edited = yaml.replace('delivers: 2022-26/5.2', 'delivers: 2022-26/5.1');
    expect((await load('business-plan-commitments', edited, 'YAML')).data!.importFile).toEqual({ added: 0, changed: 1, retired: 0, unchanged: 1 });
    const coverage = await server.query('{ a: subOutcome(plan: "2022-26", code: "5.1") { businessPlanCommitments { code } } b: subOutcome(plan: "2022-26", code: "5.2") { businessPlanCommitments { code } } }');
    expect(coverage.data).toEqual({ a: { businessPlanCommitments: [{ code: 'ET-2' }] }, b: { businessPlanCommitments: [] } });
  });

  it('refuses rows of one plan that disagree on its details, and deliveries to unknown items', async () => {
    const bad = [
      'business_plan,department,year,title,code,text,delivers',
      'bp-x,public-health-department,2023/24,Plan X,X-1,One,2022-26/9.3',
      'bp-x,public-health-department,2024/25,Plan X,X-2,Two,2022-26/9.9',
      'bp-y,no-such-department,23/24,Plan Y,Y-1,Three,',
    ].join('\n');
    const result = await load('business-plan-commitments', bad, 'CSV', 'bad.csv');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      { line: 3, column: 'business_plan', message: expect.stringMatching(/differ from line 2 for the same business plan/) },
      { line: 3, column: 'delivers', message: 'no current item has the key "2022-26/9.9".' },
      { line: 4, column: 'department', message: expect.stringMatching(/"no-such-department" is not a known organisation\. Known: .*nothing is created from a name/) },
      { line: 4, column: 'year', message: expect.stringMatching(/"23\/24" is not a financial year/) },
    ]);
  });
});

describe('importing a council\'s thread', () => {
  const csv = readFileSync('seeds/examples/thread-items.csv', 'utf8');

  it('loads the sample council from paper to action, cited and flagged illustrative, and a re-load changes nothing', async () => {
    const result = await load('thread-items', csv, 'CSV');
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toEqual({ added: 8, changed: 0, retired: 0, unchanged: 0 });
    const plan = await server.ask(`{ plan(period: "example-2026-30") { title outcomes { code citation { quote source { title } }
      subOutcomes { code aims { code actions { code owner { name } } } } } } }`);
    expect(plan.plan.outcomes).toEqual([expect.objectContaining({ code: '1', citation: expect.objectContaining({ quote: '[illustrative] Healthy lives' }) })]);
    expect(plan.plan.outcomes[0].subOutcomes[0].aims[0].actions).toEqual([{ code: '1.1-A1-1', owner: { name: 'Adults Department (illustrative)' } }]);
    expect((await load('thread-items', csv, 'CSV')).data!.importFile).toEqual({ added: 0, changed: 0, retired: 0, unchanged: 8 });
  });
});
