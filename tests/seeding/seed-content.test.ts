/**
 * The seed graph says what the papers say: the counts they give, exact texts, and citations whose quotes are
 * really in the cited file. Read from Neo4j after a load, so the whole path (files → loader → graph) is tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.read<{ n: number }>('test.count', cypher, params))[0]!.n;

describe('Strategic Plan 2014-18 (Cabinet, 6 May 2014)', () => {
  it('has five themes whose priorities add up to the 69 the paper states', async () => {
    const result = await server.query('{ plan(period: "2014-18") { themes { name priorityCount subThemes { name priorityCount } citation { source { key } at quote } } } }');
    const themes = result.data?.plan.themes;
    expect(themes.map((t: { name: string; priorityCount: number }) => [t.name, t.priorityCount])).toEqual([
      ['Leadership and Transformation', 4],
      ['Enabling Economic Growth', 14],
      ['Better Care - Health and Care Integration', 23],
      ['Supporting Children and Families', 14],
      ['Safer Communities - A Better Environment/Place', 14],
    ]);
    expect(themes.reduce((sum: number, t: { priorityCount: number }) => sum + t.priorityCount, 0)).toBe(69);
    expect(themes[1].subThemes).toEqual([
      expect.objectContaining({ name: 'Economic', priorityCount: 7 }),
      expect.objectContaining({ name: 'Skills', priorityCount: 3 }),
      expect.objectContaining({ name: 'Transport', priorityCount: 4 }),
    ]);
    expect(themes[2].subThemes.map((s: { priorityCount: number }) => s.priorityCount)).toEqual([11, 12]);
    expect(themes[0].citation).toEqual({ source: { key: 'cabinet-2014-05-06' }, at: 'para 14', quote: '**Leadership and Transformation** – 4 supporting priorities' });
  });

  it('records the Transformation Programme\'s five objectives', async () => {
    expect(await count('MATCH (:Document {key: "transformation-programme-2014"})-[:HAS_OBJECTIVE]->(o:Objective) RETURN count(o) AS n')).toBe(5);
  });
});

describe('the 2017 proposed priority outcomes (Health and Wellbeing Board, 20 July 2017)', () => {
  it('has O1-O5 and each was kept, by citation, as a 2018-22 outcome of the same name', async () => {
    const rows = await db.read<{ code: string; name: string; kind: string; basis: string; next: string }>(
      'test.sof',
      `MATCH (:Document {key: 'sof-2017'})-[:HAS_OUTCOME]->(o:Outcome)-[l:SUCCEEDED_BY]->(n:Outcome)
       RETURN o.code AS code, o.name AS name, l.kind AS kind, l.basis AS basis, n.name AS next ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
    for (const row of rows) expect(row).toMatchObject({ kind: 'KEPT', basis: 'CITED', next: row.name });
  });
});

describe('Strategic Plan 2018-22', () => {
  it('has five outcomes with their statements and 20 supporting outcomes (3, 5, 4, 5, 3)', async () => {
    const result = await server.query('{ plan(period: "2018-22") { status vision outcomes { name statement subOutcomes { name } } } }');
    const plan = result.data?.plan;
    expect(plan.status).toBe('APPROVED');
    expect(plan.outcomes.map((o: { subOutcomes: unknown[] }) => o.subOutcomes.length)).toEqual([3, 5, 4, 5, 3]);
    expect(plan.outcomes[4]).toMatchObject({ name: 'Affordable and Quality Homes', statement: 'Leicestershire has a choice of quality homes that people can afford.' });
    expect(plan.outcomes[2].subOutcomes[0].name).toBe('People at the most risk or in crisis, are protected and supported to keep them safe');
  });

  it('has six principles and seven cross-cutting approach priorities', async () => {
    expect(await count('MATCH (:StrategicPlan {key: "2018-22"})-[:HAS_PRINCIPLE]->(p) RETURN count(p) AS n')).toBe(6);
    expect(await count('MATCH (:StrategicPlan {key: "2018-22"})-[:HAS_APPROACH]->(a) RETURN count(a) AS n')).toBe(7);
  });
});

describe('Strategic Plan 2022-26 (draft, November 2021)', () => {
  it('has outcomes 5-9 with 22 sub-outcomes numbered 5.1 to 9.4', async () => {
    const result = await server.query('{ plan(period: "2022-26") { status outcomes { code subOutcomes { code } } } }');
    const codes = result.data?.plan.outcomes.flatMap((o: { subOutcomes: { code: string }[] }) => o.subOutcomes.map((s) => s.code));
    expect(result.data?.plan.status).toBe('DRAFT');
    expect(codes).toEqual(['5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4', '6.5', '7.1', '7.2', '7.3', '7.4',
      '8.1', '8.2', '8.3', '8.4', '8.5', '9.1', '9.2', '9.3', '9.4']);
  });

  it('holds every aim and action the 25 November 2021 report lists for 9.2, 9.3 and 9.4', async () => {
    const rows = await db.read<{ code: string; aims: number; actions: number }>(
      'test.actions',
      `MATCH (s:SubOutcome) WHERE s.key IN ['2022-26/9.2', '2022-26/9.3', '2022-26/9.4']
       RETURN s.code AS code, COUNT { (s)-[:HAS_AIM]->() } AS aims, COUNT { (s)-[:HAS_AIM]->()-[:HAS_ACTION]->() } AS actions ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '9.2', aims: 2, actions: 11 },
      { code: '9.3', aims: 3, actions: 14 },
      { code: '9.4', aims: 3, actions: 11 },
    ]);
  });

  it('keeps an action that lost its bullet in extraction, and one broken over a blank line, with their exact text', async () => {
    const rows = await db.read<{ text: string; line: number }>(
      'test.action.text',
      `MATCH (a:Action) WHERE a.text STARTS WITH 'We will review progress on the Living Well with Dementia'
          OR a.text STARTS WITH 'We will deliver a wider determinants programme'
       RETURN a.text AS text, a.citationLine AS line ORDER BY line`,
    );
    expect(rows).toEqual([
      {
        text: 'We will deliver a wider determinants programme of work to address the range of social, economic and environmental factors which influence health outcomes, thereby improving health and reducing health inequalities. This will include for example our work with partners to improve air quality',
        line: 128,
      },
      { text: 'We will review progress on the Living Well with Dementia Strategy 2019-22 and co-produce a new strategy and action plan with our partners', line: 169 },
    ]);
  });

  it('links actions to the delivery strategies they name', async () => {
    const rows = await db.read<{ title: string }>(
      'test.delivered',
      'MATCH (:Action)-[:DELIVERED_THROUGH]->(d:Document) RETURN DISTINCT d.title AS title ORDER BY title',
    );
    const titles = rows.map((r) => r.title).join(' | ');
    for (const name of ['Healthy Weight Strategy', 'Domestic Abuse Strategy', 'Living Well with Dementia Strategy 2019-22', 'Social Care Investment Plan']) {
      expect(titles).toContain(name);
    }
  });

  it('finds a sub-outcome by any wording the papers use, and by the typo\'d section number', async () => {
    const lookups = {
      byCode: '9.3',
      byName: 'people enjoy long lives in good health',
      byOtherWording: 'Every child gets the best start in life',
      byLostHyphen: 'The economy and infrastructure are low carbon and environmentallyfriendly',
      byTypo: '6.13',
      unknown: 'People are happy',
    };
    const fields = Object.entries(lookups).map(([alias, code]) => `${alias}: subOutcome(plan: "2022-26", code: ${JSON.stringify(code)}) { code }`);
    const result = await server.query(`{ ${fields.join('\n')} }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      byCode: { code: '9.3' }, byName: { code: '9.3' }, byOtherWording: { code: '7.1' }, byLostHyphen: { code: '5.4' }, byTypo: { code: '6.3' }, unknown: null,
    });
  });

  it('keeps each other wording as a cited alias of one canonical record', async () => {
    const result = await server.query('{ subOutcome(plan: "2022-26", code: "6.3") { name aliases { text kind note citation { source { key } at quote } } } }');
    expect(result.data?.subOutcome.name).toBe('Communities are prepared for and resilient to emergencies');
    expect(result.data?.subOutcome.aliases).toEqual([
      expect.objectContaining({ text: '6.13', kind: 'CODE', citation: expect.objectContaining({ source: { key: 'hwb-2021-11-25' }, at: 'para 12' }) }),
    ]);
  });
});

describe('financial figures', () => {
  it('states the savings as the papers do, in pence, with the cost pressures inside the £66m and the £40m inside the £110m', async () => {
    const rows = await db.read<{ key: string; pence: number; partOf: string | null }>(
      'test.figures',
      'MATCH (f:FinancialFigure) OPTIONAL MATCH (f)-[:PART_OF]->(w:FinancialFigure) RETURN f.key AS key, f.amountPence AS pence, w.key AS partOf ORDER BY key',
    );
    expect(rows).toEqual([
      { key: 'mtfs-2014-18-savings-required-by-2017-18', pence: 110_000_000_00, partOf: null },
      { key: 'mtfs-2017-21-savings-required', pence: 66_000_000_00, partOf: null },
      { key: 'mtfs-2017-21-unavoidable-cost-pressures', pence: 25_000_000_00, partOf: 'mtfs-2017-21-savings-required' },
      { key: 'transformation-programme-2014-savings-target', pence: 40_000_000_00, partOf: 'mtfs-2014-18-savings-required-by-2017-18' },
    ]);
  });
});

describe('governance', () => {
  it('has an Outcome Board monitoring each of the five 2022-26 outcomes, cited', async () => {
    const rows = await db.read<{ code: string; quote: string }>(
      'test.monitoring',
      `MATCH (o:Outcome)-[m:MONITORED_BY]->(:Organisation) WHERE o.key STARTS WITH '2022-26/'
       RETURN o.code AS code, m.citationQuote AS quote ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['5', '6', '7', '8', '9']);
    for (const row of rows) expect(row.quote.length).toBeGreaterThan(10);
  });

  it('records the County Council approving the 2018-22 plan on 6 December 2017', async () => {
    const rows = await db.read<{ date: string; body: string }>(
      'test.approval',
      `MATCH (b:Organisation)-[:HELD]->(m:Meeting)-[d:DECIDED {kind: 'APPROVED'}]->(:StrategicPlan {key: '2018-22'})
       RETURN m.date AS date, b.name AS body`,
    );
    expect(rows).toContainEqual({ date: '2017-12-06', body: expect.stringMatching(/County Council/) });
  });
});

describe('provenance', () => {
  it('gives every cited node and link a quote found verbatim (whitespace aside) in its source file', async () => {
    const sources = new Map(
      (await db.read<{ key: string; file: string }>('test.sources', 'MATCH (s:SourceDocument) RETURN s.key AS key, s.file AS file'))
        .map((s) => [s.key, readFileSync(s.file, 'utf8').replace(/\s+/g, ' ')]),
    );
    const cited = await db.read<{ what: string; source: string; quote: string }>(
      'test.cited',
      `MATCH (n:Item) WHERE n.citationQuote IS NOT NULL RETURN n.key AS what, n.citationSource AS source, n.citationQuote AS quote
       UNION ALL
       MATCH ()-[r]->() WHERE r.citationQuote IS NOT NULL RETURN r.key AS what, r.citationSource AS source, r.citationQuote AS quote`,
    );
    expect(cited.length).toBeGreaterThan(250);
    const missing = cited.filter((c) => !sources.get(c.source)?.includes(c.quote.replace(/\s+/g, ' ')));
    expect(missing).toEqual([]);
  });

  it('cites every outcome, sub-outcome, aim and action extracted from a paper', async () => {
    expect(await count('MATCH (n) WHERE (n:Outcome OR n:SubOutcome OR n:Aim OR n:Action OR n:Theme) AND n.citationQuote IS NULL RETURN count(n) AS n')).toBe(0);
  });

  it('marks every lineage link as cited or as an analyst\'s judgement with a rationale', async () => {
    expect(await count(`MATCH ()-[l:SUCCEEDED_BY]->() WHERE NOT (l.basis IN ['CITED', 'ANALYST_JUDGEMENT']) OR l.rationale IS NULL RETURN count(l) AS n`)).toBe(0);
    expect(await count(`MATCH ()-[l:SUCCEEDED_BY {basis: 'CITED'}]->() WHERE l.citationQuote IS NULL RETURN count(l) AS n`)).toBe(0);
  });
});
