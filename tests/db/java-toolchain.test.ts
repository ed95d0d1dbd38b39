/**
 * The machine's own Java and Maven, which the managed Neo4j of every db and e2e test needs: in this tier, so
 * the unit tier runs on a machine with no Java at all.
 */
import { describe, expect, it } from 'vitest';
import { findJavaToolchain } from '../../src/neo4j/managed/java-toolchain.js';

describe('the managed Neo4j prerequisites', () => {
  it('finds Java 17+ and Maven on this machine', () => {
    expect(findJavaToolchain().javaMajor).toBeGreaterThanOrEqual(17);
  });
});
