/**
 * Loading the spreadsheets analysts keep: the whole file checked first, every problem with its line and
 * column, nothing written unless all is valid, a dry-run diff, and re-imports that change exactly what changed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
let viewer: string;

const EXAMPLE = readFileSync('seeds/examples/links.csv', 'utf8');
const IMPORT = `mutation ($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $dryRun: Boolean) {
  importFile(kind: $kind, format: $format, content: $content, source: $source, dryRun: $dryRun) {
    applied rows added changed retired unchanged changes { change key line before after }
  }
}`;

function load(content: string, options: { dryRun?: boolean; format?: 'CSV' | 'YAML'; source?: string; token?: string } = {}) {
  return server.query(IMPORT, { kind: 'links', format: options.format ?? 'CSV', content, source: options.source ?? 'finance-links.csv', dryRun: options.dryRun ?? false }, options.token ?? editor);
}

async function problemsOf(content: string, format: 'CSV' | 'YAML' = 'CSV') {
  const before = await snapshotThread(db);
  const result = await load(content, { format });
  expect(result.data).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.message).toMatch(/nothing was written/);
  expect(await snapshotThread(db)).toEqual(before);
  return result.errors![0]!.extensions!.problems as { line?: number; column?: string; message: string }[];
}

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Finance team', 'editor', 'test')).token;
  viewer = (await createToken(db, 'Reader', 'viewer', 'test')).token;
});

describe('importing links', () => {
  it('needs the editor role', async () => {
    const result = await load(EXAMPLE, { token: viewer });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the diff of the example file in a dry run, writing nothing', async () => {
    const before = await snapshotThread(db);
    const result = await load(EXAMPLE, { dryRun: true });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toMatchObject({ applied: false, rows: 3, added: 3, changed: 0, retired: 0, unchanged: 0 });
    expect(result.data!.importFile.changes.map((c: any) => [c.change, c.line])).toEqual([['ADDED', 2], ['ADDED', 3], ['ADDED', 4]]);
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('loads the example file, and loading it again changes nothing', async () => {
    const first = await load(EXAMPLE);
    expect(first.data!.importFile).toMatchObject({ applied: true, added: 3 });
    const support = await server.query('{ subOutcome(plan: "2022-26", code: "5.4") { supportingActions { edges { how link { status createdBy } node { code } } } } }');
    expect(support.data!.subOutcome.supportingActions.edges).toContainEqual({ how: 'LINKED', link: { status: 'PROPOSED', createdBy: 'Finance team' }, node: { code: '9.3-A2-3' } });

    const after = await snapshotThread(db);
    const again = await load(EXAMPLE);
    expect(again.data!.importFile).toMatchObject({ applied: true, added: 0, changed: 0, retired: 0, unchanged: 3, changes: [] });
    expect(await snapshotThread(db)).toEqual(after);
  });

  it('changes exactly the edited rows: one reworded, one removed (retired), one untouched', async () => {
    const lines = EXAMPLE.trim().split('\n');
    const edited = [lines[0], lines[1]!.replace('includes active travel', 'relies on active travel'), lines[3]].join('\r\n') + '\r\n';
    const result = await load(edited);
    expect(result.data!.importFile).toMatchObject({ added: 0, changed: 1, retired: 1, unchanged: 1 });
    const changed = result.data!.importFile.changes.find((c: any) => c.change === 'CHANGED');
    expect(JSON.parse(changed.before).rationale).toMatch(/includes active travel/);
    expect(JSON.parse(changed.after).rationale).toMatch(/relies on active travel/);
    const retired = await server.query('{ links(statuses: [RETIRED]) { edges { node { retiredReason to { ... on SubOutcome { code } } } } } }');
    expect(retired.data!.links.edges).toContainEqual({ node: { retiredReason: 'absent from the latest import of finance-links.csv', to: { code: '8.2' } } });
  });

  it('reads YAML, a UTF-8 BOM, Windows line endings, and quotes and formulas inside fields, storing text verbatim', async () => {
    const yaml = `rows:\n  - from: 2022-26/9.4-A3-1\n    kind: SUPPORTS\n    to: 2022-26/9.1\n    rationale: '=cmd|'' /C calc''!A0 and "quoted" text, with a comma'\n`;
    const result = await load('\uFEFF' + yaml, { format: 'YAML', source: 'carers.yaml' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile.added).toBe(1);
    const stored = await db.read<{ rationale: string }>('test.formula', "MATCH (:Action {key: '2022-26/9.4-A3-1'})-[r:SUPPORTS]->() RETURN r.rationale AS rationale");
    expect(stored).toEqual([{ rationale: `=cmd|' /C calc'!A0 and "quoted" text, with a comma` }]);
  });
});

describe('a file with problems', () => {
  it('is refused when empty, or a header only', async () => {
    expect(await problemsOf('')).toEqual([{ line: 1, message: expect.stringMatching(/file is empty/) }]);
    expect(await problemsOf('from,kind,to,rationale\n')).toEqual([{ line: 1, message: expect.stringMatching(/header but no rows/) }]);
  });

  it('names headings it does not know, says how to map them, and lists what is missing', async () => {
    const problems = await problemsOf('from,category,to,remark\nx,y,z,w\n');
    expect(problems).toEqual([
      { line: 1, message: expect.stringMatching(/the heading "category" is not a links column \(from, kind, to, rationale, strength, share, illustrative\)\. Map it to one in the import mapping, e\.g\. columns: \{ "category": kind \}, or.*"category": ignore/) },
      { line: 1, message: expect.stringMatching(/the heading "remark" is not a links column/) },
      { line: 1, column: 'kind', message: expect.stringMatching(/no column gives kind \(headed "kind", "Link kind", .*\): one of SUPPORTS/) },
      { line: 1, column: 'rationale', message: expect.stringMatching(/no column gives rationale .*columns: \{ "<heading>": rationale \}/) },
    ]);
  });

  it('reads headings as analysts write them (Type, Why, Share %) and the header below a title line', async () => {
    const file = 'Links agreed at the May workshop,,,,,\n,,,,,\nFrom,Type,To,Why,Strength,Share %\n2022-26/9.3-A2-3,SUPPORTS,2022-26/9.1,because,,40%\n';
    const result = await load(file, { dryRun: true, source: 'workshop.csv' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFile).toMatchObject({ applied: false, added: 1 });
    expect(JSON.parse(result.data!.importFile.changes[0].after)).toMatchObject({ kind: 'SUPPORTS', rationale: 'because', share: 40 });
  });

  it('reports every bad field with its line and column, not just the first', async () => {
    const problems = await problemsOf([
      'from,kind,to,rationale,strength,share',
      '2022-26/9.3-A2-3,SUPPORTS,2022-26/9.1,ok,STRONG,',
      '2022-26/9.3-A2-3,LIKES,2022-26/9.1,ok,,',
      '2022-26/9.3-A2-3,SUPPORTS,2022-26/9.2,ok,,150%',
      '2022-26/9.3-A2-3,SUPPORTS,2022-26/9.2,,,abc',
    ].join('\n'));
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:strength', '3:kind', '4:share', '5:rationale', '5:share']);
    expect(problems[2]!.message).toMatch(/"150%" is not a share: give a percentage above 0 and at most 100/);
  });

  it('reports unknown references and ends the kind cannot join, checked against the graph', async () => {
    const problems = await problemsOf([
      'from,kind,to,rationale',
      '2022-26/9.3-A2-99,SUPPORTS,2022-26/9.1,no such action',
      '2014-18/T1,SUPPORTS,2022-26/9.1,a theme cannot support',
    ].join('\n'));
    expect(problems).toEqual([
      { line: 2, column: 'from', message: 'no current item has the key "2022-26/9.3-A2-99".' },
      { line: 3, column: 'kind', message: expect.stringMatching(/a SUPPORTS link joins Action\/Aim\/Document.*got Theme to SubOutcome/) },
    ]);
  });

  it('reports a duplicate row with the line it repeats', async () => {
    const problems = await problemsOf(['from,kind,to,rationale', '2022-26/9.3-A2-3,SUPPORTS,2022-26/9.1,a', '2022-26/9.3-A2-3,supports,2022-26/9.1,b'].join('\n'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/same links row as line 2/) }]);
  });

  it('reports a row with the wrong number of fields, and a broken quote', async () => {
    expect(await problemsOf('from,kind,to,rationale\n2022-26/9.3-A2-3,SUPPORTS,2022-26/9.1\n')).toEqual([
      { line: 2, message: expect.stringMatching(/3 fields, but the header has 4/) },
    ]);
    const broken = await problemsOf('from,kind,to,rationale\n2022-26/9.3-A2-3,SUPPORTS,2022-26/9.1,"never closed\n');
    expect(broken[0]!.message).toMatch(/not valid CSV/);
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = new TextDecoder('utf-8').decode(Buffer.from('from,kind,to,rationale\nx,SUPPORTS,y,caf\xe9\n', 'latin1'));
    expect(await problemsOf(latin1)).toEqual([{ message: expect.stringMatching(/not valid UTF-8.*CSV UTF-8/) }]);
  });

  it('handles 100 000 rows, reporting their problems without writing', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `2022-26/9.3-A2-3,SUPPORTS,2022-26/x-${i},r,,`);
    const problems = await problemsOf(['from,kind,to,rationale,strength,share', ...rows].join('\n'));
    expect(problems.length).toBe(1000);
    expect(problems[0]).toEqual({ line: 2, column: 'to', message: 'no current item has the key "2022-26/x-0".' });
  }, 120_000);
});
