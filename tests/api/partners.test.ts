/**
 * Partnership boards' questions (Q4, Q9 and Q10 in docs/queries.md) over the illustrative partner priorities in
 * seeds/illustrative/: the matrix, the priorities with no council outcome, the shared ground, and the
 * illustrative flag on everything that comes from that file.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));


describe('Q9: the alignment matrix of the 2022-26 plan', () => {
  it('counts links per outcome and partner strategy, a sub-outcome\'s links counting in its outcome\'s row', async () => {
    const data = await server.ask(graphql(`query PartnersMatrix { plan(period: "2022-26") { alignmentMatrix {
      illustrative strategies { key } rows { outcome { code } links cells { strategy { key } links primary contributory illustrative } }
    } } }`));
    const matrix = data.plan!.alignmentMatrix;
    expect(matrix.illustrative).toBe(true);
    expect(matrix.strategies.map((s) => s.key)).toEqual(['jhws', 'sep-2014-20', 'stp']);
    const grid = Object.fromEntries(matrix.rows.map((r) => [r.outcome.code, r.cells.map((c) => `${c.links}:${c.primary}P${c.contributory}C`)]));
    expect(grid).toEqual({
      5: ['1:0P1C', '1:0P1C', '0:0P0C'],
      6: ['0:0P0C', '0:0P0C', '0:0P0C'],
      7: ['2:1P1C', '0:0P0C', '0:0P0C'],
      8: ['0:0P0C', '4:3P1C', '1:0P1C'],
      9: ['4:3P1C', '1:0P1C', '2:2P0C'],
    });
    const linkedCells = matrix.rows.flatMap((r) => r.cells).filter((c) => c.links > 0);
    expect(linkedCells.every((c) => c.illustrative)).toBe(true);
  });

  it('drills into a cell: the priorities and links behind it', async () => {
    const data = await server.ask(graphql(`query PartnersMatrixCell { plan(period: "2022-26") { alignmentMatrix { rows { outcome { code } cells { strategy { key } alignments {
      priority { code name illustrative } target { ... on SubOutcome { code } } strength rationale illustrative
    } } } } } }`));
    const cell = data.plan!.alignmentMatrix.rows.find((r) => r.outcome.code === '7')?.cells.find((c) => c.strategy.key === 'jhws');
    expect(cell?.alignments).toEqual([
      { priority: { code: 'JHWS-1', name: 'Best start for life', illustrative: true }, target: { code: '7.1' }, strength: 'PRIMARY', rationale: 'Same aim: every child gets the best start.', illustrative: true },
      { priority: { code: 'JHWS-1', name: 'Best start for life', illustrative: true }, target: { code: '7.3' }, strength: 'CONTRIBUTORY', rationale: 'Early help for families supports a good start.', illustrative: true },
    ]);
  });
});

describe('Q4: a partner strategy against the council plan', () => {
  it('lists the Joint Health and Wellbeing Strategy\'s priorities, what each aligns with, and those with no council outcome', async () => {
    const data = await server.ask(graphql(`query PartnersJhws { document(key: "jhws") {
      title owner { name illustrative } ownerIsIllustrative
      priorities { code name illustrative subPriorities { code } alignsWith { target { ... on SubOutcome { code } } strength } }
      unalignedPriorities { code name parent { code } illustrative }
    } }`));
    const jhws = data.document!;
    expect(jhws.owner).toEqual({ name: 'Health and Wellbeing Board', illustrative: false });
    expect(jhws.ownerIsIllustrative).toBe(true);
    expect(jhws.priorities.map((p) => p.code)).toEqual(['JHWS-1', 'JHWS-2', 'JHWS-3', 'JHWS-4']);
    expect(jhws.priorities[1]?.subPriorities.map((p) => p.code)).toEqual(['JHWS-2.1', 'JHWS-2.2']);
    expect(jhws.priorities[2]?.alignsWith).toEqual([
      { target: { code: '9.2' }, strength: 'CONTRIBUTORY' },
      { target: { code: '9.4' }, strength: 'PRIMARY' },
    ]);
    expect(jhws.unalignedPriorities).toEqual([
      { code: 'JHWS-2.2', name: 'Tobacco control', parent: { code: 'JHWS-2' }, illustrative: true },
      { code: 'JHWS-4', name: 'Dying well', parent: null, illustrative: true },
    ]);
    expect(jhws.priorities.every((p) => p.illustrative)).toBe(true);
  });
});

describe('Q10: shared ground', () => {
  it('finds the sub-outcome three partnerships share, with the partnerships', async () => {
    const data = await server.ask(graphql(`query PartnersSharedByThree { plan(period: "2022-26") { sharedGround(minStrategies: 3) {
      item { ... on SubOutcome { code name } } strategies { key } partnerships { name illustrative } illustrative
    } } }`));
    expect(data.plan!.sharedGround).toHaveLength(1);
    const shared = data.plan!.sharedGround[0]!;
    expect(shared.item).toEqual({ code: '9.3', name: 'People enjoy long lives in good health' });
    expect(shared.strategies.map((s) => s.key)).toEqual(['jhws', 'sep-2014-20', 'stp']);
    expect(shared.partnerships.map((p) => p.name).sort()).toEqual([
      'Health and Wellbeing Board', 'Leicester, Leicestershire and Rutland health and care partners (illustrative)', expect.stringMatching(/Local Economic Partnership|LLEP/),
    ].sort());
    expect(shared.partnerships.find((p) => /illustrative/.test(p.name))?.illustrative).toBe(true);
    expect(shared.illustrative).toBe(true);
  });

  it('lists items two strategies support, most-shared first', async () => {
    const data = await server.ask(graphql(`query PartnersSharedByTwo { plan(period: "2022-26") { sharedGround { item { __typename ... on SubOutcome { code } } strategies { key } } } }`));
    expect(data.plan!.sharedGround.map((s) => `${'code' in s.item ? s.item.code : s.item.__typename}:${s.strategies.length}`)).toEqual(['9.3:3', '5.4:2', '8.1:2', '9.4:2']);
  });

  it('shows partner alignment in the coverage of each sub-outcome', async () => {
    const data = await server.ask(graphql(`query PartnersCoverage { plan(period: "2022-26") { coverage { shares { type count of } } } }`));
    expect(data.plan!.coverage.shares.find((s) => s.type === 'PARTNER_PRIORITY')).toEqual({ type: 'PARTNER_PRIORITY', count: 10, of: 22 });
  });
});
