/**
 * Whether a Neo4j answers on Bolt right now: the last of the facts checked before a running Neo4j is used
 * (a JVM that is alive may be starting, or shutting down, and refuse connections).
 */
import neo4j from 'neo4j-driver';

export async function answersBolt(target: { uri: string; user: string; password: string }, timeoutMs = 3000): Promise<boolean> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** Polls until the Neo4j answers or `timeoutMs` passes; `tick` is told the seconds waited every 5 s. */
export async function waitForBolt(target: { uri: string; user: string; password: string }, timeoutMs: number, tick: (seconds: number) => void): Promise<boolean> {
  const started = Date.now();
  let lastTick = started;
  while (Date.now() - started < timeoutMs) {
    if (await answersBolt(target)) return true;
    await new Promise((r) => setTimeout(r, 250));
    if (Date.now() - lastTick >= 5000) {
      lastTick = Date.now();
      tick(Math.round((lastTick - started) / 1000));
    }
  }
  return false;
}
