import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { OutageMemory } from '../../src/neo4j/outage-memory.js';
import { ResourceLimitError, ServiceUnavailableError } from '../../src/shared/errors.js';

// Errors as neo4j-driver 5 builds them from what Neo4j 5.26 sends (code and message as seen in the fault test).
const timedOut = () => new Neo4jError(
  'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client. You may want to retry with a longer timeout. ',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '25N06', 'error: transaction rollback');
const refused = () => new Neo4jError('Could not perform discovery. No routing servers available.', 'ServiceUnavailable', '08000', 'error: connection exception');

function at(start: number) {
  const clock = { now: start };
  return { clock, memory: new OutageMemory(30_000, () => clock.now) };
}

describe('a transaction timeout, read against the last outage', () => {
  it('is RESOURCE_LIMIT (ask for less) when Neo4j has not been unreachable', () => {
    const { memory } = at(1_000_000);
    const error = memory.translate(timedOut());
    expect(error).toBeInstanceOf(ResourceLimitError);
    expect((error as ResourceLimitError).extensions).toMatchObject({ code: 'RESOURCE_LIMIT', limit: 'neo4jQueryTimeout' });
  });

  it('is SERVICE_UNAVAILABLE (retry) within the window after Neo4j was unreachable, at its edge included', () => {
    const { clock, memory } = at(1_000_000);
    expect(memory.translate(refused())).toBeInstanceOf(ServiceUnavailableError);
    clock.now += 30_000;
    const error = memory.translate(timedOut());
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toMatch(/coming back after an outage.*retry in a few seconds/);
    expect(memory.limitOf(timedOut())).toBeInstanceOf(ServiceUnavailableError);
  });

  it('is RESOURCE_LIMIT again once the window has passed', () => {
    const { clock, memory } = at(1_000_000);
    memory.saw(refused());
    clock.now += 30_001;
    expect(memory.translate(timedOut())).toBeInstanceOf(ResourceLimitError);
  });

  it('counts only unavailability: another error does not open the window', () => {
    const { memory } = at(1_000_000);
    memory.saw(new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error: syntax error'));
    expect(memory.limitOf(timedOut())).toBeInstanceOf(ResourceLimitError);
  });
});
