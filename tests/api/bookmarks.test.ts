/**
 * Read-your-writes across API processes: a mutation's answer carries the bookmark of its commit
 * (`extensions.bookmark`), and a request that sends it back (`x-neo4j-bookmark`) begins its transactions
 * with it. On this single server the wait is always over at once; what can fail here is the contract: the
 * bookmark is given, it is passed to Neo4j (which refuses one it never issued: a 400 naming the header), and
 * a malformed one is refused before any work. Two API processes: tests/e2e/two-replicas.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'bookmarks', 'editor', 'test')).token;
});

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
}

const CREATE = 'mutation($input: CreateAimInput!) { createAim(input: $input) { id text } }';
const READ = 'query($id: ID!) { node(id: $id) { ... on Aim { text } } }';

describe('bookmarks of writes', () => {
  it('gives a mutation\'s commit as extensions.bookmark, and reads sent with it see the write', async () => {
    const created = await post(CREATE, { input: { subOutcome: toGlobalId('SubOutcome', '2022-26/9.3'), text: 'Aim written before a read elsewhere' } }, { authorization: `Bearer ${editor}` });
    expect(created.body.errors).toBeUndefined();
    const bookmark = created.body.extensions?.bookmark;
    expect(typeof bookmark).toBe('string');
    expect(String(bookmark)).toMatch(/^\S+$/);
    const read = await post(READ, { id: created.body.data.createAim.id }, { 'x-neo4j-bookmark': String(bookmark) });
    expect(read.status).toBe(200);
    expect(read.body.data.node).toEqual({ text: 'Aim written before a read elsewhere' });
  });

  it('gives no bookmark for a request that wrote nothing', async () => {
    const read = await post('{ councils { key } }', {});
    expect(read.body.extensions?.bookmark).toBeUndefined();
  });

  it('passes the header to Neo4j: a bookmark it never issued is refused with a 400 naming the header', async () => {
    const read = await post('{ plans { key } }', {}, { 'x-neo4j-bookmark': 'FB:not-a-bookmark-of-this-database' });
    expect(read.status).toBe(400);
    expect(read.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(read.body.errors?.[0]?.message).toMatch(/^Header "x-neo4j-bookmark": Neo4j does not know that bookmark/);
  });

  it('refuses a malformed header before any work', async () => {
    const read = await post('{ plans { key } }', {}, { 'x-neo4j-bookmark': 'two words' });
    expect(read.status).toBe(400);
    expect(read.body.errors?.[0]?.message).toMatch(/^Header "x-neo4j-bookmark": a bookmark is up to 512 printable characters/);
  });
});
