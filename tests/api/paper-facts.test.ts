/**
 * Facts of the papers that were missing, each answered with its citation: the Transformation Programme's
 * components and its £40m inside the £110m, the 2022-26 Plan's other sections, the Strategic Change
 * Portfolio's four pillars, the Outcome Advisory Boards' replacement, the 2018-22 outcome narratives, each
 * paper's contact officers, the screening assessments, and the premise that every action comes from an
 * existing plan or strategy.
 */
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

describe('facts the papers state', () => {
  it('gives the Transformation Programme\'s two components, and its £40m as part of the £110m with the sentence that says so', async () => {
    const data = await server.ask(`{ document(key: "transformation-programme-2014") {
      components: statements(kind: COMPONENT) { name text citation { at } }
      financialFigures { amount { pence } partOf { amount { pence } document { key } } partOfCitation { at quote } partOfNote } } }`);
    expect(data.document.components).toEqual([
      { name: 'Service Transformation', text: 'aimed at delivering £40m efficiency savings over the next four years.', citation: { at: 'para 18' } },
      expect.objectContaining({ name: 'Enabling Transformation', citation: { at: 'para 18' } }),
    ]);
    expect(data.document.financialFigures).toEqual([{
      amount: { pence: 40_000_000_00 }, partOf: { amount: { pence: 110_000_000_00 }, document: { key: 'mtfs-2014-18' } },
      partOfCitation: { at: 'para 8', quote: expect.stringContaining('required to ensure delivery of part of the MTFS') }, partOfNote: expect.stringContaining('same years'),
    }]);
  });

  it('gives the 2022-26 Plan\'s sections besides its outcomes, and the Strategic Change Portfolio\'s four pillars as stated', async () => {
    const data = await server.ask(`{ plan(period: "2022-26") { statements(kind: SECTION) { code name citation { source { key } at } } }
      document(key: "strategic-change-portfolio") { statements(kind: COMPONENT) { name citation { quote } } } }`);
    expect(data.plan.statements.map((s: any) => s.name)).toEqual(['Enabling services', 'Medium Term Financial Strategy (MTFS)', 'Strategic Change Portfolio', 'Monitoring Outcome Delivery']);
    expect(data.plan.statements.every((s: any) => s.citation.source.key === 'scrutiny-2021-11-17')).toBe(true);
    expect(data.document.statements).toEqual([{ name: 'Four key pillars', citation: { quote: expect.stringContaining('four key pillars') } }]);
  });

  it('says the Outcome Advisory Boards were replaced by the Outcome Boards, cited', async () => {
    const data = await server.ask(`{ organisation(key: "outcome-advisory-boards") { replacedBy { key replaces { key } } replacedByCitation { at quote } } }`);
    expect(data.organisation).toEqual({
      replacedBy: { key: 'outcome-boards', replaces: [{ key: 'outcome-advisory-boards' }] },
      replacedByCitation: { at: 'para 10', quote: expect.stringContaining('a revised model has been developed based on Outcome Boards') },
    });
  });

  it('gives each 2018-22 outcome its narrative, quoted whole from the plan', async () => {
    const data = await server.ask('{ plan(period: "2018-22") { outcomes { code narrative narrativeCitation { source { key } at line } } } }');
    expect(data.plan.outcomes.map((o: any) => o.code)).toEqual(['SE', 'WO', 'KPS', 'GC', 'AQH']);
    for (const outcome of data.plan.outcomes) expect(outcome.narrativeCitation.source.key).toBe('draft-plan-2018-22');
    expect(data.plan.outcomes[0].narrative.split('\n\n')).toHaveLength(3);
    expect(data.plan.outcomes[0].narrative).toMatch(/^This outcome will focus on ensuring there is a thriving, balanced and inclusive economy/);
    expect(data.plan.outcomes[0].narrativeCitation.line).toBe(103);
    const search = await server.ask('{ search(text: "intergenerational cycles of deprivation") { edges { matchedField node { ... on Outcome { code } } } } }');
    expect(search.search.edges).toContainEqual({ matchedField: 'narrative', node: { code: 'WO' } });
  });

  it('names each paper\'s contact officers, with their posts and departments', async () => {
    const data = await server.ask(`{ plan(period: "2022-26") { citation { source { key contactOfficers { name post department { key } citation { at } } } } } }`);
    expect(data.plan.citation.source).toEqual({
      key: 'hwb-2021-11-25',
      contactOfficers: [
        { name: 'Tom Purnell', post: 'Assistant Chief Executive', department: { key: 'chief-executives-department' }, citation: { at: 'Officers to Contact' } },
        { name: 'Ashley Epps', post: 'Senior Policy Officer', department: { key: 'chief-executives-department' }, citation: { at: 'Officers to Contact' } },
      ],
    });
  });

  it('reports the screening assessments of the plans', async () => {
    const data = await server.ask('{ p26: plan(period: "2022-26") { assessments { kind conclusion citation { at } } } p18: plan(period: "2018-22") { assessments { kind conclusion } } }');
    expect(data.p26.assessments).toEqual([{ kind: 'EQUALITY_AND_HUMAN_RIGHTS_SCREENING', conclusion: expect.stringMatching(/^A full impact assessment is not required/), citation: { at: 'para 21' } }]);
    expect(data.p18.assessments).toEqual([{ kind: 'EQUALITY_AND_HUMAN_RIGHTS_SCREENING', conclusion: null }]);
  });

  it('records the golden thread\'s premise: every 2022-26 action comes from an existing plan or strategy', async () => {
    const data = await server.ask('{ plan(period: "2022-26") { unlistedSupport { kinds citation { source { key } at quote } } } }');
    expect(data.plan.unlistedSupport).toContainEqual({
      kinds: ['BUSINESS_PLAN_COMMITMENT'],
      citation: { source: { key: 'scrutiny-2021-11-17' }, at: 'para 14', quote: 'All actions within the Plan are from existing service/business plans and strategies.' },
    });
  });
});
