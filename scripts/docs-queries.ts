/**
 * `npm run docs:queries`: writes docs/queries.md from the GraphiQL examples, each run against the seed data
 * (the configured Neo4j, or the managed one, loaded with seeds/ first), so the answers shown are real.
 * Long lists are cut to their first items in the page; the query itself is always whole.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { createContext, createExecutor } from '../src/context.js';
import { GRAPHIQL_EXAMPLES } from '../src/http/graphiql-examples.js';
import { silentLogger } from '../src/logger.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';
import { loadSeeds } from '../src/seeding/load-seeds.js';
import { createServer } from '../src/server.js';
import { Startup } from '../src/startup.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

function trim(value: unknown, keep = 3): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, keep).map((v) => trim(v, keep));
    return value.length > keep ? [...shown, `… ${value.length - keep} more`] : shown;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, keep)]));
  return value;
}

const config = loadConfig();
const neo4j = await connectNeo4j(config, say);
try {
  await applyMigrations(neo4j.db);
  await loadSeeds(neo4j.db, config.seed.dir);
  const startup = new Startup(neo4j.db, silentLogger, { seedMode: 'never', seedsDir: config.seed.dir });
  const server = createServer({ config, db: neo4j.db, logger: silentLogger, startup });
  await server.apollo.start();
  const sections: string[] = [];
  for (const example of GRAPHIQL_EXAMPLES) {
    const [comment, ...rest] = example.query.split('\n');
    const title = comment!.replace(/^#\s*/, '');
    // The server's executor plugin finishes the executor's read transaction when the answer is ready.
    const response = await server.apollo.executeOperation(
      { query: example.query, variables: example.variables },
      { contextValue: createContext(createExecutor(neo4j.db), silentLogger, example.asEditor ? { tokenId: 'docs', name: 'docs:queries', role: 'editor', scope: null } : null) },
    );
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    if (body?.errors) throw new Error(`example "${title}" failed: ${JSON.stringify(body.errors)}`);
    sections.push([
      `## ${title}`,
      '',
      '```graphql',
      rest.join('\n').trim(),
      '```',
      ...(example.variables ? ['', 'Variables:', '', '```json', JSON.stringify(example.variables, null, 2), '```'] : []),
      '',
      `Answer on the seed data (${body?.extensions?.cypherQueries ?? '?'} Cypher statements; long lists cut to their first items):`,
      '',
      '```json',
      JSON.stringify(trim(body?.data), null, 2),
      '```',
    ].join('\n'));
  }
  await server.apollo.stop();
  writeFileSync('docs/queries.md', [
    '# Queries: the analysts\' questions, answered',
    '',
    'Each question the analysts, boards and finance team ask that the API answers, as one GraphQL request, with its answer on the seed data.',
    'These are the examples GraphiQL opens with (`src/http/graphiql-examples.ts`); this page is generated from',
    'them by `npm run docs:queries`, and a test fails when an example is missing here.',
    '',
    '## Clients: many councils, and reading your own writes',
    '',
    'One deployment may hold many councils. Every look-up of a plan, outcome, sub-outcome, MTFS edition or savings',
    'line takes an optional `council` (its key, e.g. `lcc`, its name, or its place name, `Leicestershire`); without it',
    'the look-up means the deployment\'s default council (`GT_DEFAULT_COUNCIL`), so the queries below need none.',
    '`councils` lists them. Plans are found by their period in any of the papers\' wordings (`2022-26`, `2022-2026`,',
    '`2022 to 2026`), outcomes by any name they go by.',
    '',
    'Behind a load balancer, a read that follows a write may reach another API process (and, on a Neo4j cluster,',
    'a member that has not yet applied the write). A mutation\'s answer carries `extensions.bookmark`; send it back',
    'as the `x-neo4j-bookmark` header on the requests that follow, and their reads wait for that write:',
    '',
    '```js',
    'let bookmark;',
    'async function ask(query, variables, token) {',
    "  const headers = { 'content-type': 'application/json' };",
    "  if (token) headers.authorization = `Bearer ${token}`;",
    "  if (bookmark) headers['x-neo4j-bookmark'] = bookmark;",
    "  const answer = await (await fetch('https://plans.example.gov.uk/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) })).json();",
    '  bookmark = answer.extensions?.bookmark ?? bookmark; // keep the latest write\'s',
    '  return answer;',
    '}',
    '```',
    '',
    '```sh',
    "curl -s https://plans.example.gov.uk/graphql -H 'content-type: application/json' -H \"x-neo4j-bookmark: $BOOKMARK\" \\",
    "  -d '{\"query\": \"{ plan(council: \\\"lcc\\\", period: \\\"2022-26\\\") { title } }\"}'",
    '```',
    '',
    'The explorer does the same after a write. On a single server the header is accepted and costs nothing.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n'));
  say(`docs/queries.md written: ${sections.length} queries.`);
} finally {
  await neo4j.close();
}
