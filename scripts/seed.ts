/**
 * `npm run seed`: validates seeds/ and loads it into the configured Neo4j (NEO4J_URI, or the managed one),
 * in one transaction. Unchanged files change nothing; edited files update records in place.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';
import { loadSeeds } from '../src/seeding/load-seeds.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, say);
  try {
    await applyMigrations(neo4j.db);
    say(`Loading ${config.seed.dir} ...`);
    const result = await loadSeeds(neo4j.db, config.seed.dir, { force: process.argv.includes('--force') });
    say(result.status === 'unchanged'
      ? `Seeds unchanged (checksum ${result.checksum.slice(0, 12)}): nothing written.`
      : `Seeds loaded: ${result.nodes} items, ${result.links} links (${result.nodesCreated} new, ${result.retired} retired).`);
  } finally {
    await neo4j.close();
  }
} catch (error) {
  process.stderr.write(`seed: ${(error as Error).message}\n`);
  if (!(error instanceof ConfigError)) process.stderr.write('Nothing was written. Fix the problem above and run `npm run seed` again.\n');
  process.exit(1);
}
