/**
 * Random GraphQL documents built from the real schema, for the fuzz tests: fields picked at random on each
 * type, arguments filled with random values of the argument's type (hostile strings, out-of-range numbers,
 * real and made-up ids), aliases, directives, inline fragments on interfaces and unions, to a chosen depth.
 * Generation goes through fast-check's `gen`, so a failure is reported with its seed and can be replayed.
 */
import fc from 'fast-check';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType,
  isScalarType, isUnionType, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/schema.js';

type Gen = fc.GeneratorValue;

export const fuzzSchema: GraphQLSchema = buildSchema(loadTypeDefs());

/** Strings a hostile or careless client sends: quotes, Cypher syntax, control and non-BMP characters. */
export const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', "'", '"', '`', '\\', '//', '}', '{', '$', "') RETURN 1 //", '` MATCH (n) DETACH DELETE n //', '${x}', '\u0000', '\u202e', '😀', '9.3', '2022-26', '2022-26/9.3'),
);

export interface GeneratorOptions {
  maxDepth: number;
  maxFields: number;
  /** Real global ids, so some look-ups find something. */
  ids: string[];
  /** Allow aliases and directives (pushes some documents over the limits). */
  decorate: boolean;
  /** Also nulls for required arguments and enum values that do not exist (refused by validation). */
  invalidValues?: boolean;
}

function literal(g: Gen, type: GraphQLInputType, options: GeneratorOptions, depth = 0, required = false): string {
  if (isNonNullType(type)) {
    if (options.invalidValues && g(fc.integer, { min: 0, max: 15 }) === 0) return 'null';
    return literal(g, type.ofType, options, depth, true);
  }
  // A null only where the type allows one: a valid document's required argument was null one time in sixteen,
  // so about a fifth of the "valid" random queries were refused by validation and never ran.
  if (!required && g(fc.integer, { min: 0, max: 15 }) === 0) return 'null';
  if (isListType(type)) {
    const n = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: n }, () => literal(g, type.ofType, options, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return options.invalidValues && g(fc.integer, { min: 0, max: 5 }) === 0 ? 'NOT_A_VALUE' : g(fc.constantFrom, ...values);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return 'null';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || g(fc.boolean));
    return `{${fields.map((f) => `${f.name}: ${literal(g, f.type, options, depth + 1)}`).join(', ')}}`;
  }
  switch (getNamedType(type).name) {
    case 'Int':
      // Valid documents stay within the bounds the SDL states (every `first` allows at least 500), so the
      // validator runs them; out-of-range and extreme integers are for the hostile documents.
      return options.invalidValues
        ? String(g(() => fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, 1, 500, 501, 2147483647, -2147483648))))
        : String(g(() => fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(1, 500))));
    case 'Float':
      return String(g(fc.integer, { min: -1000, max: 1000 }) / 10);
    case 'Boolean':
      return String(g(fc.boolean));
    case 'ID':
      return JSON.stringify(g(fc.boolean) && options.ids.length ? g(fc.constantFrom, ...options.ids) : g(() => hostileString));
    default:
      return JSON.stringify(g(() => hostileString));
  }
}

/** Picks by index: fast-check's gen compares the arguments it is given, and schema objects are cyclic. */
function pickFields<T>(g: Gen, fields: T[], max: number): T[] {
  if (fields.length === 0) return [];
  const n = g(fc.integer, { min: 1, max: Math.min(max, fields.length) });
  const indexes = g(fc.shuffledSubarray, fields.map((_, i) => i), { minLength: n, maxLength: n });
  return indexes.map((i) => fields[i]!);
}

function selection(g: Gen, type: GraphQLNamedType, depth: number, options: GeneratorOptions): string {
  if (isUnionType(type)) {
    const members = pickFields(g, [...type.getTypes()], 2);
    return `{ __typename ${depth > 0 ? members.map((m) => `... on ${m.name} ${selection(g, m, depth - 1, options)}`).join(' ') : ''} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  // At the last level only leaf fields, so every generated selection is complete.
  const usable = depth > 0 ? fields : fields.filter((f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)));
  if (usable.length === 0) return '{ __typename }';
  const chosen = pickFields(g, usable, options.maxFields);
  const parts = chosen.map((field, i) => {
    const args = field.args.filter((a) => isNonNullType(a.type) || g(fc.integer, { min: 0, max: 2 }) === 0);
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(g, a.type, options)}`).join(', ')})` : '';
    const alias = options.decorate && g(fc.integer, { min: 0, max: 4 }) === 0 ? `a${i}_${depth}: ` : '';
    const directive = options.decorate && g(fc.integer, { min: 0, max: 6 }) === 0 ? ` @include(if: ${g(fc.boolean)})` : '';
    const named = getNamedType(field.type);
    const sub = isScalarType(named) || isEnumType(named) ? '' : ` ${selection(g, named, depth - 1, options)}`;
    return `${alias}${field.name}${argText}${directive}${sub}`;
  });
  if (isInterfaceType(type) && depth > 0 && g(fc.boolean)) {
    const [impl] = pickFields(g, [...fuzzSchema.getPossibleTypes(type)], 1);
    if (impl) parts.push(`... on ${impl.name} ${selection(g, impl, depth - 1, options)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** One random operation on the query (or mutation) root. */
export function randomOperation(g: Gen, options: GeneratorOptions, root: 'query' | 'mutation' = 'query'): string {
  const type = root === 'query' ? fuzzSchema.getQueryType()! : fuzzSchema.getMutationType()!;
  return `${root} ${selection(g, type, options.maxDepth, options)}`;
}
