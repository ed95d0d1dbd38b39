import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { silentLogger } from '../../src/logger.js';
import { maskErrors } from '../../src/server.js';

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
