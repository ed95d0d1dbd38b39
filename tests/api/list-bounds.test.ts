/**
 * Lists that grow with the graph state their bound and keep to it: `first` cuts them to its value and a
 * `first` past the maximum is refused, naming the argument (tests/unit/schema-for-clients.test.ts checks
 * that the SDL says so for each).
 */
import { describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));

const ACTION = toGlobalId('Action', '2022-26/9.3-A2-3');
const SUB_5_4 = toGlobalId('SubOutcome', '2022-26/5.4');

const LISTS: [name: string, query: (first: number) => string, read: (data: any) => unknown[], max: number][] = [
  ['documents', (n) => `{ documents(first: ${n}) { key } }`, (d) => d.documents, 500],
  ['an edition\'s lines', (n) => `{ savings(edition: "mtfs-2017-21") { lines(first: ${n}) { key } } }`, (d) => d.savings.lines, 500],
  ['an edition\'s unmapped lines', (n) => `{ savings(edition: "mtfs-2017-21") { unmappedLines(first: ${n}) { key } } }`, (d) => d.savings.unmappedLines, 500],
  ['a plan\'s suspect links', (n) => `{ plan(period: "2022-26") { suspectLinks(first: ${n}) { id } } }`, (d) => d.plan.suspectLinks, 500],
];

describe('lists that grow', () => {
  it.each(LISTS)('%s: `first` cuts the list, and a first past the maximum is refused naming it', async (_name, query, read, max) => {
    const all = read(await server.ask(query(max)));
    const one = read(await server.ask(query(1)));
    expect(one).toEqual(all.slice(0, 1));
    const over = await server.query(query(max + 1));
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(over.errors?.[0]?.message).toContain(`to ${max}`);
  });

  it('cuts a link\'s history to `first`, newest first, and refuses a first past 500', async () => {
    const editor = (await createToken(db, 'List bounds editor', 'editor', 'test')).token;
    const made = await server.query('mutation ($input: CreateLinkInput!) { createLink(input: $input) { id version } }',
      { input: { from: ACTION, to: SUB_5_4, kind: 'SUPPORTS', rationale: 'Active travel supports healthy weight.' } }, editor);
    expect(made.errors).toBeUndefined();
    const { id, version } = made.data!.createLink;
    const updated = await server.query('mutation ($id: ID!, $v: Int!) { updateLink(id: $id, expectedVersion: $v, input: { rationale: "Walking to school supports healthy weight." }) { version } }', { id, v: version }, editor);
    expect(updated.errors).toBeUndefined();
    const link = (await server.ask(`{ node(id: "${id}") { ... on Link { history { action } short: history(first: 1) { action } } } }`)).node;
    expect(link.history.length).toBeGreaterThan(1);
    expect(link.short).toEqual(link.history.slice(0, 1));
    const over = await server.query(`{ node(id: "${id}") { ... on Link { history(first: 501) { action } } } }`);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
