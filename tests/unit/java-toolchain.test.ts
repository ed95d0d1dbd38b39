import { describe, expect, it } from 'vitest';
import { findJavaToolchain } from '../../src/neo4j/managed/java-toolchain.js';
import { ManagedNeo4jError } from '../../src/neo4j/managed/managed-neo4j-error.js';

describe('the managed Neo4j prerequisites', () => {
  it('says Java is missing, how to install it, and the NEO4J_URI alternative, when JAVA_HOME points nowhere', () => {
    const attempt = () => findJavaToolchain('/nonexistent/jdk');
    expect(attempt).toThrow(ManagedNeo4jError);
    expect(attempt).toThrow(/Java was not found.*Java 17 or newer.*NEO4J_URI/s);
  });
});
