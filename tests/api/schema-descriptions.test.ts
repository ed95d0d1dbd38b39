/**
 * The API's documentation is the SDL's descriptions (schema/*.graphql): introspection, and so GraphiQL's
 * docs pane, must show each of them, including on types whose behaviour is code (the Pence scalar).
 */
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
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

const INTROSPECTION = `{ __schema { types { name description
  fields { name description } inputFields { name description } enumValues { name description } } } }`;

describe('SDL descriptions in introspection', () => {
  it('shows the description of every type and field the SDL documents, custom scalars included', async () => {
    const sdl = buildSchema(loadTypeDefs());
    const { __schema } = await server.ask(INTROSPECTION);
    const served = new Map<string, any>(__schema.types.map((t: any) => [t.name, t]));

    const pence = served.get('Pence');
    expect(pence.description).toBe(sdl.getType('Pence')!.description);
    expect(pence.description).toMatch(/^Whole pence/);

    const missing: string[] = [];
    for (const type of Object.values(sdl.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (type.description && served.get(type.name)?.description !== type.description) missing.push(type.name);
      const members = isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : isEnumType(type) ? type.getValues() : [];
      const servedMembers = [...(served.get(type.name)?.fields ?? []), ...(served.get(type.name)?.inputFields ?? []), ...(served.get(type.name)?.enumValues ?? [])];
      for (const member of members) {
        if (member.description && servedMembers.find((m: any) => m.name === member.name)?.description !== member.description) missing.push(`${type.name}.${member.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
