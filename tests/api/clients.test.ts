/**
 * The client examples of docs/clients.md, run against the real server: Apollo Client with the generated
 * possibleTypes and relayStylePagination, and graphql-request paging a connection. The page shows the
 * example files verbatim, so what is documented is what runs here.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { goldenThreadClient, searchTwoPages } from '../../clients/examples/apollo-client.js';
import { allSupportingActions } from '../../clients/examples/graphql-request.js';
import generated from '../../clients/possible-types.json' with { type: 'json' };
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const SEARCH = `query ($after: String) { search(text: "health", first: 3, after: $after) { totalCount edges { node { id } } pageInfo { endCursor } } }`;

describe('docs/clients.md', () => {
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    for (const level of ['warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args) => { warnings.push(args.map(String).join(' ')); });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows each example file as it is', () => {
    const page = readFileSync('docs/clients.md', 'utf8');
    for (const file of ['clients/examples/apollo-client.ts', 'clients/examples/graphql-request.ts']) expect(page).toContain(readFileSync(file, 'utf8').trim());
  });

  it('ships possibleTypes naming every implementation of every interface and union the server has', async () => {
    const { __schema } = await server.ask(getIntrospectionQuery());
    const expected = Object.fromEntries(__schema.types.filter((t: any) => t.possibleTypes && !t.name.startsWith('__'))
      .map((t: any) => [t.name, t.possibleTypes.map((p: any) => p.name).sort()]));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(generated.possibleTypes).map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
  });

  it('Apollo Client reads fragments on Node from its cache without a warning and merges a connection\'s pages', async () => {
    const first = await server.ask(SEARCH);
    const second = await server.ask(SEARCH, { after: first.search.pageInfo.endCursor });
    const client = goldenThreadClient(server.url);
    const merged = await searchTwoPages(client, 'health');
    expect(merged.ids).toEqual([...first.search.edges, ...second.search.edges].map((e: any) => e.node.id));
    expect(merged.ids).toHaveLength(6);
    expect(merged.totalCount).toBe(first.search.totalCount);
    expect(warnings).toEqual([]);
  });

  it('graphql-request pages through every action supporting a sub-outcome', async () => {
    const { subOutcome } = await server.ask('{ subOutcome(plan: "2022-26", code: "9.3") { supportingActions(first: 500) { totalCount edges { node { id } } } } }');
    const actions = await allSupportingActions(server.url, '2022-26', '9.3');
    expect(subOutcome.supportingActions.totalCount).toBeGreaterThan(5);
    expect(actions.map((a) => a.id)).toEqual(subOutcome.supportingActions.edges.map((e: any) => e.node.id));
    await expect(allSupportingActions(server.url, '2022-26', '99.9')).rejects.toThrow('No sub-outcome 99.9 in plan 2022-26');
  });
});
