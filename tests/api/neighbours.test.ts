/**
 * `neighbours(id:)`: the items one link away from an item, which the explorer's thread view expands on click.
 * Checked against the plan tree and the lineage the API gives through its other fields.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;

useSeededServer((env) => ({ server } = env));

const NEIGHBOURS = graphql(`query NeighboursOfOne($id: ID!, $kinds: [String!], $first: Int) {
  neighbours(id: $id, kinds: $kinds, first: $first) {
    forward item { __typename id } link { kind basis rationale citation { source { key } at quote } }
  }
}`);
const OUTCOME_9 = graphql(`query NeighboursOutcome9 { outcome(plan: "2022-26", code: "9") { id plan { id } subOutcomes { id } lineage(direction: BACKWARD) { kind from { id } to { id } } } }`);
const PLAN = graphql(`query NeighboursPlan { plan(period: "2022-26") { id outcomes { id subOutcomes { id } } } }`);
const outcome9 = async () => (await server.ask(OUTCOME_9)).outcome!;

describe('neighbours of an item', () => {
  it('gives an outcome its plan (pointing in) and each of its sub-outcomes (pointing out), each cited', async () => {
    const outcome = await outcome9();
    const { neighbours } = await server.ask(NEIGHBOURS, { id: outcome.id });
    const subs = neighbours.filter((n) => n.link.kind === 'HAS_SUB_OUTCOME');
    expect(subs.map((n) => n.item.id).sort()).toEqual(outcome.subOutcomes.map((s) => s.id).sort());
    expect(subs.every((n) => n.forward && n.link.citation?.quote)).toBe(true);
    const plan = neighbours.find((n) => n.link.kind === 'HAS_OUTCOME');
    expect(plan).toMatchObject({ forward: false, item: { __typename: 'StrategicPlan', id: outcome.plan?.id } });
  });

  it('names lineage links by what became of the item (MERGED, SPLIT...), as lineage does', async () => {
    const outcome = await outcome9();
    const { neighbours } = await server.ask(NEIGHBOURS, { id: outcome.id });
    const direct = outcome.lineage.filter((s) => s.to.id === outcome.id).map((s) => `${s.kind} ${s.from.id}`).sort();
    const seen = neighbours.filter((n) => !n.forward && ['KEPT', 'RENAMED', 'MERGED', 'SPLIT', 'SPLIT_AND_MERGED'].includes(n.link.kind))
      .map((n) => `${n.link.kind} ${n.item.id}`).sort();
    expect(direct.length).toBeGreaterThan(0);
    expect(seen).toEqual(direct);
  });

  it('keeps only the kinds asked for, and at most `first`', async () => {
    const outcome = await outcome9();
    const only = await server.ask(NEIGHBOURS, { id: outcome.id, kinds: ['HAS_SUB_OUTCOME'] });
    expect(only.neighbours.length).toBe(4);
    expect(new Set(only.neighbours.map((n) => n.link.kind))).toEqual(new Set(['HAS_SUB_OUTCOME']));
    const two = await server.ask(NEIGHBOURS, { id: outcome.id, first: 2 });
    expect(two.neighbours).toHaveLength(2);
  });

  it('refuses an id the API did not issue, and a `first` out of range, naming the argument', async () => {
    const bad = await server.query(NEIGHBOURS, { id: 'not an id' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
    const outcome = await outcome9();
    const tooMany = await server.query(NEIGHBOURS, { id: outcome.id, first: 501 });
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);
  });
});

describe('neighbours of several items at once (restoring an explorer view)', () => {
  it('answers each id as neighbours(id:) does, in the order asked, repeats once, in one statement', async () => {
    const plan = (await server.ask(PLAN)).plan!;
    const ids = [plan.id, ...plan.outcomes.map((o) => o.id), plan.outcomes[0]!.subOutcomes[0]!.id];
    const result = await server.query(graphql(`query NeighboursOfMany($ids: [ID!]!) { neighbourhoods(ids: $ids) {
      of neighbours { forward item { __typename id } link { kind basis rationale citation { source { key } at quote } } } } }`), { ids: [...ids, ids[1]!] });
    expect(result.errors).toBeUndefined();
    const answered = result.data!.neighbourhoods;
    expect(answered.map((n) => n.of)).toEqual(ids);
    for (const { of, neighbours } of answered) expect(neighbours).toEqual((await server.ask(NEIGHBOURS, { id: of })).neighbours);
    // One batched statement for every id's neighbours; each link's source paper is the only other load.
    expect(result.extensions).toMatchObject({ cypherQueries: 2, cypherRoundTrips: 2 });
    const idsOnly = await server.query(graphql(`query NeighboursIdsOnly($ids: [ID!]!) { neighbourhoods(ids: $ids) { of neighbours { item { id } link { kind } } } }`), { ids });
    // Items asked for only their id need no load: the neighbours' statement answers it all.
    expect(idsOnly.extensions).toMatchObject({ cypherQueries: 1, cypherRoundTrips: 1 });
  });

  it('refuses more than 100 ids, naming the argument', async () => {
    const plan = (await server.ask(PLAN)).plan!;
    const ids = Array.from({ length: 101 }, (_x, i) => plan.id.replace(/.$/, '') + String.fromCharCode(65 + (i % 26)) + i);
    const result = await server.query(graphql(`query NeighboursTooMany($ids: [ID!]!) { neighbourhoods(ids: $ids) { of } }`), { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
  });
});
