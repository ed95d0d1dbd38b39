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

useSeededServer((env) => ({ db, server } = env));

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
