/**
 * The API's documentation is the SDL's descriptions (schema/*.graphql): every type, field, argument and enum
 * value has one (GraphiQL's docs pane is where partnership boards learn the API), and introspection, and so
 * the docs pane, shows each of them, including on types whose behaviour is code (the Pence scalar).
 */
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedDirective, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadTypeDefs } from '../../src/schema.js';
import { openTestDatabase } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

// Deprecated fields and values included: they are still answered, and GraphiQL documents them.
const INTROSPECTION = `{ __schema { types { name description specifiedByURL
  fields(includeDeprecated: true) { name description args { name description } } inputFields { name description } enumValues(includeDeprecated: true) { name description } } } }`;

/** Every type, field, argument, enum value and directive argument of the SDL that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!directive.description?.trim()) missing.push(`@${directive.name}`);
    for (const arg of directive.args) if (!arg.description?.trim()) missing.push(`@${directive.name}(${arg.name}:)`);
  }
  return missing;
}

describe('every part of the schema is described', () => {
  it('leaves no type, field, argument, enum value or directive argument undescribed', () => {
    expect(undescribed(buildSchema(loadTypeDefs()))).toEqual([]);
  });

  it('would name an undescribed one: the check is not vacuous', () => {
    const sdl = `"Root." type Query { "A field." thing(flag: Boolean): Kind }\nenum Kind { "Yes." A B }\ninput In { x: Int }\n"D." directive @d(n: Int) on FIELD_DEFINITION`;
    expect(undescribed(buildSchema(sdl))).toEqual(['Query.thing(flag:)', 'Kind', 'Kind.B', 'In', 'In.x', '@d(n:)']);
  });
});

describe('SDL descriptions in introspection', () => {
  it('shows the description of every type and field the SDL documents, custom scalars included', async () => {
    const sdl = buildSchema(loadTypeDefs());
    const { __schema } = await server.ask(INTROSPECTION);
    const served = new Map<string, any>(__schema.types.map((t: any) => [t.name, t]));

    const pence = served.get('Pence');
    expect(pence.description).toBe(sdl.getType('Pence')!.description);
    expect(pence.description).toMatch(/^Whole pence/);
    // The date scalars come from graphql-scalars, whose own descriptions must not replace the SDL's.
    for (const name of ['Date', 'DateTime']) {
      expect(served.get(name).description, name).toBe(sdl.getType(name)!.description);
      expect(served.get(name).specifiedByURL, name).toBe((sdl.getType(name) as { specifiedByURL?: string }).specifiedByURL);
    }

    const missing: string[] = [];
    for (const type of Object.values(sdl.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (type.description && served.get(type.name)?.description !== type.description) missing.push(type.name);
      const members = isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : isEnumType(type) ? type.getValues() : [];
      const servedMembers = [...(served.get(type.name)?.fields ?? []), ...(served.get(type.name)?.inputFields ?? []), ...(served.get(type.name)?.enumValues ?? [])];
      for (const member of members) {
        const served = servedMembers.find((m: any) => m.name === member.name);
        if (member.description && served?.description !== member.description) missing.push(`${type.name}.${member.name}`);
        for (const arg of 'args' in member ? member.args : []) {
          if (arg.description && served?.args?.find((a: any) => a.name === arg.name)?.description !== arg.description) missing.push(`${type.name}.${member.name}(${arg.name}:)`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
