import { defineConfig } from 'vitest/config';

// Three tiers (README, "Test it"):
// - unit: pure modules, no Neo4j, no browser, no global setup; files run in parallel; seconds.
// - db: the API and the seed loader against a real Neo4j; files take turns with it.
// - e2e: the browser, whole processes and faults (several start further Neo4js); files take turns too.
// Run alone, each tier starts a Neo4j of its own; `npm test` (scripts/test.ts) starts one that db and e2e
// share in turn, and runs each tier as its own vitest process (db and e2e at once, each on its own, on request):
// in one process vitest queues every project whose files take turns into one line. A plain `vitest run`
// runs them all, one file at a time.

const withNeo4j = {
  globalSetup: ['tests/helpers/global-setup.ts'],
  fileParallelism: false,
  // Files take turns in one process that keeps its modules: the server's code is loaded and warmed once,
  // not per file (the db tier ran in 378 s so, 582 s isolated). Each file still builds its own server and
  // resets the graph; what modules keep (the prefetcher registry, the warm workbook worker) is not data.
  isolate: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Not isolated either: each worker loads the modules once for all its files (11 CPU-s for the tier, not
      // 27), so a unit test keeps no module state of its own and replaces nothing with vi.mock.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000, isolate: false } },
      { test: { name: 'db', include: ['tests/db/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/seeding/**/*.test.ts'], ...withNeo4j } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...withNeo4j } },
    ],
  },
});
