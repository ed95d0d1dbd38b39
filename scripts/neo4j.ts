/**
 * `npm run neo4j`: starts only the managed Neo4j (resolving it first if needed) and keeps it running until
 * Ctrl-C, for use with cypher-shell, Neo4j Browser or a notebook. Prints how to connect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { startManagedNeo4j } from '../src/neo4j/managed/start-neo4j.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig();
  const neo4j = await startManagedNeo4j({ ...config.managedNeo4j, progress: say });
  const passwordFile = path.join(config.managedNeo4j.dataDir, 'password');
  say(`\nNeo4j is running.\n  URI:       ${neo4j.uri}\n  user:      ${neo4j.user}\n  password:  in ${path.relative(process.cwd(), passwordFile)} (${readFileSync(passwordFile, 'utf8').trim().length} characters)\nPress Ctrl-C to stop.`);
  const stop = async () => {
    say('Stopping Neo4j...');
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  process.stderr.write(`neo4j: ${(error as Error).message}\n`);
  process.exit(1);
}
