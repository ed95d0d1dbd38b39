/**
 * The owner's watch over its managed Neo4j. When the JVM exits without being asked to (a crash, the OOM
 * killer's SIGKILL), the reason is logged (exit code or signal, and the tail of Neo4j's own log) and a fresh
 * JVM is started on the same data and the same port, so the API's driver, which keeps pointing there,
 * reconnects by itself; meanwhile requests get SERVICE_UNAVAILABLE from the driver as for any outage.
 * Attempts back off (restart-policy.ts); when the restarts are used up the supervisor gives up, says so in
 * status() (for /readyz) and the log, and calls onGiveUp so the process can exit for its own supervisor.
 */
import type { Logger } from '../../logger.js';
import { neo4jLogTail } from './log-tail.js';
import { describeExit, type Neo4jExit } from './neo4j-child.js';
import type { OwnerLock } from './owner-lock.js';
import { DEFAULT_RESTART_POLICY, RestartCounter, type RestartPolicy } from './restart-policy.js';
import { startManagedNeo4j, type ManagedNeo4j, type ManagedNeo4jOptions } from './start-neo4j.js';

export interface ManagedNeo4jStatus {
  state: 'running' | 'restarting' | 'gave-up' | 'stopped';
  /** Why it is not running, in words fit for /readyz (no paths, no log lines). */
  reason?: string;
}

export interface SupervisedNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  status(): ManagedNeo4jStatus;
  /**
   * Stops watching, at the start of a shutdown: under systemd's default KillMode the JVM gets the same
   * SIGTERM as the API and exits while the API still drains requests; that exit is expected, not a crash.
   */
  stopWatching(): void;
  /** Stops watching and stops the database cleanly. */
  stop(): Promise<void>;
}

export interface SuperviseOptions extends ManagedNeo4jOptions {
  lock: OwnerLock;
  logger: Logger;
  policy?: Partial<RestartPolicy>;
  onGiveUp?: (reason: string) => void;
}

export async function superviseManagedNeo4j(options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { lock, logger, dataDir } = options;
  const policy = { ...DEFAULT_RESTART_POLICY, ...options.policy };
  const counter = new RestartCounter(policy);
  let current: ManagedNeo4j = await startManagedNeo4j(options);
  const port = current.port;
  lock.update({ neo4jUri: current.uri });
  let status: ManagedNeo4jStatus = { state: 'running' };
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<ManagedNeo4j> | undefined;
  let downSince = 0;

  const giveUp = (last: string, details: Record<string, unknown>) => {
    const n = counter.failuresInARow;
    const reason = `the managed Neo4j failed ${n} time${n === 1 ? '' : 's'} in a row, so the API has stopped trying and exits for its supervisor (systemd, the container runtime) to restart it`;
    status = { state: 'gave-up', reason };
    // The last failure's details (exit, Neo4j's log) are here too: with GT_NEO4J_RESTARTS=0 nothing logged them before.
    logger.fatal({ ...details, failuresInARow: n, last, dataDir }, `Giving up on the managed Neo4j: ${reason}. Read the Neo4j log lines logged above (and ${dataDir}/home/logs/debug.log) for the cause.`);
    options.onGiveUp?.(reason);
  };

  /** After a failure: wait and try again, or give up. */
  const retry = (what: string, details: Record<string, unknown>) => {
    const next = counter.failed();
    if (!next) return giveUp(what, details);
    const seconds = next.delayMs / 1000;
    status = { state: 'restarting', reason: `${what}; restarting it (attempt ${next.attempt} of ${policy.maxRestarts}, in ${seconds} s)` };
    logger.error({ ...details, attempt: next.attempt, of: policy.maxRestarts, delayMs: next.delayMs }, `${what[0]!.toUpperCase()}${what.slice(1)}; restarting it in ${seconds} s (attempt ${next.attempt} of ${policy.maxRestarts}).`);
    timer = setTimeout(() => void restart(next.attempt), next.delayMs);
  };

  const watch = (neo4j: ManagedNeo4j) => {
    void neo4j.exited.then((exit: Neo4jExit) => {
      if (stopping || current !== neo4j) return;
      downSince = Date.now();
      retry(`the managed Neo4j stopped unexpectedly (${describeExit(exit)})`, { pid: neo4j.pid, exit: describeExit(exit), neo4jLog: neo4jLogTail(dataDir) });
    });
  };

  const restart = async (attempt: number) => {
    if (stopping) return;
    status = { state: 'restarting', reason: `the managed Neo4j stopped unexpectedly; restarting it (attempt ${attempt} of ${policy.maxRestarts}, starting now)` };
    pending = startManagedNeo4j({ ...options, port });
    try {
      const neo4j = await pending;
      if (stopping) return void (await neo4j.stop());
      current = neo4j;
      counter.up();
      status = { state: 'running' };
      logger.info({ pid: neo4j.pid, uri: neo4j.uri, downMs: Date.now() - downSince }, `The managed Neo4j is back on ${neo4j.uri}, ${((Date.now() - downSince) / 1000).toFixed(1)} s after it stopped.`);
      watch(neo4j);
    } catch (error) {
      if (stopping) return;
      retry('the managed Neo4j could not be restarted', { error: (error as Error).message });
    } finally {
      pending = undefined;
    }
  };

  const stopWatching = () => {
    stopping = true;
    clearTimeout(timer);
    status = { state: 'stopped', reason: 'the API is stopping' };
  };

  counter.up();
  watch(current);
  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    version: current.version,
    status: () => status,
    stopWatching,
    async stop() {
      stopWatching();
      const starting = await pending?.catch(() => undefined);
      await starting?.stop();
      await current.stop();
    },
  };
}
