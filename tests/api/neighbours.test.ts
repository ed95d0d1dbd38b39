/**
 * `neighbours(id:)`: the items one link away from an item, which the explorer's thread view expands on click.
 * Checked against the plan tree and the lineage the API gives through its other fields.
 */
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;

useSeededServer((env) => ({ server } = env));

const NEIGHBOURS = `query ($id: ID!, $kinds: [String!], $first: Int) {
  neighbours(id: $id, kinds: $kinds, first: $first) {
    forward item { __typename id } link { kind basis rationale citation { source { key } at quote } }
  }
}`;

describe('neighbours of an item', () => {
  it('gives an outcome its plan (pointing in) and each of its sub-outcomes (pointing out), each cited', async () => {
    const { outcome } = await server.ask('{ outcome(plan: "2022-26", code: "9") { id plan { id } subOutcomes { id } } }');
    const { neighbours } = await server.ask(NEIGHBOURS, { id: outcome.id });
    const subs = neighbours.filter((n: any) => n.link.kind === 'HAS_SUB_OUTCOME');
    expect(subs.map((n: any) => n.item.id).sort()).toEqual(outcome.subOutcomes.map((s: any) => s.id).sort());
    expect(subs.every((n: any) => n.forward && n.link.citation?.quote)).toBe(true);
    const plan = neighbours.find((n: any) => n.link.kind === 'HAS_OUTCOME');
    expect(plan).toMatchObject({ forward: false, item: { __typename: 'StrategicPlan', id: outcome.plan.id } });
  });

  it('names lineage links by what became of the item (MERGED, SPLIT...), as lineage does', async () => {
    const { outcome } = await server.ask('{ outcome(plan: "2022-26", code: "9") { id lineage(direction: BACKWARD) { kind from { id } to { id } } } }');
    const { neighbours } = await server.ask(NEIGHBOURS, { id: outcome.id });
    const direct = outcome.lineage.filter((s: any) => s.to.id === outcome.id).map((s: any) => `${s.kind} ${s.from.id}`).sort();
    const seen = neighbours.filter((n: any) => !n.forward && ['KEPT', 'RENAMED', 'MERGED', 'SPLIT'].includes(n.link.kind))
      .map((n: any) => `${n.link.kind} ${n.item.id}`).sort();
    expect(direct.length).toBeGreaterThan(0);
    expect(seen).toEqual(direct);
  });

  it('keeps only the kinds asked for, and at most `first`', async () => {
    const { outcome } = await server.ask('{ outcome(plan: "2022-26", code: "9") { id } }');
    const only = await server.ask(NEIGHBOURS, { id: outcome.id, kinds: ['HAS_SUB_OUTCOME'] });
    expect(only.neighbours.length).toBe(4);
    expect(new Set(only.neighbours.map((n: any) => n.link.kind))).toEqual(new Set(['HAS_SUB_OUTCOME']));
    const two = await server.ask(NEIGHBOURS, { id: outcome.id, first: 2 });
    expect(two.neighbours).toHaveLength(2);
  });

  it('refuses an id the API did not issue, and a `first` out of range, naming the argument', async () => {
    const bad = await server.query(NEIGHBOURS, { id: 'not an id' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
    const { outcome } = await server.ask('{ outcome(plan: "2022-26", code: "9") { id } }');
    const tooMany = await server.query(NEIGHBOURS, { id: outcome.id, first: 501 });
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);
  });
});
