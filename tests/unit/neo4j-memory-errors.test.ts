import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateNeo4jError } from '../../src/neo4j/neo4j-errors.js';
import { ResourceLimitError, ServiceUnavailableError } from '../../src/shared/errors.js';

// Neo4j 5's two memory errors: each names the setting whose threshold was reached.
const oneTransaction = () => new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 8.0 MiB. Currently using 7.0 MiB. db.memory.transaction.max threshold reached',
  'Neo.TransientError.General.TransactionMemoryLimit', '51N73', 'error: system configuration or operation exception - transaction memory limit reached');
const sharedPool = () => new Neo4jError(
  'The allocation of an extra 4.0 MiB would use more than the limit 358.4 MiB. Currently using 356.0 MiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '51N72', 'error: system configuration or operation exception - memory pool out of memory');

describe("Neo4j's memory limits, as a client hears them", () => {
  it("one transaction's limit is RESOURCE_LIMIT naming it: the same request would fail the same way", () => {
    const error = translateNeo4jError(oneTransaction());
    expect(error).toBeInstanceOf(ResourceLimitError);
    expect((error as ResourceLimitError).extensions).toMatchObject({ code: 'RESOURCE_LIMIT', limit: 'neo4jTransactionMemory' });
  });

  it('the pool all transactions share is SERVICE_UNAVAILABLE naming its setting: others held the memory, so a retry may pass', () => {
    const error = translateNeo4jError(sharedPool());
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toMatch(/dbms\.memory\.transaction\.total\.max.*nothing it would have written was kept.*Retry in a few seconds/);
    expect((error as Error).message).not.toMatch(/db\.memory\.transaction\.max\b/);
  });
});
