/**
 * A nested request costs a fixed number of Cypher statements (one per level of the tree, through the
 * request's DataLoaders), however many items each level holds: more data must not mean more round trips.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

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

async function statementsFor(query: string): Promise<{ count: number; size: number }> {
  const result = await server.query(query);
  expect(result.errors).toBeUndefined();
  return { count: result.extensions!.cypherQueries!, size: JSON.stringify(result.data).length };
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
