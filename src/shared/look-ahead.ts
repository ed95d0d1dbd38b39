/**
 * Look-ahead: what a resolver's caller asked for below it, read from the selection set (as @neo4j/graphql
 * and PostGraphile do), so a root field can fetch the subtree in one statement or skip a load whose answer
 * nobody reads. Fragments and inline fragments are followed; aliases of one field are all kept, each with
 * its own arguments (a client may ask `supportingActions` now and `asOf` a date in one request).
 */
import { Kind, type FieldNode, type GraphQLField, type GraphQLResolveInfo, type GraphQLType, type SelectionSetNode, type ValueNode } from 'graphql';

export interface Selected {
  /** The field's arguments, variables and defaults applied. */
  args: Record<string, unknown>;
  /** The fields selected below it, by name. */
  fields: Selection;
}

export type Selection = Map<string, Selected[]>;

// Duck-typed rather than graphql-js's isObjectType/getArgumentValues: those check `instanceof`, and a
// process that loads graphql twice (vitest does) would have them refuse the schema's own types.
type AnyType = GraphQLType & { ofType?: AnyType; getFields?: () => Record<string, unknown> };

function namedType(type: AnyType | undefined): AnyType | undefined {
  let t = type;
  while (t?.ofType) t = t.ofType;
  return t;
}

function fieldDefinition(type: AnyType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return type?.getFields?.()[name] as GraphQLField<unknown, unknown> | undefined;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: return variables[node.name.value] ?? null;
    case Kind.INT: return Number.parseInt(node.value, 10);
    case Kind.FLOAT: return Number.parseFloat(node.value);
    case Kind.STRING: case Kind.ENUM: return node.value;
    case Kind.BOOLEAN: return node.value;
    case Kind.NULL: return null;
    case Kind.LIST: return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT: return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

/** The field's arguments as the resolver will get them: given ones, then the schema's defaults. */
function argumentsOf(definition: GraphQLField<unknown, unknown> | undefined, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of definition?.args ?? []) if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  for (const arg of node.arguments ?? []) args[arg.name.value] = valueOf(arg.value, variables);
  return args;
}

function collect(info: GraphQLResolveInfo, type: AnyType | undefined, set: SelectionSetNode | undefined, into: Selection): Selection {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(type, selection.name.value);
      const entry: Selected = {
        args: argumentsOf(definition, selection, info.variableValues),
        fields: collect(info, namedType(definition?.type as AnyType | undefined), selection.selectionSet, new Map()),
      };
      into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), entry]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const onType = selection.typeCondition ? (info.schema.getType(selection.typeCondition.name.value) as AnyType | null | undefined) ?? type : type;
      collect(info, onType, selection.selectionSet, into);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collect(info, (info.schema.getType(fragment.typeCondition.name.value) as AnyType | null | undefined) ?? type, fragment.selectionSet, into);
    }
  }
  return into;
}

/** The fields selected below the resolver's field (all its field nodes merged). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const type = namedType(info.returnType as AnyType);
  const into: Selection = new Map();
  for (const node of info.fieldNodes) collect(info, type, node.selectionSet, into);
  return into;
}

const IDENTITY = new Set(['id', '__typename']);

/** True when the caller asks an item for nothing but its id and type, which its reference already holds. */
export function asksOnlyIdentity(info: GraphQLResolveInfo): boolean {
  return [...selectionOf(info).keys()].every((name) => IDENTITY.has(name));
}
