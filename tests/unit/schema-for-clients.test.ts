/**
 * What a client (a normalised cache, generated types, a query built from fragments) needs of the SDL:
 * - fields of the same name on types that can answer one selection (the implementations of an interface)
 *   agree in type, so a client can ask `... on A { status } ... on B { status }` without aliases (GraphQL
 *   refuses to merge two fields of one response name whose types differ);
 * - every date or time is a `Date` or a `DateTime`, never a bare string;
 * - a list that grows with the data is a connection or states its bound, and every `first` its maximum.
 */
import { buildSchema, getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs());

/**
 * Same-named fields allowed to differ across the implementations of an interface, with why. A deprecated
 * field stays for the queries written against it until its replacement has been out a release.
 */
const ALLOWED_DISAGREEMENTS: Record<string, string> = {};

/** For each interface and union: the fields one of its types has that another has under another type. */
function disagreements(s: GraphQLSchema, allowed: Record<string, string> = ALLOWED_DISAGREEMENTS): string[] {
  const found: string[] = [];
  for (const abstract of Object.values(s.getTypeMap())) {
    if (abstract.name.startsWith('__') || !(isInterfaceType(abstract) || isUnionType(abstract))) continue;
    const byName = new Map<string, Map<string, string[]>>();
    for (const type of s.getPossibleTypes(abstract)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (field.deprecationReason) continue;
        const types = byName.get(field.name) ?? new Map<string, string[]>();
        types.set(String(field.type), [...(types.get(String(field.type)) ?? []), type.name]);
        byName.set(field.name, types);
      }
    }
    for (const [name, types] of byName) {
      if (types.size > 1 && !allowed[name]) {
        found.push(`${abstract.name}: ${name} is ${[...types].map(([t, on]) => `${t} on ${on.join(', ')}`).join('; ')}`);
      }
    }
  }
  return found.sort();
}

describe('same-named fields across the types of one selection', () => {
  it('agree in type on every implementation of every interface and union, but for the exceptions listed with a reason', () => {
    expect(disagreements(schema)).toEqual([]);
    for (const [name, reason] of Object.entries(ALLOWED_DISAGREEMENTS)) {
      const { [name]: _still, ...others } = ALLOWED_DISAGREEMENTS;
      expect(reason.length, `${name} needs a reason`).toBeGreaterThan(20);
      expect(disagreements(schema, others).some((d) => d.includes(`: ${name} is`)), `${name} agrees everywhere now: remove the exception`).toBe(true);
    }
  });

  it('would name a disagreement: the check is not vacuous', () => {
    const sdl = buildSchema(`type Query { n: N } interface N { id: ID! }
      type A implements N { id: ID! status: String! } type B implements N { id: ID! status: Int } type C implements N { id: ID! status: String @deprecated(reason: "old") }`);
    expect(disagreements(sdl)).toEqual(['N: status is String! on A; Int on B']);
  });
});

/** Fields whose name looks like a date's or a time's but holds neither, with what they hold. */
const NOT_DATES: Record<string, string> = {
  'Citation.at': 'where in the paper the quote is (a paragraph or a heading, e.g. `para 13`)',
};


/** Fields whose name or description says they hold a date or a time. */
function dateLikeFields(s: GraphQLSchema): { field: string; type: string }[] {
  const fields: { field: string; type: string }[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const byName = /(^date$|Date$|At$|^at$|Time$)/.test(field.name);
      const byDescription = /ISO 8601|YYYY-MM-DD|date and time/i.test(field.description ?? '');
      if ((byName || byDescription) && !NOT_DATES[`${type.name}.${field.name}`]) fields.push({ field: `${type.name}.${field.name}`, type: getNamedType(field.type).name });
    }
  }
  return fields;
}

describe('dates and times', () => {
  it('are typed Date or DateTime wherever a field holds one', () => {
    const fields = dateLikeFields(schema);
    expect(fields.length).toBeGreaterThan(8);
    expect(fields.filter((f) => f.type !== 'Date' && f.type !== 'DateTime')).toEqual([]);
  });

  it('has the two scalars described, each with the standard it follows', () => {
    for (const name of ['Date', 'DateTime']) {
      const scalar = schema.getType(name);
      expect(scalar?.description, name).toMatch(/RFC 3339/);
      expect((scalar as { specifiedByURL?: string }).specifiedByURL, name).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc3339/);
    }
  });
});

/** Lists that grow with the graph (changes, links, lines, documents) and the lists a plan bounds. */
const GROWING_LISTS = ['Query.history', 'Link.history', 'Query.neighbours', 'Query.neighbourhoods', 'Query.paths', 'MtfsSavings.lines',
  'MtfsSavings.unmappedLines', 'StrategicPlan.suspectLinks', 'PlanCoverage.gaps', 'PlanCoverage.actionsSupportingNothing', 'Query.documents'];

function fieldOf(s: GraphQLSchema, path: string): GraphQLField<unknown, unknown> {
  const [typeName, fieldName] = path.split('.') as [string, string];
  const type = s.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) throw new Error(`no type ${typeName}`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${path}`);
  return field;
}

describe('lists that grow', () => {
  it('each takes a `first` with its maximum, or says in its description how far it can grow', () => {
    const unbounded = GROWING_LISTS.filter((path) => {
      const field = fieldOf(schema, path);
      const first = field.args.find((a) => a.name === 'first');
      return !(first ? /at\s+most\s+`first`/i.test(field.description ?? '') : /at\s+most\s+(one per|the plan's)/i.test(field.description ?? ''));
    });
    expect(unbounded).toEqual([]);
  });

  it('every `first` argument states its maximum', () => {
    const silent: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((a) => a.name === 'first');
        if (first && !/(\d to [\d,]+|up to [\d,]+)/.test(first.description ?? '')) silent.push(`${type.name}.${field.name}(first:)`);
      }
    }
    expect(silent).toEqual([]);
  });
});

describe('the date scalars on the wire', () => {
  it('answer a stored time as stored (full precision), a JS Date as ISO 8601, and refuse a malformed one', async () => {
    const { dateScalars } = await import('../../src/shared/date-scalars.js');
    expect(dateScalars.DateTime.serialize('2026-12-01T19:58:00.123456789Z')).toBe('2026-12-01T19:58:00.123456789Z');
    expect(dateScalars.DateTime.serialize(new Date('2026-12-01T19:58:00.123Z'))).toBe('2026-12-01T19:58:00.123Z');
    expect(dateScalars.Date.serialize('2022-02-23')).toBe('2022-02-23');
    expect(() => dateScalars.Date.serialize('2022-03')).toThrow();
    expect(() => dateScalars.DateTime.serialize('yesterday')).toThrow();
  });
});
