/**
 * A nested request costs a fixed number of Cypher statements (one per level of the tree, through the
 * request's DataLoaders), however many items each level holds: more data must not mean more round trips.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import { PROGRESS_VIEW, REPORT_VIEW } from '../../explorer/src/views/progress-queries.js';

let db: Database;
let server: TestServer;

// NESTED asks for pages of 500 supporting actions under every sub-outcome of the plan: about 13 million by
// the cost limit's worst-case count (docs/security.md), over the default. The limit is raised here because
// this file measures Cypher statements, not the limit (tests/api/query-limits.test.ts does that).
useSeededServer((env) => ({ db, server } = env), { GT_MAX_COST: '100000000' });

const NESTED = `{
  plans {
    period
    outcomes {
      code
      plan { period }
      monitoredBy { board { name } }
      lineage { kind from { id } to { id } }
      subOutcomes {
        code
        aliases { text citation { source { title } } }
        aims { code actions { code owner { name } deliveredThrough { title } } }
        supportingActions(first: 500) { totalCount edges { how aim { code } subOutcome { code } node { code owner { name } } citation { source { key } } } }
        citation { source { title } }
      }
    }
    coverage { completeness gaps { subOutcome { code } } }
  }
}`;

async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<{ count: number; size: number; data: unknown }> {
  const result = await server.query(query, variables);
  expect(result.errors).toBeUndefined();
  return { count: result.extensions!.cypherQueries!, size: JSON.stringify(result.data).length, data: result.data };
}

/** Adds aims under 2022-26 sub-outcomes, five owned actions each, and analyst links from two of them. */
async function grow(from: number, to: number): Promise<void> {
  await db.write('test.grow', `
    MATCH (s:SubOutcome) WHERE s.key STARTS WITH '2022-26/'
    WITH collect(s) AS subs
    MATCH (d:Organisation {key: 'chief-executives-department'})
    UNWIND range($from, $to) AS i
    WITH subs[i % size(subs)] AS s, i, d, subs
    CREATE (s)-[:HAS_AIM]->(aim:Item:Aim {key: 'grow/aim-' + i, code: 'G' + i, text: 'Grown aim ' + i, order: 100 + i})
    WITH aim, i, d, subs
    UNWIND range(1, 5) AS j
    CREATE (aim)-[:HAS_ACTION]->(a:Item:Action {key: 'grow/action-' + i + '-' + j, code: 'G' + i + '-' + j, text: 'Grown action', order: j})
    CREATE (a)-[:OWNED_BY]->(d)
    WITH a, i, j, subs[(i + 3) % size(subs)] AS target WHERE j <= 2
    CREATE (a)-[:SUPPORTS {key: 'grow/link-' + i + '-' + j, basis: 'ANALYST_JUDGEMENT', rationale: 'load'}]->(target)`,
    { from, to });
}

describe('the cost of a nested request', () => {
  it('stays the same number of Cypher statements when the data grows tenfold', async () => {
    // Every kind of item and link present at small scale first (owners, analyst links), then ten times more.
    await grow(1, 6);
    const small = await statementsFor(NESTED);
    await grow(7, 66);
    const large = await statementsFor(NESTED);
    expect(large.size).toBeGreaterThan(small.size * 3);
    // DataLoader dispatches a batch per tick; on a loaded machine one level's loads can straddle two ticks,
    // so the count may move by one either way. Growth with the data would be tens or hundreds.
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(1);
    expect(large.count).toBeLessThanOrEqual(25);
  });
});

const SAVINGS = `{
  savings(edition: "mtfs-2017-21") {
    total { total { pence } }
    lines { reference department { name } edition { title } apportionments { sharePercent target { id } } impact { items { item { id } reach { relation } } } }
    byOutcome { outcome { code } amount { total { pence } } subOutcomes { subOutcome { code } amount { total { pence } } } }
    byDepartment { department { name } byStatus { status } }
    flows { department { name } outcome { code } }
    progress { target { amount { pence } citation { quote } } }
  }
}`;

/** Adds savings lines to the illustrative edition, each with shares on two of the 2018-22 sub-outcomes. */
async function growSavings(from: number, to: number): Promise<void> {
  await db.write('test.growSavings', `
    MATCH (e:Document {key: 'mtfs-2017-21'}), (d:Organisation {key: 'public-health-department'})
    MATCH (s:SubOutcome) WHERE s.key STARTS WITH '2018-22/'
    WITH e, d, collect(s) AS subs
    UNWIND range($from, $to) AS i
    CREATE (e)-[:HAS_SAVINGS_LINE]->(l:Item:SavingsLine {key: 'mtfs-2017-21/G' + i, reference: 'G' + i, description: 'Grown line', status: 'PROPOSED',
                                                     years: ['2017/18', '2018/19'], amountsPence: [100000 + i, 200000], version: 0})
    CREATE (l)-[:OWNED_BY]->(d)
    WITH l, subs[i % size(subs)] AS first, subs[(i + 7) % size(subs)] AS second
    CREATE (l)-[:AFFECTS {shareBasisPoints: 2500}]->(first)
    CREATE (l)-[:AFFECTS {shareBasisPoints: 3333}]->(second)`,
    { from, to });
}

describe('the cost of the finance views', () => {
  it('stays the same number of Cypher statements when the savings lines grow tenfold', async () => {
    await growSavings(1, 30);
    const small = await statementsFor(SAVINGS);
    await growSavings(31, 330);
    const large = await statementsFor(SAVINGS);
    expect(large.size).toBeGreaterThan(small.size * 3);
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(1);
    expect(large.count).toBeLessThanOrEqual(20);
  });
});

const Q2 = '"2023/24 Q2"';
const PROGRESS = `{
  plan(period: "2022-26") {
    progress(period: ${Q2}) { actionsByStatus { status count previousCount } measuresByRag { rag count } savingsLinesByStatus { status count } changes { item { id } tracesTo } }
    staleActions(period: ${Q2}) { action { code } owner { name } lastUpdate { status } }
    outcomes {
      code
      progress(period: ${Q2}) { measuresByRag { rag count } changes { after } }
      subOutcomes {
        code
        progress(period: ${Q2}) { actionsByStatus { status count } }
        aims { code measures { code rag(period: ${Q2}) values { value rag target } trend(period: ${Q2}) { trend values { value } } }
               actions { code updates { status period { label } } latestUpdate(period: ${Q2}) { status } } }
      }
    }
  }
  outcomeBoardReport(board: "outcome-boards", period: ${Q2}) {
    achievements { text tracesTo { kind value { value measure { code } } update { status action { code } } } }
    challenges { text tracesTo { kind savingsLine { reference } citation { quote } } }
    priorities { text outcome { code } }
    outcomes { outcome { code } measures { measure { code } value { value } rag trend } offTrackActions { action { code } }
               coverageGaps { code } savingsAtRisk { line { reference } reaches { id } fallingMeasures { code } } rollUp { measuresByRag { rag count } } }
  }
}`;

/** Adds monthly values to the 2022-26 measures and updates to the 2022-26 actions, one of each per i. */
async function growProgress(from: number, to: number): Promise<void> {
  await db.write('test.growProgress', `
    MATCH (x:Item)-[:MEASURED_BY]->(m:Measure) WHERE x.key STARTS WITH '2022-26/'
    WITH collect(DISTINCT m) AS measures
    MATCH (a:Action) WHERE a.key STARTS WITH '2022-26/'
    WITH measures, collect(a) AS actions
    UNWIND range($from, $to) AS i
    WITH measures[i % size(measures)] AS m, actions[i % size(actions)] AS a, i,
         toString(2010 + i / 12) + '/' + right('0' + toString((2011 + i / 12) % 100), 2) + ' M' + right('0' + toString(i % 12 + 1), 2) AS period
    CREATE (m)-[:HAS_VALUE]->(:Item:MeasureValue {key: 'grow/value-' + i, id: 'grow/value-' + i, period: period, value: 50 + i % 7,
                                                 recordedAt: '2020-01-01T00:00:00Z', recordedBy: 'test', illustrative: false})
    CREATE (a)-[:HAS_UPDATE]->(:Item:ActionUpdate {key: 'grow/update-' + i, id: 'grow/update-' + i, period: period, status: 'ON_TRACK',
                                                  commentary: 'Grown update', recordedAt: '2020-01-01T00:00:00Z', recordedBy: 'test', illustrative: false})`,
    { from, to });
}

describe('the cost of the progress questions and the board report', () => {
  it('stays the same number of Cypher statements when values and updates grow tenfold', async () => {
    await growProgress(1, 20);
    const small = await statementsFor(PROGRESS);
    await growProgress(21, 220);
    const large = await statementsFor(PROGRESS);
    // The answer's values and updates, counted (the tests above grow the thread itself, so its size says less).
    const records = (data: unknown): number => (Array.isArray(data) ? data.reduce((n: number, x) => n + records(x), 0)
      : data && typeof data === 'object' ? Object.entries(data).reduce((n, [k, v]) => n + ((k === 'values' || k === 'updates') && Array.isArray(v) ? v.length : 0) + records(v), 0) : 0);
    expect(records(large.data)).toBeGreaterThan(records(small.data) * 3);
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(1);
    expect(large.count).toBeLessThanOrEqual(25);
  });

  it('keeps the explorer\'s progress view and report page flat too: one request each, the same statements as values and updates grow', async () => {
    // The view's one request per state: the overview with an outcome drilled into, and the board report page.
    const view = { plan: '2022-26', period: '2023/24 Q2', outcome: '9', drill: true };
    const report = { plan: '2022-26', board: 'outcome-boards', period: '2023/24 Q2' };
    const before = [await statementsFor(PROGRESS_VIEW, view), await statementsFor(REPORT_VIEW, report)];
    await growProgress(221, 2420);
    const after = [await statementsFor(PROGRESS_VIEW, view), await statementsFor(REPORT_VIEW, report)];
    before.forEach((small, i) => {
      expect(Math.abs(after[i]!.count - small.count), `query ${i}`).toBeLessThanOrEqual(1);
      expect(after[i]!.count, `query ${i}`).toBeLessThanOrEqual(25);
    });
  });
});
