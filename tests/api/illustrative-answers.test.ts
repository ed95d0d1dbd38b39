/**
 * Every derived answer says how much of it rests on illustrative data and can be asked without it: coverage
 * shares and completeness, the alignment matrix, shared ground, savings totals. And every import kind has an
 * `illustrative` column that the project's examples use, so loading them never passes invented rows off as
 * the council's or an analyst's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { IMPORT_KINDS } from '../../src/domains/imports/import-kinds.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Illustrative examples', 'editor', 'test')).token;
});

type Share = { type: string; count: number; illustrative: number };
const share = <S extends Share>(coverage: { shares: S[] }, type: string): S | undefined => coverage.shares.find((s) => s.type === type);

describe('coverage says how much rests on illustrative data', () => {
  const QUERY = graphql(`query IllustrativeCoverage($include: Boolean!) { plan(period: "2022-26") { coverage(includeIllustrative: $include) {
    completeness illustrativeCompleteness withoutIllustrative shares { type count unlisted illustrative share illustrativeShare }
    outcomes { subOutcomes { subOutcome { code } has illustrative } } } } }`);

  it('counts the illustrative partner priorities and commitments, apart, and drops exactly them when asked without', async () => {
    const all = (await server.ask(QUERY, { include: true })).plan!.coverage;
    const own = (await server.ask(QUERY, { include: false })).plan!.coverage;
    // Every partner priority and business-plan commitment in the seeds is illustrative.
    for (const type of ['PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT']) {
      expect(share(all, type)?.count).toBeGreaterThan(0);
      expect(share(all, type)?.illustrative).toBe(share(all, type)?.count);
      expect(share(all, type)?.illustrativeShare).toBeCloseTo(share(all, type)!.share, 10);
      expect(share(own, type)).toMatchObject({ count: 0, illustrative: 0, share: 0 });
    }
    expect(share(all, 'AIM')?.illustrative).toBe(0);
    expect(all.illustrativeCompleteness).toBeGreaterThan(0);
    expect(all.completeness - own.completeness).toBeCloseTo(all.illustrativeCompleteness, 10);
    expect(own).toMatchObject({ illustrativeCompleteness: 0, withoutIllustrative: true });
    const s93 = all.outcomes.flatMap((o) => o.subOutcomes).find((s) => s.subOutcome.code === '9.3');
    expect(s93?.illustrative).toEqual(['PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT']);
  });
});

describe('the alignment matrix and shared ground say how much rests on illustrative links', () => {
  it('counts the matrix\'s illustrative links at every level, and leaves them out when asked', async () => {
    const data = await server.ask(graphql(`query IllustrativeMatrix { plan(period: "2022-26") {
      all: alignmentMatrix { links illustrativeLinks illustrative rows { links illustrativeLinks cells { links illustrativeLinks } } }
      own: alignmentMatrix(includeIllustrative: false) { links illustrativeLinks illustrative withoutIllustrative strategies { key } }
    } }`));
    const { all, own } = data.plan!;
    expect(all.links).toBeGreaterThan(0);
    expect(all.illustrativeLinks).toBe(all.links);
    for (const row of all.rows) {
      expect(row.illustrativeLinks).toBe(row.links);
      expect(row.cells.reduce((n, c) => n + c.illustrativeLinks, 0)).toBe(row.illustrativeLinks);
    }
    expect(own).toEqual({ links: 0, illustrativeLinks: 0, illustrative: false, withoutIllustrative: true, strategies: [] });
  });

  it('says how many strategies behind shared ground are counted only through illustrative links', async () => {
    const data = await server.ask(graphql(`query IllustrativeSharedGround { plan(period: "2022-26") {
      all: sharedGround(minStrategies: 1) { item { id } strategies { key } alignments { illustrative } illustrativeAlignments illustrativeStrategies illustrative }
      own: sharedGround(minStrategies: 1, includeIllustrative: false) { item { id } }
    } }`));
    const plan = data.plan!;
    expect(plan.all.length).toBeGreaterThan(0);
    for (const ground of plan.all) {
      expect(ground.illustrativeAlignments).toBe(ground.alignments.filter((a) => a.illustrative).length);
      expect(ground.illustrativeStrategies).toBe(ground.strategies.length);
    }
    expect(plan.own).toEqual([]);
  });
});

describe('savings totals say how much comes from illustrative lines', () => {
  it('gives every total its illustrative part, and totals without the illustrative lines', async () => {
    const data = await server.ask(graphql(`query IllustrativeSavings {
      all: savings(edition: "mtfs-2017-21") { illustrativeLines lines { key } total { total { pence } illustrativePart { pence } years { amount { pence } illustrativePart { pence } } }
        byOutcome(plan: "2018-22") { amount { total { pence } illustrativePart { pence } } }
        byDepartment { amount { total { pence } illustrativePart { pence } } }
        progress { identified { pence } illustrativeIdentified { pence } target { amount { pence } } } }
      own: savings(edition: "mtfs-2017-21", includeIllustrative: false) { withoutIllustrative illustrativeLines lines { key } total { total { pence } illustrativePart { pence } }
        progress { identified { pence } target { amount { pence } } } }
    }`));
    const all = data.all!;
    const own = data.own;
    expect(all.illustrativeLines).toBe(all.lines.length);
    expect(all.total.total.pence).toBe(66_000_000_00);
    expect(all.total.illustrativePart.pence).toBe(all.total.total.pence);
    for (const year of all.total.years) expect(year.illustrativePart.pence).toBe(year.amount.pence);
    for (const row of [...all.byOutcome, ...all.byDepartment]) expect(row.amount.illustrativePart.pence).toBe(row.amount.total.pence);
    expect(all.progress.illustrativeIdentified.pence).toBe(all.progress.identified.pence);
    // Without the illustrative lines: nothing identified, but the paper's £66m target stands.
    expect(own).toEqual({
      withoutIllustrative: true, illustrativeLines: 0, lines: [], total: { total: { pence: 0 }, illustrativePart: { pence: 0 } },
      progress: { identified: { pence: 0 }, target: { amount: { pence: 66_000_000_00 } } },
    });
    const reaching = (await server.ask(graphql(`query IllustrativeSavingsOfWO { outcome(plan: "2018-22", code: "WO") {
      all: savings { lines { line { key } } apportioned { total { pence } illustrativePart { pence } } }
      own: savings(includeIllustrative: false) { lines { line { key } } } } }`))).outcome!;
    expect(reaching.all.lines.length).toBeGreaterThan(0);
    expect(reaching.all.apportioned.illustrativePart.pence).toBe(reaching.all.apportioned.total.pence);
    expect(reaching.own.lines).toEqual([]);
  });
});

const IMPORT = graphql(`mutation IllustrativeImport($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {
  importFile(kind: $kind, format: $format, content: $content, source: $source, edition: $edition) { added }
}`);

function example(kind: string): { format: 'CSV' | 'YAML'; text: string } {
  for (const [ext, format] of [['csv', 'CSV'], ['yaml', 'YAML']] as const) {
    const file = `seeds/examples/${kind}.${ext}`;
    if (existsSync(file)) return { format, text: readFileSync(file, 'utf8') };
  }
  throw new Error(`import kind "${kind}" has no example in seeds/examples/`);
}

describe('every import kind has an illustrative column, and the examples use it', () => {
  it('declares the column on every kind', () => {
    for (const [name, kind] of Object.entries(IMPORT_KINDS)) expect(kind.columns.map((c) => c.name), name).toContain('illustrative');
  });

  it('loads each example as illustrative data, and answers say so', async () => {
    for (const kind of Object.keys(IMPORT_KINDS)) {
      const { format, text } = example(kind);
      const result = await server.query(IMPORT, { kind, format, content: text, source: `example-${kind}`, edition: kind === 'savings-lines' ? 'mtfs-2021' : null }, editor);
      expect(result.errors, kind).toBeUndefined();
      expect(result.data!.importFile.added, kind).toBeGreaterThan(0);
    }
    const data = await server.ask(graphql(`query IllustrativeExamplesLoaded($link: ID!) {
      links: subOutcome(plan: "2022-26", code: "8.2") { supportingActions { edges { how link { basis illustrative } } } }
      priority: node(id: $link) { ... on SubOutcome { code } }
      jhws: document(key: "jhws") { priorities { code illustrative } }
      plan: document(key: "business-plan-2023-24-environment-and-transport") { illustrative commitments { code illustrative } }
      line: savingsLine(edition: "mtfs-2021", reference: "PH21") { illustrative }
      example: plan(period: "example-2026-30") { outcomes { subOutcomes { aims { actions { code illustrative } } } } }
    }`), { link: toGlobalId('SubOutcome', '2022-26/8.2') });
    expect(data.links?.supportingActions.edges).toEqual([{ how: 'LINKED', link: { basis: 'ILLUSTRATIVE', illustrative: true } }]);
    expect(data.jhws?.priorities.find((p) => p.code === 'JHWS-5')).toEqual({ code: 'JHWS-5', illustrative: true });
    expect(data.plan).toEqual({ illustrative: true, commitments: [{ code: 'ET-1', illustrative: true }, { code: 'ET-2', illustrative: true }] });
    expect(data.line).toEqual({ illustrative: true });
    expect(data.example?.outcomes[0]?.subOutcomes[0]?.aims[0]?.actions).toEqual([{ code: '1.1-A1-1', illustrative: true }]);
    const links = await db.read<{ illustrative: boolean }>('test.links', "MATCH ()-[r:SUPPORTS]->() WHERE r.importSource = 'example-links' RETURN r.illustrative AS illustrative");
    expect(links.map((l) => l.illustrative)).toEqual([true, true, true]);
  });

  it('counts the imported example links as illustrative in coverage, and leaves them out when asked', async () => {
    const QUERY = graphql(`query IllustrativeExampleCoverage($include: Boolean!) { plan(period: "2022-26") { coverage(includeIllustrative: $include) {
      shares { type count illustrative } outcomes { subOutcomes { subOutcome { code } has illustrative lacks } } } } }`);
    const all = (await server.ask(QUERY, { include: true })).plan!.coverage;
    const own = (await server.ask(QUERY, { include: false })).plan!.coverage;
    const sub = (c: typeof all, code: string) => c.outcomes.flatMap((o) => o.subOutcomes).find((s) => s.subOutcome.code === code);
    expect(sub(all, '8.2')).toMatchObject({ has: expect.arrayContaining(['ACTION']), illustrative: expect.arrayContaining(['ACTION']) });
    expect(sub(own, '8.2')?.lacks).toContain('ACTION');
    expect(share(all, 'ACTION')!.count - share(own, 'ACTION')!.count).toBeGreaterThanOrEqual(share(all, 'ACTION')!.illustrative);
  });
});
