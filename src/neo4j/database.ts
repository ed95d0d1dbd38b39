/**
 * All driver work goes through here: a session per call, closed in `finally`; reads in read transactions
 * (so a cluster routes them to followers), writes in write transactions; transaction metadata naming the
 * operation (visible in Neo4j's query log and `SHOW TRANSACTIONS`); a timeout on every transaction; and one
 * translation of driver errors. Repositories call `read`/`write` with one named Cypher statement, through the
 * `Executor` interface: a GraphQL request passes its own (src/neo4j/executor.ts: one read transaction per
 * request, every statement counted); scripts, start-up work and seeds pass this process-wide Database.
 *
 * Every session shares one bookmark manager, so on a cluster a read never sees the graph as it was before a
 * write this process has committed (an analyst who saves a link and reloads sees it, even when the read is
 * routed to a follower that must first catch up). On a single server the bookmarks are always satisfied.
 * Across several API processes a request carries the bookmarks its client was given after a write
 * (`x-neo4j-bookmark`): a session begun with them waits for those commits wherever it runs, and a write
 * reports the bookmarks of its commit for the client to pass on (docs/scaling.md).
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import { OutageMemory } from './outage-memory.js';

export type Params = Record<string, unknown>;

/** What repositories need of the database: named, parameterised statements, and all-or-nothing writes. */
export interface Executor {
  /** Runs one read statement and returns its records as plain objects. */
  read<T extends RecordShape = RecordShape>(operation: string, cypher: string, params?: Params): Promise<T[]>;
  /** Runs one write statement in its own transaction. */
  write<T extends RecordShape = RecordShape>(operation: string, cypher: string, params?: Params): Promise<T[]>;
  /** Several statements that must land together or not at all. */
  writeTransaction<R>(operation: string, work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R>;
}

/** Bookmarks to wait for before a transaction, and who hears the bookmarks of its commit. */
export interface CommitOptions {
  bookmarks?: readonly string[];
  committed?: (bookmarks: string[]) => void;
}

interface RunOptions extends CommitOptions {
  timeoutMs?: number;
  metadata?: Record<string, string>;
}

/** Sees every statement sent through the API's executors (the query-plan test EXPLAINs what it saw). */
export type StatementObserver = (operation: string, cypher: string, params: Params) => void;

export class Database implements Executor {
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  /** Every failure this process's transactions meet passes here (outage-memory.ts). */
  readonly outages: OutageMemory;

  constructor(
    readonly driver: Driver,
    private readonly options: { database?: string; timeoutMs: number; observe?: StatementObserver },
  ) {
    // The last failure this process sees can precede the BEGIN by the driver's hidden retries (5 s) and a
    // connection attempt (3 s, src/neo4j/driver.ts); the timeout comes one timeout after the BEGIN, or later
    // when Neo4j is slow to bring the database online. Twice the timeout and ten seconds cover that.
    this.outages = new OutageMemory(2 * options.timeoutMs + 10_000);
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** Reports a statement to the observer, if any (a no-op in production). */
  observeStatement(operation: string, cypher: string, params: Params): void {
    this.options.observe?.(operation, cypher, params);
  }

  /**
   * A read session sharing the process's bookmarks, for a request's one read transaction (executor.ts);
   * `bookmarks` (a client's, from another API process) are waited for too.
   */
  readSession(bookmarks?: readonly string[]): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: 'READ', bookmarkManager: this.bookmarks, bookmarks: bookmarks ? [...bookmarks] : undefined });
  }

  async read<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}, bookmarks?: readonly string[]): Promise<T[]> {
    return this.run('READ', operation, async (tx) => {
      const result = await tx.run<T>(cypher, params);
      return result.records.map((r) => r.toObject());
    }, { bookmarks });
  }

  async write<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.run('WRITE', operation, async (tx) => {
      const result = await tx.run<T>(cypher, params);
      return result.records.map((r) => r.toObject());
    });
  }

  /**
   * `metadata` (a request's id and operation, from its executor) is added to the transaction's; `bookmarks`
   * are waited for first, and `committed` hears the bookmarks of this transaction's commit.
   */
  async writeTransaction<R>(operation: string, work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number, metadata?: Record<string, string>, commit: CommitOptions = {}): Promise<R> {
    return this.run('WRITE', operation, work, { timeoutMs, metadata, ...commit });
  }

  private async run<R>(mode: 'READ' | 'WRITE', operation: string, work: (tx: ManagedTransaction) => Promise<R>, options: RunOptions = {}): Promise<R> {
    const { timeoutMs, metadata, bookmarks, committed } = options;
    const session = this.driver.session({
      database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks, bookmarks: bookmarks ? [...bookmarks] : undefined,
    });
    const config = { timeout: timeoutMs ?? this.options.timeoutMs, metadata: { app: 'golden-thread', operation, ...metadata } };
    // Neo4j marks its memory limit as a transient error, which the driver would retry (the same heavy work,
    // again and again) until its retry time runs out; a limit is thrown as ours at once instead.
    const bounded = async (tx: ManagedTransaction) => {
      try {
        return await work(tx);
      } catch (error) {
        throw this.outages.limitOf(error) ?? error;
      }
    };
    try {
      const result = mode === 'READ' ? await session.executeRead(bounded, config) : await session.executeWrite(bounded, config);
      committed?.(session.lastBookmarks());
      return result;
    } catch (error) {
      throw this.outages.translate(error);
    } finally {
      await session.close();
    }
  }

  /** True when the server answers; never throws. */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch (error) {
      this.outages.saw(error);
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
