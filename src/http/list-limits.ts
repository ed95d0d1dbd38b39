/**
 * Bounds on list arguments, driven by the SDL's `@listLimit(max:, distinct:, sizesAnswer:)` directive, so a new
 * list argument is covered by writing it (and the server refuses to start with one that has no bound). A list
 * argument is work the server does per value that neither depth nor page sizes see: one kind repeated
 * 500,000 times once froze the server for 20 s. Here, from the SDL's own syntax tree (plain objects, so no
 * graphql-js instance questions):
 *
 * - the table of bounds (and of `@cost(base:)`, read on the same walk), and the start-up check that every list argument and list input field has one, stated
 *   in its description;
 * - `checkListArguments`: the values given to one field, checked against the bounds (the cost estimator calls
 *   it for every field the operation selects, with the variables applied) and what they add to the cost;
 * - `refuseLongVariables`: a first pass over the raw variables, before graphql-js coerces them (that alone
 *   took seconds for half a million values);
 * - `withDistinctListArguments`: resolvers that see each repeated value once.
 */
import { GraphQLError, Kind, parse, type ConstDirectiveNode, type InputValueDefinitionNode, type TypeNode } from 'graphql';

export interface ListLimit {
  max: number;
  /** Repeated values are answered once (false for answers in the order asked, such as `nodes(ids:)`). */
  distinct: boolean;
  /** The answer holds one entry per value, so the field is costed as a list of that many. */
  sizesAnswer: boolean;
}

interface InputSlot {
  name: string;
  /** The named type inside any list and non-null wrappers. */
  typeName: string;
  isList: boolean;
  limit: ListLimit | null;
}

export interface ListLimitTable {
  /** `Type.field` → its arguments (every argument: an input object may hold a list field). */
  fields: Map<string, InputSlot[]>;
  /** Input object name → its fields. */
  inputs: Map<string, InputSlot[]>;
  /** The largest bound of all: no variable may hold a longer list. */
  largest: number;
  /** Enum name → how many values it has. */
  enumSizes: Map<string, number>;
  /** `Type.field` → the `@cost(base:)` of a field that runs a statement of its own each time it is asked for. */
  baseCosts: Map<string, number>;
}

function named(type: TypeNode): { typeName: string; isList: boolean } {
  if (type.kind === Kind.NON_NULL_TYPE) return named(type.type);
  if (type.kind === Kind.LIST_TYPE) return { typeName: named(type.type).typeName, isList: true };
  return { typeName: type.name.value, isList: false };
}

function limitOf(directives: readonly ConstDirectiveNode[] | undefined): ListLimit | null {
  const directive = directives?.find((d) => d.name.value === 'listLimit');
  if (!directive) return null;
  const arg = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const max = arg('max');
  const flag = (name: string, byDefault: boolean) => {
    const value = arg(name);
    return value?.kind === Kind.BOOLEAN ? value.value : byDefault;
  };
  return { max: max?.kind === Kind.INT ? Number(max.value) : 0, distinct: flag('distinct', true), sizesAnswer: flag('sizesAnswer', false) };
}

const slotOf = (def: InputValueDefinitionNode): InputSlot => ({ name: def.name.value, ...named(def.type), limit: limitOf(def.directives) });

/**
 * Reads the bounds from the SDL. Throws, naming each, when a list argument or input field has no
 * `@listLimit`, a description that does not state its bound ("At most N"), or (for a distinct list of an
 * enum) a bound below the enum's size, which would refuse a legitimate request for every value.
 */
export function listLimitTable(typeDefs: string): ListLimitTable {
  const table: ListLimitTable = { fields: new Map(), inputs: new Map(), largest: 0, enumSizes: new Map(), baseCosts: new Map() };
  const problems: string[] = [];
  const definitions = parse(typeDefs).definitions;
  for (const def of definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) table.enumSizes.set(def.name.value, def.values?.length ?? 0);
  }
  const check = (where: string, def: InputValueDefinitionNode, slot: InputSlot) => {
    if (!slot.isList) return;
    if (!slot.limit || slot.limit.max < 1) return problems.push(`${where} is a list without @listLimit(max: N)`);
    if (!new RegExp(`\\bat most ${slot.limit.max}\\b`, 'i').test(def.description?.value ?? '')) problems.push(`${where}: its description must say "At most ${slot.limit.max}"`);
    const enumSize = table.enumSizes.get(slot.typeName);
    if (slot.limit.distinct && enumSize !== undefined && slot.limit.max < enumSize) problems.push(`${where}: max ${slot.limit.max} is below the ${enumSize} values of ${slot.typeName}`);
    table.largest = Math.max(table.largest, slot.limit.max);
  };
  for (const def of definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION || def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_EXTENSION) {
      for (const field of def.fields ?? []) {
        const base = field.directives?.find((d) => d.name.value === 'cost')?.arguments?.find((a) => a.name.value === 'base')?.value;
        if (base?.kind === Kind.INT) table.baseCosts.set(`${def.name.value}.${field.name.value}`, Number(base.value));
        const slots = (field.arguments ?? []).map((a) => {
          const slot = slotOf(a);
          check(`${def.name.value}.${field.name.value}(${a.name.value}:)`, a, slot);
          return slot;
        });
        if (slots.length) table.fields.set(`${def.name.value}.${field.name.value}`, slots);
      }
    } else if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || def.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) {
      const slots = (def.fields ?? []).map((f) => {
        const slot = slotOf(f);
        check(`${def.name.value}.${f.name.value}`, f, slot);
        return slot;
      });
      table.inputs.set(def.name.value, [...(table.inputs.get(def.name.value) ?? []), ...slots]);
    }
  }
  if (problems.length) throw new Error(`Every list argument needs a bound (schema/*.graphql, see docs/security.md):\n  ${problems.join('\n  ')}`);
  return table;
}

/** A value's identity for de-duplication: enums, ids and strings as they are, input objects by content. */
const identity = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : value);

/** The list refused: BAD_USER_INPUT (400) naming the argument, the bound and what to do. */
function tooLong(argumentName: string, where: string, found: number, limit: ListLimit): GraphQLError {
  return new GraphQLError(
    `Argument "${argumentName}" of ${where}: at most ${limit.max} values; got ${found}.${limit.distinct ? ' Give each value once (repeats count once),' : ''} Send several requests for more.`,
    { extensions: { code: 'BAD_USER_INPUT', argumentName, limit: 'listLimit', max: limit.max, found, http: { status: 400 } } },
  );
}

interface Walked {
  /** Values in every bounded list (after de-duplication where distinct): each adds 1 to the cost. */
  values: number;
  /** For an argument marked sizesAnswer: how many entries the answer holds. */
  size?: number;
}

function walk(table: ListLimitTable, slot: InputSlot, value: unknown, path: string, where: string, out: Walked): void {
  if (value == null) return;
  const items = slot.isList ? (Array.isArray(value) ? value : [value]) : [value];
  if (slot.isList && slot.limit) {
    if (items.length > slot.limit.max) throw tooLong(path, where, items.length, slot.limit);
    const count = slot.limit.distinct ? new Set(items.map(identity)).size : items.length;
    out.values += count;
    if (slot.limit.sizesAnswer) out.size = Math.max(out.size ?? 0, count);
  }
  const fields = table.inputs.get(slot.typeName);
  if (!fields) return;
  items.forEach((item, i) => {
    for (const field of fields) {
      const child = (item as Record<string, unknown>)[field.name];
      walk(table, field, child, `${path}${slot.isList ? `[${i}]` : ''}.${field.name}`, where, out);
    }
  });
}

/** Checks the (coerced) arguments of one selected field against their bounds; returns what they add to the cost. */
export function checkListArguments(table: ListLimitTable, typeName: string, fieldName: string, args: Record<string, unknown>): Walked {
  const out: Walked = { values: 0 };
  for (const slot of table.fields.get(`${typeName}.${fieldName}`) ?? []) walk(table, slot, args[slot.name], slot.name, `${typeName}.${fieldName}`, out);
  return out;
}

/**
 * Before anything is coerced: no array anywhere in the variables may be longer than the largest bound.
 * Iterative, so a deeply nested value cannot exhaust the stack; stops at the first offender.
 */
export function refuseLongVariables(table: ListLimitTable, variables: Record<string, unknown> | undefined): void {
  const stack: [string, unknown][] = Object.entries(variables ?? {});
  while (stack.length) {
    const [name, value] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value) && value.length > table.largest) {
      throw new GraphQLError(
        `Variable "$${name}" holds a list of ${value.length} values; no argument takes more than ${table.largest}. Send several smaller requests.`,
        { extensions: { code: 'BAD_USER_INPUT', argumentName: `$${name}`, limit: 'listLimit', max: table.largest, found: value.length, http: { status: 400 } } },
      );
    }
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([name, child]);
  }
}

type Resolver = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

function distinctValues(table: ListLimitTable, slot: InputSlot, value: unknown): unknown {
  if (value == null) return value;
  const list = slot.isList && Array.isArray(value) && slot.limit?.distinct ? [...new Map(value.map((v) => [identity(v), v])).values()] : value;
  const fields = table.inputs.get(slot.typeName);
  if (!fields) return list;
  const one = (item: unknown) => (typeof item === 'object' && item !== null
    ? Object.fromEntries(Object.entries(item).map(([k, v]) => {
      const field = fields.find((f) => f.name === k);
      return [k, field ? distinctValues(table, field, v) : v];
    }))
    : item);
  return Array.isArray(list) ? list.map(one) : one(list);
}

/** The resolvers, with every distinct list argument de-duplicated (first occurrence kept, order kept) before they run. */
export function withDistinctListArguments<R extends object>(table: ListLimitTable, resolvers: R): R {
  const wrapped: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const [coordinate, slots] of table.fields) {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const resolve = wrapped[typeName]?.[fieldName];
    if (typeof resolve !== 'function') continue;
    const needs = slots.filter((s) => (s.isList && s.limit?.distinct) || table.inputs.has(s.typeName));
    if (!needs.length) continue;
    wrapped[typeName] = {
      ...wrapped[typeName],
      [fieldName]: ((root, args, context, info) => {
        const distinct = { ...args };
        for (const slot of needs) if (slot.name in distinct) distinct[slot.name] = distinctValues(table, slot, distinct[slot.name]);
        return (resolve as Resolver)(root, distinct, context, info);
      }) satisfies Resolver,
    };
  }
  return wrapped as R;
}
