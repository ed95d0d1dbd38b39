/**
 * The work done before the API is ready: migrations, then the seed data when the graph is empty. It runs in
 * the background and retries until Neo4j answers, so the server can start (and say 503 on /readyz) while
 * the database is down, and becomes ready by itself when it is back.
 */
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';
import { isUnavailable } from './neo4j/neo4j-errors.js';
import { applyMigrations } from './neo4j/migrations/apply-migrations.js';
import { loadSeeds } from './seeding/load-seeds.js';
import { isGraphEmpty } from './seeding/write-seed-graph.js';
import { ServiceUnavailableError } from './shared/errors.js';

export type StartupPhase = 'waiting-for-neo4j' | 'migrating' | 'seeding' | 'ready' | 'failed' | 'stopped';

export interface StartupOptions {
  seedMode: 'if-empty' | 'always' | 'never';
  seedsDir: string;
  retryMs?: number;
}

export class Startup {
  state: { phase: StartupPhase; lastError?: string } = { phase: 'waiting-for-neo4j' };
  private stopped = false;
  private done?: Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: StartupOptions,
  ) {}

  /** Starts the background work; the promise settles when ready, failed for good, or stopped. */
  run(): Promise<void> {
    this.done ??= this.loop();
    return this.done;
  }

  /** Stops retrying and waits for work in flight (a seed transaction) to finish, so the driver can close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.state = { phase: 'stopped' };
    await this.done?.catch(() => undefined);
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      try {
        await this.once();
        if (!this.stopped) this.state = { phase: 'ready' };
        return;
      } catch (error) {
        if (this.stopped) return;
        if (!(error instanceof ServiceUnavailableError) && !isUnavailable(error)) {
          // Bad seed files or a broken migration will not fix themselves: report and stay not-ready.
          this.state = { phase: 'failed', lastError: (error as Error).message };
          this.logger.error({ err: error }, 'start-up failed; fix the cause and restart');
          return;
        }
        attempt++;
        this.state = { phase: 'waiting-for-neo4j', lastError: 'Neo4j is not reachable' };
        if (attempt === 1 || attempt % 10 === 0) this.logger.warn({ attempt }, 'Neo4j is not reachable; retrying');
        await new Promise((r) => setTimeout(r, Math.min(this.options.retryMs ?? 1000 * attempt, 5000)));
      }
    }
  }

  private async once(): Promise<void> {
    this.state = { phase: 'migrating' };
    const applied = await applyMigrations(this.db);
    if (applied.length) this.logger.info({ applied }, 'migrations applied');
    const { seedMode, seedsDir } = this.options;
    if (seedMode === 'never') return;
    if (seedMode === 'if-empty' && !(await isGraphEmpty(this.db))) return;
    this.state = { phase: 'seeding' };
    const result = await loadSeeds(this.db, seedsDir);
    this.logger.info(result, result.status === 'loaded' ? 'seed data loaded' : 'seed data unchanged');
  }
}
