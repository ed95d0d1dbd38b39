/**
 * `npm start`: the only file with side effects. Config → Neo4j (managed or NEO4J_URI) → start-up work in
 * the background (migrations, seeds) → HTTP server listening → URLs printed. SIGINT/SIGTERM: stop taking
 * requests, drain, close the driver, stop the managed Neo4j. A managed Neo4j that dies is restarted by its
 * supervisor (src/neo4j/managed/supervise-neo4j.ts); when that gives up, the same shutdown runs and the
 * process exits 1, for systemd or the container runtime to restart it.
 */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { ManagedNeo4jError } from './neo4j/managed/managed-neo4j-error.js';
import { connectNeo4j } from './neo4j/connect.js';
import { readyBanner } from './ready-banner.js';
import { createServer } from './server.js';
import { Startup } from './startup.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // The supervisor may give up before the shutdown below exists; the reason is kept until it does.
  let gaveUpEarly: string | undefined;
  let gaveUp = (reason: string) => void (gaveUpEarly = reason);
  const neo4j = await connectNeo4j(config, say, { role: 'api', logger, onGiveUp: (reason) => gaveUp(reason) });
  const startup = new Startup(neo4j.db, logger, { seedMode: config.seed.mode, seedsDir: config.seed.dir });
  const server = createServer({ config, db: neo4j.db, logger, startup, managedNeo4j: neo4j.managedStatus });
  await server.start();

  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new ConfigError(`Port ${config.port} on ${config.host} is already in use: stop the other process, or start with PORT=<another port>.`)
        : error);
    });
    server.httpServer.listen(config.port, config.host, resolve);
  });
  const address = server.httpServer.address();
  const base = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`;
  neo4j.announce(base);

  say('Preparing the graph (migrations, seed data when empty)...');
  void startup.run().then(() => {
    if (startup.state.phase === 'ready') {
      say(readyBanner(base, neo4j));
    } else if (startup.state.phase === 'failed') {
      say(`\nStart-up failed: ${startup.state.lastError}\nThe server is up but not ready (${base}/readyz says why). Fix the cause and restart.`);
    }
  });

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    neo4j.beginShutdown();
    say(`\n${signal}: stopping (draining requests, closing Neo4j)...`);
    const force = setTimeout(() => process.exit(1), 45_000);
    force.unref();
    try {
      await server.stop();
      await startup.stop();
      say('  HTTP server stopped; closing the Neo4j connection...');
    } finally {
      await neo4j.close();
    }
    say('Stopped.');
    process.exit(exitCode);
  };
  gaveUp = (reason) => {
    say(`\nGolden Thread cannot go on: ${reason}.`);
    void shutdown('Giving up', 1).catch(() => process.exit(1));
  };
  if (gaveUpEarly) gaveUp(gaveUpEarly);
  process.on('SIGINT', () => void shutdown('SIGINT').catch((e: Error) => { process.stderr.write(`shutdown failed: ${e.message}\n`); process.exit(1); }));
  process.on('SIGTERM', () => void shutdown('SIGTERM').catch((e: Error) => { process.stderr.write(`shutdown failed: ${e.message}\n`); process.exit(1); }));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ManagedNeo4jError) {
    process.stderr.write(`golden-thread: ${error.message}\n`);
  } else {
    process.stderr.write(`golden-thread: could not start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
