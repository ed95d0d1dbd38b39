/**
 * The one filter a scoped token's reads pass through (src/auth/read-filter.ts), on a schema of its own: what
 * an item the caller may not read looks like in each position (null alone, null in place, left out of a
 * list, shown where the schema requires it, NOT_FOUND for a view asked for by its items), and that a request
 * without a limit gets its answers untouched.
 */
import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { keepReadable, withReadFilter } from '../../src/auth/read-filter.js';
import type { Readable } from '../../src/auth/readable-keys.js';

const SDL = `
  interface Node { id: ID! }
  type Item implements Node { id: ID! key: String! holder: Item! }
  type Hit { item: Item! score: Float! }
  type SavingsImpact { lines: [Item!]! total: Int! }
  type AuditEvent implements Node { id: ID! targetKey: String }
  type ApiToken implements Node { id: ID! name: String! }
  type Query { one: Item  many: [Item!]!  inPlace: [Item]!  any: Node  hits: [Hit!]!  impact: SavingsImpact!  events: [AuditEvent!]!  tokens: [ApiToken!]! }
  type Mutation { change: Item }
`;
const item = (key: string) => ({ key, holder: { key: `${key}-holder` } });
const answers = {
  one: item('theirs'), many: [item('ours'), item('theirs')], inPlace: [item('theirs'), item('ours')], any: item('theirs'),
  hits: [{ item: { key: 'theirs', typeName: 'Item' }, score: 1 }, { item: { key: 'ours', typeName: 'Item' }, score: 0.5 }],
  impact: { lines: [item('theirs')], total: 100 },
  events: [{ id: 'e1', targetKey: 'theirs' }, { id: 'e2', targetKey: 'ours' }],
  tokens: [{ id: 't1', name: 'Council admin' }],
};
const resolvers = withReadFilter(SDL, { Query: Object.fromEntries(Object.entries(answers).map(([field, value]) => [field, () => value])) }) as
  Record<string, Record<string, (root: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown>>;
const readable: Readable = { scope: 'lcc', keys: new Set(['ours']) };
const ask = (type: string, field: string, root: unknown = {}, limit: Readable | null = readable) =>
  resolvers[type]![field]!(root, {}, { readable: limit }, { fieldName: field } as GraphQLResolveInfo);

describe('the read filter of a scoped token', () => {
  it('answers null for one item it may not read, null in its place in a list of nullable entries, and leaves it out of others', () => {
    expect(ask('Query', 'one')).toBeNull();
    expect(ask('Query', 'any')).toBeNull();
    expect(ask('Query', 'inPlace')).toEqual([null, item('ours')]);
    expect(ask('Query', 'many')).toEqual([item('ours')]);
  });

  it('keeps a hit (a view) only when the items it holds are readable', () => {
    expect(ask('Query', 'hits')).toEqual([answers.hits[1]]);
    expect(keepReadable(readable, answers.hits)).toEqual([answers.hits[1]]);
  });

  it('shows what the schema requires of a readable item (its holder), and refuses a view asked for by unreadable items', () => {
    expect(ask('Item', 'holder', item('ours'))).toEqual({ key: 'ours-holder' });
    expect(() => ask('Query', 'impact')).toThrow(/outside what the token may read.*"lcc"/);
  });

  it('reads an audit event by its target and leaves tokens to the token rules, though both are Nodes without keys', () => {
    expect(ask('Query', 'events')).toEqual([answers.events[1]]);
    expect(ask('Query', 'tokens')).toEqual(answers.tokens);
  });

  it('changes nothing for a request without a limit, nor a mutation\'s own answer', () => {
    for (const field of Object.keys(answers)) expect(ask('Query', field, {}, null)).toEqual(answers[field as keyof typeof answers]);
    expect(keepReadable(null, answers.hits)).toBe(answers.hits);
    expect(resolvers.Mutation?.change).toBeUndefined();
  });
});
