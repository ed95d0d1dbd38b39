import { defineConfig } from 'vitest/config';

// Three tiers (README, "Test it"):
// - unit: pure modules, no Neo4j, no browser, no global setup; files run in parallel; seconds.
// - db: the API and the seed loader against a real Neo4j of the tier's own; files take turns with it.
// - e2e: the browser, whole processes and faults, on a second Neo4j of their own (several start further
//   Neo4js); files take turns too.
// db and e2e run side by side on their own databases. Given one server to share (NEO4J_TEST_URI), e2e runs
// after db instead, since both tiers' files reset its graph.
const sharedServer = Boolean(process.env.NEO4J_TEST_URI);

const withNeo4j = {
  globalSetup: ['tests/helpers/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    reporters: ['default'],
    // The default is one worker on a 2-core machine, which would run the tiers one after the other: db and
    // e2e take one each (their files take turns), unit files share what is left.
    maxWorkers: 3,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000 } },
      { test: { name: 'db', include: ['tests/db/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/seeding/**/*.test.ts'], ...withNeo4j, sequence: { groupOrder: 0 } } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...withNeo4j, sequence: { groupOrder: sharedServer ? 1 : 0 } } },
    ],
  },
});
