import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { silentLogger } from '../../src/logger.js';
import { errorLogPlugin, maskErrors } from '../../src/http/error-masking.js';
import { captureLog } from '../helpers/captured-log.js';

describe('errors sent to clients', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { broken: String, unavailable: String }',
    resolvers: {
      Query: {
        broken: () => {
          throw new Error('Neo4jError: Invalid input near MATCH (n:Secret) at /srv/app/src/x.ts:10');
        },
      },
    },
    formatError: maskErrors(silentLogger),
    includeStacktraceInErrorResponses: false,
  });

  it('never carry the internal message, Cypher or a stack trace, only an error id to report', async () => {
    const response = await server.executeOperation({ query: '{ broken }' });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const error = body?.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toMatch(/^Internal server error \(error id [0-9a-f-]{36}\)/);
    expect(JSON.stringify(body)).not.toMatch(/MATCH|Neo4jError|\/srv\/app|stacktrace/);
  });

  it('keep validation errors as GraphQL reports them, so a client can fix the query', async () => {
    const response = await server.executeOperation({ query: '{ nosuchfield }' });
    const error = response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/nosuchfield/);
  });
});

describe('an internal error in the server log', () => {
  it("is logged once, by the request's own logger (so with its request id), under the error id the client is shown", async () => {
    const { logger, lines } = captureLog();
    const server = new ApolloServer<{ logger: typeof logger }>({
      typeDefs: 'type Query { broken: String }',
      resolvers: { Query: { broken: () => { throw new Error('Neo4jError: something internal'); } } },
      formatError: maskErrors(silentLogger),
      plugins: [errorLogPlugin() as never],
    });
    const response = await server.executeOperation({ query: '{ broken }' }, { contextValue: { logger: logger.child({ requestId: 'request-7' }) } });
    const error = response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
    const errorId = error?.extensions?.errorId;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.filter((l) => l.msg === 'internal error in a GraphQL request');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId: 'request-7', errorId, level: 50 });
    expect(logged[0]!.err.message).toMatch(/something internal/);
  });
});
