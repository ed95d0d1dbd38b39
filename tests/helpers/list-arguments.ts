/**
 * Every list argument of the schema, found by introspection (so a new one is fuzzed without editing a test),
 * each with a way to reach it from the root (a query built from fields whose required arguments the
 * SAMPLES below can fill), its bound as its description states it, and values of its element type.
 */
interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputValue { name: string; description: string | null; type: TypeRef }
interface Field { name: string; args: InputValue[]; type: TypeRef }
interface FullType { name: string; kind: string; fields: Field[] | null; inputFields: InputValue[] | null; enumValues: { name: string }[] | null; possibleTypes: { name: string }[] | null }

const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
export const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types {
  name kind enumValues { name } possibleTypes { name } inputFields { name description type { ${REF} } }
  fields { name type { ${REF} } args { name description type { ${REF} } } } } } }`;

/** Values for required arguments on the way to a list argument, by argument name (seed data). */
const SAMPLES: Record<string, string> = { period: '"2022-26"', plan: '"2022-26"', edition: '"mtfs-2017-21"', code: '"9"', key: '"2022-26"', reference: '"AC3"', text: '"council"' };

export interface ListArgument {
  at: string;
  /** The bound the description states ("At most N"). */
  max: number;
  /** GraphQL type of the argument, for a variable `$v`. */
  typeText: string;
  /** An operation taking the list as `$v`. */
  operation: string;
  /** Values of the element type, for the list. */
  samples: unknown[];
}

const typeText = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!);
const namedOf = (t: TypeRef): string => (t.ofType ? namedOf(t.ofType) : t.name!);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && t.ofType!.kind === 'LIST');

export function listArguments(schema: { queryType: { name: string }; mutationType: { name: string } | null; types: FullType[] }, ids: string[]): ListArgument[] {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const valueOf = (t: TypeRef, name: string, depth = 0): string | null => {
    if (t.kind === 'NON_NULL') return valueOf(t.ofType!, name, depth);
    if (t.kind === 'LIST') return `[${valueOf(t.ofType!, name, depth) ?? ''}]`;
    const type = types.get(t.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0]!.name;
    if (type.kind === 'INPUT_OBJECT') {
      if (depth > 2) return null;
      const fields = type.inputFields!.filter((f) => f.type.kind === 'NON_NULL').map((f) => `${f.name}: ${valueOf(f.type, f.name, depth + 1)}`);
      return `{ ${fields.join(', ')} }`;
    }
    if (t.name === 'Int') return '1';
    if (t.name === 'Float') return '10';
    if (t.name === 'Boolean') return 'false';
    if (t.name === 'ID') return SAMPLES[name] ?? JSON.stringify(ids[0]);
    return SAMPLES[name] ?? null;
  };
  const requiredArgs = (f: Field, except?: string): string | null => {
    const parts = f.args.filter((a) => a.name !== except && a.type.kind === 'NON_NULL').map((a) => {
      const v = valueOf(a.type, a.name);
      return v === null ? null : `${a.name}: ${v}`;
    });
    if (parts.includes(null)) return null;
    return parts.length ? parts.join(', ') : '';
  };
  // Shortest way from the query root to each type: `wrap(inner)` selects `inner` on that type.
  const reach = new Map<string, (inner: string) => string>([[schema.queryType.name, (inner) => `query($v: V) { ${inner} }`]]);
  if (schema.mutationType) reach.set(schema.mutationType.name, (inner) => `mutation($v: V) { ${inner} }`);
  const queue = [...reach.keys()];
  while (queue.length) {
    const from = types.get(queue.shift()!)!;
    const wrap = reach.get(from.name)!;
    const next: [string, (inner: string) => string][] = [];
    if (from.kind === 'INTERFACE' || from.kind === 'UNION') for (const p of from.possibleTypes ?? []) next.push([p.name, (inner) => wrap(`... on ${p.name} { ${inner} }`)]);
    for (const f of from.fields ?? []) {
      const args = requiredArgs(f);
      if (args === null || from.name === schema.mutationType?.name) continue;
      next.push([namedOf(f.type), (inner) => wrap(`${f.name}${args ? `(${args})` : ''} { ${inner} }`)]);
    }
    for (const [name, w] of next) {
      const kind = types.get(name)?.kind;
      if (!reach.has(name) && (kind === 'OBJECT' || kind === 'INTERFACE' || kind === 'UNION')) {
        reach.set(name, w);
        queue.push(name);
      }
    }
  }
  const found: ListArgument[] = [];
  for (const type of schema.types) {
    for (const f of type.fields ?? []) {
      for (const a of f.args.filter((x) => isList(x.type))) {
        const at = `${type.name}.${f.name}(${a.name}:)`;
        const wrap = reach.get(type.name);
        const others = requiredArgs(f, a.name);
        if (!wrap || others === null) throw new Error(`${at}: no way to reach it from the root; add a sample for its required arguments in tests/helpers/list-arguments.ts`);
        const named = types.get(namedOf(f.type))!;
        const leaf = named.kind === 'SCALAR' || named.kind === 'ENUM';
        const field = `${f.name}(${[`${a.name}: $v`, others].filter(Boolean).join(', ')})${leaf ? '' : ' { __typename }'}`;
        const element = types.get(namedOf(a.type))!;
        const samples = element.kind === 'ENUM' ? element.enumValues!.map((v) => v.name)
          : element.kind === 'INPUT_OBJECT' ? [Object.fromEntries(element.inputFields!.filter((x) => x.type.kind === 'NON_NULL').map((x) => [x.name, namedOf(x.type) === 'Float' ? 10 : ids[0]]))]
            : namedOf(a.type) === 'ID' ? ids : ['SUPPORTS', 'HAS_SUB_OUTCOME', 'ALIGNS_WITH', 'x'];
        const max = Number(/At most (\d+)/.exec(a.description ?? '')?.[1]);
        if (!Number.isInteger(max)) throw new Error(`${at}: its description does not say "At most N"`);
        found.push({ at, max, typeText: typeText(a.type), operation: wrap(field).replace('$v: V', `$v: ${typeText(a.type)}`), samples });
      }
    }
  }
  return found;
}
