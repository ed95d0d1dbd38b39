import { describe, expect, it } from 'vitest';
import { jvmFlags } from '../../src/neo4j/managed/jvm-flags.js';

describe("the managed Neo4j's JVM flags", () => {
  it("keep Neo4j's G1 collector and put the caller's flags last", () => {
    const flags = jvmFlags(['-XX:CompileThresholdScaling=5']);
    expect(flags).toContain('-XX:+UseG1GC');
    expect(flags.at(-1)).toBe('-XX:CompileThresholdScaling=5');
  });

  it('name one collector only when the caller names another (the JVM refuses to start with two)', () => {
    const flags = jvmFlags(['-XX:+UseParallelGC', '-XX:CompileThresholdScaling=5']);
    expect(flags.filter((f) => /^-XX:\+Use\w+GC$/.test(f))).toEqual(['-XX:+UseParallelGC']);
    expect(flags).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });
});
