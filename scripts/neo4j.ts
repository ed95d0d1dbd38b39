/**
 * `npm run neo4j`: starts only the managed Neo4j (resolving it first if needed) and keeps it running until
 * Ctrl-C, for use with cypher-shell, Neo4j Browser or a notebook. Prints how to connect. It owns the Neo4j
 * as `npm start` would: it refuses a data folder that another process already runs, and restarts a Neo4j
 * that dies (giving up, and exiting 1, after GT_NEO4J_RESTARTS failures in a row).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openManagedNeo4j } from '../src/neo4j/managed/open-managed-neo4j.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig();
  let stop = async (_exitCode: number) => {};
  const neo4j = await openManagedNeo4j(
    { ...config.managedNeo4j, progress: say },
    { role: 'neo4j', logger: createLogger(config.logLevel), policy: { maxRestarts: config.managedNeo4j.maxRestarts }, onGiveUp: () => void stop(1) },
  );
  const passwordFile = path.join(config.managedNeo4j.dataDir, 'password');
  say(`\nNeo4j is running.\n  URI:       ${neo4j.target.uri}\n  user:      ${neo4j.target.user}\n  password:  in ${path.relative(process.cwd(), passwordFile)} (${readFileSync(passwordFile, 'utf8').trim().length} characters)\nPress Ctrl-C to stop.`);
  stop = async (exitCode: number) => {
    say('Stopping Neo4j...');
    await neo4j.close();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
} catch (error) {
  process.stderr.write(`neo4j: ${(error as Error).message}\n`);
  process.exit(1);
}
