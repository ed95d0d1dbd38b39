import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { GRAPHIQL_EXAMPLES } from '../../src/http/graphiql-examples.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;

useSeededServer((env) => ({ db, server } = env));
let editor: string;
beforeAll(async () => {
  editor = (await createToken(db, 'GraphiQL examples', 'editor', 'test')).token;
});

describe('the example queries GraphiQL preloads', () => {
  it.each(GRAPHIQL_EXAMPLES.map((e) => [/(?:query|mutation) (\w+)/.exec(e.query)?.[1] ?? '?', e] as const))('%s runs without errors and returns data', async (_name, example) => {
    const result = await server.query(example.query, example.variables, example.asEditor ? editor : undefined);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/^\{("\w+":(null|\[\]),?)*\}$/);
  });
});

describe('docs/queries.md', () => {
  it('shows every example query (run `npm run docs:queries` after changing them)', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync('docs/queries.md', 'utf8');
    for (const example of GRAPHIQL_EXAMPLES) {
      const body = example.query.split('\n').slice(1).join('\n').trim();
      expect(page, body.split('\n')[0]).toContain(body);
    }
  });
});
