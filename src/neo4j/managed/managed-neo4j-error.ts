/** A problem starting the managed local Neo4j; its message says what is wrong and what to do. */
export class ManagedNeo4jError extends Error {
  override name = 'ManagedNeo4jError';
}
