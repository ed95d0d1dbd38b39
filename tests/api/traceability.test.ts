/**
 * The policy analysts' questions (Q1-Q8 and Q16 in docs/queries.md), each asked in one request over HTTP and answered
 * from the seed data in Neo4j.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));


describe('Q1: which actions support a sub-outcome or outcome', () => {
  it('lists the 14 actions under 9.3\'s three aims, in the plan\'s order, each with its aim and citation', async () => {
    const data = await server.ask(graphql(`query TraceabilityActionsOf93 { subOutcome(plan: "2022-26", code: "9.3") {
      supportingActions(first: 100) { totalCount edges { how aim { code } node { code text } citation { source { key } at quote line } } }
    } }`));
    const { totalCount, edges } = data.subOutcome!.supportingActions;
    expect(totalCount).toBe(14);
    expect(edges.map((e) => e.aim?.code)).toEqual([...Array(6).fill('9.3-A1'), ...Array(3).fill('9.3-A2'), ...Array(5).fill('9.3-A3')]);
    expect(edges.every((e) => e.how === 'UNDER_AIM')).toBe(true);
    expect(edges[0]).toMatchObject({
      node: { code: '9.3-A1-1', text: 'We will focus on breaking down intergenerational cycles of deprivation and poor health, promoting new ways of working to tackle disadvantages' },
      citation: { source: { key: 'hwb-2021-11-25' }, line: 125 },
    });
    expect(edges[7]!.node.text).toMatch(/^We will work with partners through Active Together/);
  });

  it('counts an outcome\'s actions across its sub-outcomes (outcome 9: 11 + 14 + 11)', async () => {
    const data = await server.ask(graphql(`query TraceabilityActionsOf9 { outcome(plan: "2022-26", code: "9") { supportingActions(first: 0) { totalCount } } }`));
    expect(data.outcome!.supportingActions.totalCount).toBe(36);
  });

  it('includes an action a paper gives directly under a sub-outcome, without an aim', async () => {
    const data = await server.ask(graphql(`query TraceabilityActionsOf54 { subOutcome(plan: "2022-26", code: "5.4") { supportingActions { edges { how aim { code } node { text summarised } } } } }`));
    expect(data.subOutcome!.supportingActions.edges).toEqual([
      { how: 'UNDER_SUB_OUTCOME', aim: null, node: { text: 'encourage and support active and sustainable travel options', summarised: true } },
    ]);
  });

  it('includes actions linked from elsewhere, with the link\'s author and rationale, and the action\'s owner', async () => {
    // An analyst's link as the writing API will store it (issue 5), written here directly.
    await db.write('test.link', `
      MATCH (a:Action {key: '2022-26/9.3-A2-3'}), (s:SubOutcome {key: '2022-26/5.4'}), (d:Organisation {key: 'chief-executives-department'})
      CREATE (a)-[:SUPPORTS {key: 'test-link', basis: 'ANALYST_JUDGEMENT', rationale: 'Active travel is part of the whole-system healthy weight approach.', createdBy: 'analyst@example', createdAt: '2026-11-23T10:00:00Z'}]->(s)
      MERGE (a)-[:OWNED_BY]->(d)`);
    try {
      const data = await server.ask(graphql(`query TraceabilityLinkedActionsOf54 { subOutcome(plan: "2022-26", code: "5.4") { supportingActions { totalCount edges {
        how subOutcome { code } node { code owner { name } subOutcome { code } } link { kind basis rationale createdBy }
      } } } }`));
      const linked = data.subOutcome!.supportingActions.edges.find((e) => e.how === 'LINKED');
      expect(data.subOutcome!.supportingActions.totalCount).toBe(2);
      expect(linked).toEqual({
        how: 'LINKED',
        subOutcome: { code: '5.4' },
        node: { code: '9.3-A2-3', owner: { name: expect.stringMatching(/Chief Executive/) }, subOutcome: { code: '9.3' } },
        link: { kind: 'SUPPORTS', basis: 'ANALYST_JUDGEMENT', rationale: 'Active travel is part of the whole-system healthy weight approach.', createdBy: 'analyst@example' },
      });
    } finally {
      await db.write('test.unlink', "MATCH ()-[l:SUPPORTS {key: 'test-link'}]->() DELETE l WITH 1 AS one MATCH (:Action {key: '2022-26/9.3-A2-3'})-[o:OWNED_BY]->() DELETE o");
    }
  });

  it('pages with Relay cursors: the second page starts where the first ended', async () => {
    const query = graphql(`query TraceabilityActionPages($after: String) { subOutcome(plan: "2022-26", code: "9.3") {
      supportingActions(first: 5, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`);
    const first = (await server.ask(query)).subOutcome!.supportingActions;
    expect(first.edges.map((e) => e.node.code)).toEqual(['9.3-A1-1', '9.3-A1-2', '9.3-A1-3', '9.3-A1-4', '9.3-A1-5']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await server.ask(query, { after: first.pageInfo.endCursor })).subOutcome!.supportingActions;
    expect(second.edges.map((e) => e.node.code)).toEqual(['9.3-A1-6', '9.3-A2-1', '9.3-A2-2', '9.3-A2-3', '9.3-A3-1']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('Q2: coverage gaps of a plan', () => {
  it('reports, per kind of support, the share of 2022-26 sub-outcomes that have it, and a completeness score', async () => {
    const data = await server.ask(graphql(`query TraceabilityCoverage { plan(period: "2022-26") { coverage {
      completeness shares { type count unlisted of share }
      outcomes { outcome { code } completeness hasNoSubOutcomes subOutcomes { subOutcome { code } has unlisted } }
    } } }`));
    const coverage = data.plan!.coverage;
    const aim = coverage.shares.find((s) => s.type === 'AIM');
    // 9 with aims listed; 5.1-5.3, 6.1 and 9.1 have aims the papers mention without listing them.
    expect(aim).toEqual({ type: 'AIM', count: 9, unlisted: 5, of: 22, share: 14 / 22 });
    expect(coverage.shares.find((s) => s.type === 'OWNER')).toMatchObject({ count: 0, share: 0 });
    const mean = coverage.shares.reduce((sum, s) => sum + s.share, 0) / 6;
    expect(coverage.completeness).toBeCloseTo(mean, 10);
    const nine = coverage.outcomes.find((o) => o.outcome.code === '9');
    expect(nine?.subOutcomes.map((s) => [s.subOutcome.code, s.has, s.unlisted])).toEqual([
      ['9.1', [], ['AIM', 'ACTION']], ['9.2', ['AIM', 'ACTION', 'PARTNER_PRIORITY'], []],
      ['9.3', ['AIM', 'ACTION', 'MEASURE', 'PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT'], []],
      ['9.4', ['AIM', 'ACTION', 'MEASURE', 'PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT'], []],
    ]);
    expect(coverage.outcomes.every((o) => o.hasNoSubOutcomes === false)).toBe(true);
  });

  it('lists the sub-outcomes lacking a given kind of support, with everything they lack', async () => {
    const data = await server.ask(graphql(`query TraceabilityGapsOfActions { plan(period: "2022-26") { coverage { gaps(lacking: [ACTION]) { subOutcome { code } lacks } actionsSupportingNothing { code } } } }`));
    const gaps = data.plan!.coverage.gaps;
    // Listed actions under 9 sub-outcomes; 8 more have actions the papers mention without listing: not gaps.
    expect(gaps.map((g) => g.subOutcome.code)).toEqual(['6.2', '7.2', '8.2', '8.3', '8.4']);
    expect(gaps[0]).toEqual({ subOutcome: { code: '6.2' }, lacks: ['AIM', 'ACTION', 'OWNER', 'MEASURE', 'PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT'] });
    expect(gaps.map((g) => g.subOutcome.code)).not.toContain('9.3');
    expect(data.plan!.coverage.actionsSupportingNothing).toEqual([]);
  });
});

describe('Q3: lineage across 2014-18 → 2018-22 → 2022-26', () => {
  it('traces 2022-26 outcome 9 back through 2018-22 to the 2017 proposals and the 2014-18 themes', async () => {
    const data = await server.ask(graphql(`query TraceabilityLineageOf9 { outcome(plan: "2022-26", code: "9") { lineage(direction: BACKWARD) {
      kind basis from { __typename ... on Outcome { code } ... on Theme { code } } to { __typename ... on Outcome { code } }
    } } }`));
    const codeOf = (item: { __typename: string; code?: string }) => item.code;
    const steps = data.outcome!.lineage.map((s) => `${codeOf(s.from)} ${s.kind} ${codeOf(s.to)} (${s.basis})`);
    expect(steps).toEqual(expect.arrayContaining([
      'WO SPLIT_AND_MERGED 9 (ANALYST_JUDGEMENT)',
      'KPS SPLIT_AND_MERGED 9 (ANALYST_JUDGEMENT)',
      'O2 KEPT WO (CITED)',
      'O3 KEPT KPS (CITED)',
    ]));
    expect(data.outcome!.lineage.some((s) => s.from.__typename === 'Theme')).toBe(true);
  });

  it('says what a 2018-22 supporting outcome became, with the rationale of an analyst\'s judgement', async () => {
    const data = await server.ask(graphql(`query TraceabilityLineageOf71 { subOutcome(plan: "2022-26", code: "7.1") { lineage {
      direction kind basis rationale from { ... on SubOutcome { code name } }
    } } }`));
    expect(data.subOutcome!.lineage).toEqual([{
      direction: 'BACKWARD', kind: 'RENAMED', basis: 'ANALYST_JUDGEMENT', rationale: expect.stringContaining("'in life'"),
      from: { code: 'WO.1', name: 'Every child gets the best start in life' },
    }]);
  });

  it('shows a new 2022-26 sub-outcome as NEW, coming from the previous plan itself', async () => {
    const data = await server.ask(graphql(`query TraceabilityLineageOf51 { subOutcome(plan: "2022-26", code: "5.1") { lineage(direction: BACKWARD) { kind from { __typename ... on StrategicPlan { period } } } } }`));
    expect(data.subOutcome!.lineage).toEqual([{ kind: 'NEW', from: { __typename: 'StrategicPlan', period: '2018-22' } }]);
  });
});

describe('Q4/Q5: the strategies around a plan', () => {
  it('lists what underpins and complements the 2022-26 plan, each relation cited', async () => {
    const data = await server.ask(graphql(`query TraceabilityRelatedDocuments { plan(period: "2022-26") { relatedDocuments(kinds: [UNDERPINNED_BY, COMPLEMENTED_BY]) {
      kind direction other { title kind } citation { source { key } at }
    } } }`));
    const relations = data.plan!.relatedDocuments.map((r) => `${r.kind} ${r.other.title}`);
    expect(relations).toEqual(expect.arrayContaining([
      'UNDERPINNED_BY Departmental Business Plans',
      'UNDERPINNED_BY Joint Health and Wellbeing Strategy',
      'COMPLEMENTED_BY Strategic Change Portfolio',
    ]));
    expect(data.plan!.relatedDocuments.every((r) => r.citation?.source.key === 'hwb-2021-11-25' && r.direction === 'OUTGOING')).toBe(true);
  });

  it('lists the partner strategies the council\'s plans contribute to', async () => {
    const data = await server.ask(graphql(`query TraceabilityPartnerStrategies { documents(kinds: [PARTNER_STRATEGY]) { key title relations(kinds: [CONTRIBUTES_TO]) { direction other { key } } } }`));
    const jhws = data.documents.find((d) => d.key === 'jhws');
    expect(jhws?.title).toBe('Joint Health and Wellbeing Strategy');
    expect(jhws?.relations.some((r) => r.direction === 'INCOMING')).toBe(true);
  });
});

describe('Q6: search across every plan', () => {
  it('finds the air-quality action first, with its place in the thread', async () => {
    const data = await server.ask(graphql(`query TraceabilitySearchAirQuality { search(text: "air quality", first: 3) { totalCount edges {
      matchedField node { __typename ... on Action { code } } trail { __typename ... on StrategicPlan { period } ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } }
    } } }`));
    expect(data.search.edges[0]).toEqual({
      matchedField: 'text',
      node: { __typename: 'Action', code: '9.3-A1-4' },
      trail: [
        { __typename: 'StrategicPlan', period: '2022-26' }, { __typename: 'Outcome', code: '9' },
        { __typename: 'SubOutcome', code: '9.3' }, { __typename: 'Aim', code: '9.3-A1' },
      ],
    });
  });

  it('finds everything that mentions dementia: the strategy, three actions, and an illustrative commitment that says so', async () => {
    const data = await server.ask(graphql(`query TraceabilitySearchDementia { search(text: "dementia") { totalCount edges { node { __typename
      ... on Action { code } ... on Document { title } ... on BusinessPlanCommitment { code illustrative } } } } }`));
    type Hit = { __typename: string; code?: string; title?: string; illustrative?: boolean };
    const hits: Hit[] = data.search.edges.map((e) => e.node);
    expect(data.search.totalCount).toBe(5);
    expect(hits.map((n) => n.code ?? n.title).sort()).toEqual(['9.4-A1-3', '9.4-A2-3', '9.4-A2-4', 'AC-2', 'Living Well with Dementia Strategy 2019-22']);
    expect(hits.find((n) => n.code === 'AC-2')?.illustrative).toBe(true);
  });

  it('finds an item by another wording of it, and says the alias matched', async () => {
    const data = await server.ask(graphql(`query TraceabilitySearchAlias { search(text: "environmentallyfriendly") { edges { matchedField matchedText node { ... on SubOutcome { code } } } } }`));
    expect(data.search.edges).toContainEqual({ matchedField: 'alias', matchedText: 'The economy and infrastructure are low carbon and environmentallyfriendly', node: { code: '5.4' } });
  });

  it('treats query syntax as plain words rather than failing', async () => {
    const result = await server.query('{ search(text: "(dementia) AND \\"care* ~ [x") { totalCount } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('Q7: paths between two items', () => {
  it('shows how the Healthy Weight Strategy action contributes to outcome 9, link by link, with sources', async () => {
    const data = await server.ask(graphql(`query TraceabilityPathsToOutcome9($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4) {
      length steps { forward link { kind citation { at } } from { __typename } to { __typename } }
    } }`), { from: toGlobalId('Action', '2022-26/9.3-A2-3'), to: toGlobalId('Outcome', '2022-26/9') });
    expect(data.paths).toHaveLength(1);
    expect(data.paths[0]!.steps.map((s) => `${s.from.__typename} ${s.forward ? '→' : '←'}${s.link.kind} ${s.to.__typename}`)).toEqual([
      'Action ←HAS_ACTION Aim', 'Aim ←HAS_AIM SubOutcome', 'SubOutcome ←HAS_SUB_OUTCOME Outcome',
    ]);
    expect(data.paths[0]!.steps.every((s) => s.link.citation?.at)).toBe(true);
  });

  it('follows lineage links between plans', async () => {
    const data = await server.ask(graphql(`query TraceabilityLineagePaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 2) { length steps { link { kind } } } }`),
      { from: toGlobalId('Outcome', 'sof-2017/O1'), to: toGlobalId('Outcome', '2022-26/8') });
    expect(data.paths[0]!.steps.map((s) => s.link.kind)).toEqual(['KEPT', expect.stringMatching(/RENAMED|MERGED|KEPT/)]);
  });
});

describe('Q8: wording differences between papers', () => {
  it('lists each item worded differently, its canonical wording and every other one, cited', async () => {
    const data = await server.ask(graphql(`query TraceabilityOtherWordings { plan(period: "2022-26") { otherWordings { canonical item { ... on SubOutcome { code } } alias { text kind citation { source { key } at } } } } }`));
    expect(data.plan!.otherWordings).toContainEqual({
      canonical: 'Every child gets the best start for life', item: { code: '7.1' },
      alias: { text: 'Every child gets the best start in life', kind: 'NAME', citation: { source: { key: 'hwb-2021-11-25' }, at: 'para 13' } },
    });
    expect(data.plan!.otherWordings).toContainEqual(expect.objectContaining({ item: { code: '6.3' }, alias: expect.objectContaining({ text: '6.13', kind: 'CODE' }) }));
  });
});

describe('Q16: governance', () => {
  it('gives the 2018-22 plan\'s timeline: approved, climate emergency declared, revised', async () => {
    const data = await server.ask(graphql(`query TraceabilityTimeline201822 { plan(period: "2018-22") { decisions { date month kind body { name } citation { source { key } } } } }`));
    const timeline = data.plan!.decisions.map((d) => `${d.date ?? d.month} ${d.kind}`);
    expect(timeline).toEqual(expect.arrayContaining(['2017-12-06 APPROVED', '2019-05-15 DECLARED', '2020-07-08 REVISED']));
    expect(timeline).toEqual([...timeline].sort());
    for (const d of data.plan!.decisions) expect(d.date === null || d.date.startsWith(d.month)).toBe(true);
  });

  it('gives a meeting the papers date only by month a month and no date, rather than a date it does not know', async () => {
    const data = await server.ask(graphql(`query TraceabilityDecisions202226 { plan(period: "2022-26") { decisions { date month kind body { name } } } }`));
    const byMonth = data.plan!.decisions.filter((d) => d.date === null);
    expect(byMonth).toContainEqual(expect.objectContaining({ month: '2022-03', kind: 'SCHEDULED' }));
    for (const d of byMonth) expect(d.month).toMatch(/^\d{4}-\d{2}$/);
    for (const d of data.plan!.decisions.filter((d) => d.date !== null)) expect(d.date?.slice(0, 7)).toBe(d.month);
  });

  it('says which board monitors each 2022-26 outcome', async () => {
    const data = await server.ask(graphql(`query TraceabilityMonitoring { plan(period: "2022-26") { outcomes { code monitoredBy { board { name } citation { source { key } } } } } }`));
    for (const outcome of data.plan!.outcomes) expect(outcome.monitoredBy.map((m) => m.board.name)).toContain('Outcome Boards');
  });
});

describe('bad input', () => {
  it('answers null, with no error, for an unknown plan or code', async () => {
    const result = await server.query('{ a: subOutcome(plan: "2022-26", code: "9.9") { code } b: subOutcome(plan: "1999-03", code: "9.3") { code } c: outcome(plan: "2022-26", code: "10") { code } }');
    expect(result).toMatchObject({ data: { a: null, b: null, c: null } });
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['first out of range', '{ subOutcome(plan: "2022-26", code: "9.3") { supportingActions(first: 501) { totalCount } } }', 'first'],
    ['a negative first', '{ subOutcome(plan: "2022-26", code: "9.3") { supportingActions(first: -1) { totalCount } } }', 'first'],
    ['a cursor this API never gave', '{ subOutcome(plan: "2022-26", code: "9.3") { supportingActions(after: "bm9wZQ") { totalCount } } }', 'after'],
    ['a path depth beyond the bound', `{ paths(from: "${toGlobalId('Outcome', '2022-26/9')}", to: "${toGlobalId('Outcome', '2022-26/8')}", maxDepth: 7) { length } }`, 'maxDepth'],
    ['an id this API never gave', '{ paths(from: "xyz!", to: "abc") { length } }', 'from'],
    ['an empty search', '{ search(text: " ") { totalCount } }', 'text'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_what, query, argument) => {
    const result = await server.query(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`^Argument "${argument}"`));
  });
});
