/**
 * The shape a newcomer relies on: every SDL file belongs to one domain, every type a domain resolves has its
 * model declared by exactly one domain, and two domains never resolve the same field.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modules } from '../../src/modules.js';
import { resolvers } from '../../src/resolvers.js';
import { schemaDir, schemaFilesInOrder } from '../../src/schema.js';

describe('the domain modules', () => {
  it('own every SDL file in schema/, each exactly once, base first', () => {
    const files = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql'));
    const ordered = schemaFilesInOrder(modules, files);
    expect(ordered[0]).toBe('base.graphql');
    expect([...ordered].sort()).toEqual([...files].sort());
  });

  it('refuse an SDL file no domain declares, or one two domains declare, naming the file and what to do', () => {
    expect(() => schemaFilesInOrder([{ name: 'plans', typeDefs: ['plans.graphql'] }], ['base.graphql', 'plans.graphql', 'progress.graphql']))
      .toThrow(/No domain declares schema\/progress\.graphql: add it to the typeDefs/);
    expect(() => schemaFilesInOrder([{ name: 'a', typeDefs: ['x.graphql'] }, { name: 'b', typeDefs: ['x.graphql'] }], ['base.graphql', 'x.graphql']))
      .toThrow(/declared by two domains, a and b/);
    expect(() => schemaFilesInOrder([{ name: 'a', typeDefs: ['gone.graphql'] }], ['base.graphql'])).toThrow(/does not exist/);
  });

  it('declare each mapped model once, and every domain name once', () => {
    const seen = new Map<string, string>();
    for (const m of modules) {
      for (const type of Object.keys('mappers' in m ? m.mappers : {})) {
        expect(seen.get(type), `${type} mapped by ${seen.get(type)} and ${m.name}`).toBeUndefined();
        seen.set(type, m.name);
      }
    }
    expect(new Set(modules.map((m) => m.name)).size).toBe(modules.length);
  });

  it('merge into one resolver map in which Query and Mutation come from many domains', () => {
    expect(Object.keys(resolvers.Query ?? {})).toEqual(expect.arrayContaining(['node', 'plans', 'history', 'savings']));
    expect(Object.keys(resolvers.Mutation ?? {})).toEqual(expect.arrayContaining(['createLink', 'createAction', 'importFile', 'createApiToken']));
  });
});
