/**
 * The one seam where a scoped token's reads are limited (GT_ANONYMOUS_READ=false, readable-keys.ts): every
 * field of the schema that answers an object (an item, a view, an edge, a hit, an event) is wrapped once,
 * at start, so no resolver needs to know. For a request without a limit the wrapper passes the answer on
 * untouched. For a scoped one, an answer that names an item the token may not read is:
 *
 * - null, where the field may be null (`node(id:)`, `plan(period:)`, `savings(edition:)`);
 * - null in its place, in a list of nullable entries (`nodes(ids:)`, which answers in the order asked);
 * - left out, in any other list (`documents`, a plan's outcomes, search hits, neighbours, paths, events);
 * - where the field may not be null: shown when it is one item (what holds a readable item, such as a
 *   readable partner priority's strategy; the lists below it are filtered), NOT_FOUND when it is a view asked
 *   for by its items (`savingsImpact(lines:)` of another council's lines).
 *
 * What an answer names: an item's own key (types implementing Node, and councils); for a view, edge or hit
 * (a type that is not an item) the key of each object it holds directly (`item`, `from`, `to`, `line`,
 * `node`); and the few keys a view holds by name (NAMED_BY below). An item's own fields are not read for
 * this: a readable partner priority stays readable though its strategy is not.
 */
import { buildASTSchema, defaultFieldResolver, getNamedType, getNullableType, isAbstractType, isCompositeType, isListType, isNonNullType, isObjectType, parse, type GraphQLFieldResolver, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { ClientError } from '../shared/errors.js';
import { fromGlobalId } from '../shared/global-id.js';
import type { Readable } from './readable-keys.js';

type Resolver = GraphQLFieldResolver<unknown, { readable?: Readable | null }>;
type Value = Record<string, unknown>;

/** Keys a view holds by name rather than as an object: each must be readable for the view to be. */
const NAMED_BY: Readonly<Record<string, (v: Value) => unknown[]>> = {
  // An event is about its target (an item or a link); one about anything else is not shown to a scoped reader.
  AuditEvent: (v) => [v.targetKey],
  // A token is no item of the graph: who may see one is the token rules' (tokenVisibleTo, `apiTokens`), not this filter's.
  ApiToken: () => [],
  MtfsSavings: (v) => [v.editionKey],
  // A path is shown whole or not at all: a path with a gap would still say the two ends are joined.
  ThreadPath: (v) => (v.nodes as Value[]).map((n) => n.key),
  SavingsImpact: (v) => (v.lines as Value[]).map((l) => l.key),
  // The neighbourhood of an item the caller may not read is left out, not answered empty under its id.
  Neighbourhood: (v) => [fromGlobalId(v.of as string).key],
};

const isObject = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The types whose answers are items (implement Node), councils included: their own key decides. */
function itemTypes(schema: GraphQLSchema): Set<string> {
  const node = schema.getType('Node');
  const items = new Set(['Council']);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && type.getInterfaces().some((i) => i === node)) items.add(type.name);
  }
  if (node) items.add(node.name);
  return items;
}

function keysNamed(value: Value, typeName: string, items: ReadonlySet<string>, abstract: boolean): unknown[] {
  // Records that are Nodes without being items (events, tokens) are read by what they name, not by a key of their own.
  if ((items.has(typeName) && !NAMED_BY[typeName]) || (abstract && typeof value.key === 'string')) return [value.key];
  const keys = NAMED_BY[typeName]?.(value) ?? [];
  for (const held of Object.values(value)) if (isObject(held) && typeof held.key === 'string') keys.push(held.key);
  return keys;
}

/**
 * The entries of a list the caller may read, by the rule for views (each object an entry holds must be
 * readable): for the connections that page a whole list in memory (links, supporting actions), so a page holds
 * `first` readable entries and `totalCount` counts only those. Everything passes when reads are not limited.
 */
export function keepReadable<T extends object>(readable: Readable | null | undefined, entries: readonly T[]): readonly T[] {
  if (!readable) return entries;
  return entries.filter((e) => keysNamed(e as Value, '', new Set(), false).every((k) => typeof k === 'string' && readable.keys.has(k)));
}

function filterAnswer(answer: unknown, type: GraphQLOutputType, readable: Readable, items: ReadonlySet<string>, field: string): unknown {
  if (answer == null) return answer;
  const named = getNamedType(type);
  const abstract = isAbstractType(named);
  const readableValue = (v: unknown) => !isObject(v) || keysNamed(v, named.name, items, abstract).every((k) => typeof k === 'string' && readable.keys.has(k));
  const inner = getNullableType(type);
  if (isListType(inner) && Array.isArray(answer)) {
    // Lists of lists do not occur in the schema; entries are items or views.
    if (isNonNullType(inner.ofType)) return answer.filter(readableValue);
    return answer.map((v) => (readableValue(v) ? v : null));
  }
  if (readableValue(answer)) return answer;
  if (!isNonNullType(type)) return null;
  // A field that may not be null and answers one item is what holds a readable item (a priority's strategy, a
  // link's end): the schema promises it, so it is shown, and its own lists are filtered in turn. A view the
  // caller asked for by its items (NAMED_BY) is refused instead: its totals would be another council's.
  if (!NAMED_BY[named.name]) return answer;
  throw new ClientError(
    `${field}: the answer names items outside what the token may read (organisation "${readable.scope}" and what its items link to). ` +
    'Ask about items of that organisation, or ask an admin for a token with that scope (or none).',
    'NOT_FOUND', { scope: readable.scope },
  );
}

/**
 * The resolver map with every object-answering field of `typeDefs` wrapped (mutations' own answers excepted:
 * a write answers what the writer changed; the fields below it are still wrapped). A field without a resolver
 * gets graphql-js's default one inside the wrapper.
 */
export function withReadFilter<R extends object>(typeDefs: string, resolvers: R): R {
  const schema = buildASTSchema(parse(typeDefs), { assumeValidSDL: true });
  const items = itemTypes(schema);
  const wrapped: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const own = wrapped[type.name]?.[field.name];
      const resolve = (typeof own === 'function' ? own : defaultFieldResolver) as Resolver;
      const coordinate = `${type.name}.${field.name}`;
      const filtered: Resolver = (root, args, context, info) => {
        const readable = context.readable;
        const answer = resolve(root, args, context, info);
        if (!readable) return answer;
        return answer instanceof Promise
          ? answer.then((a) => filterAnswer(a, field.type, readable, items, coordinate))
          : filterAnswer(answer, field.type, readable, items, coordinate);
      };
      wrapped[type.name] = { ...wrapped[type.name], [field.name]: filtered };
    }
  }
  return wrapped as R;
}
