/**
 * The per-request executor: the only way a GraphQL request reaches Neo4j. Made in createContext, closed when
 * the response is sent (or the client goes away). It owns:
 *
 * - the statement count (every statement: reads, writes, the token look-up), reported in
 *   `extensions.cypherQueries`;
 * - transaction metadata naming the request id and the GraphQL operation (Neo4j's query log and
 *   `SHOW TRANSACTIONS` show which request a slow statement belongs to);
 * - ONE read transaction per request, begun on its first read and committed when the response goes out, so a
 *   question's statements share one session, one connection and one BEGIN/COMMIT. The driver pipelines
 *   statements sent while others are still streaming, so loaders that fire in the same tick still go out
 *   together. The commit is not awaited by the response: a read transaction has nothing to lose.
 * - writes: each `writeTransaction` is its own managed (retried) write transaction, as before. The read
 *   transaction is finished first and the next read begins a new one, so a mutation's answer reads the
 *   graph as its own write left it (the session's bookmarks wait for that commit on a cluster).
 * - read-your-writes across API processes: the bookmarks the client sent (`x-neo4j-bookmark`, from an
 *   earlier mutation's `extensions.bookmark`) begin every transaction of the request, so its reads wait for
 *   that commit on whichever cluster member serves them; the bookmarks of this request's last write are
 *   kept in `lastBookmarks` for the answer's `extensions.bookmark`. A bookmark Neo4j refuses fails the
 *   request (it is never silently dropped).
 *
 * A statement that fails in the shared transaction fails that field only: the broken transaction is rolled
 * back and the next read begins a fresh one. Repositories take the `Executor` interface, which the
 * process-wide `Database` implements too (scripts, start-up work and seeds have no request).
 */
import type { ManagedTransaction, RecordShape, Session, Transaction } from 'neo4j-driver';
import type { Database, Executor, Params } from './database.js';
import { bookmarkErrorOf, resourceLimitOf } from './neo4j-errors.js';

export interface RequestMetadata {
  requestId: string;
  /** Bookmarks the client sent: every transaction of the request waits for them. */
  bookmarks?: readonly string[];
  /** The GraphQL operation's name when the client gave one; refined once the operation is resolved. */
  operationName?: string | null;
}

export class RequestExecutor implements Executor {
  /** Statements sent for this request so far. */
  statements = 0;
  /**
   * Sequential waves of statements: a statement sent while none of this request's is in flight starts a
   * new one (loaders that fire in the same tick share a wave). A question's latency grows with this.
   */
  roundTrips = 0;
  /** The bookmarks of this request's latest committed write, for the client to send back. */
  lastBookmarks: string[] | undefined;
  /**
   * The scope of the token the request is made with (null: none, or no token). Every statement this executor
   * writes with an `audit` parameter (src/domains/history/audit-event.ts) gets it as `audit.scope`, so each
   * audit event a scoped token causes records its scope without every writer having to pass it on.
   */
  private auditScope: string | null = null;
  private session: Session | undefined;
  private tx: Transaction | undefined;
  private inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly db: Database,
    readonly metadata: RequestMetadata,
  ) {}

  /** Sets the scope the request's audit events record (the caller's token's, once it is known). */
  actFor(scope: string | null): void {
    this.auditScope = scope;
  }

  /** Names the operation in the metadata of transactions begun from now on. */
  nameOperation(name: string | null | undefined): void {
    if (name) this.metadata.operationName = name;
  }

  async read<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}): Promise<T[]> {
    this.statements++;
    if (this.inFlight.size === 0) this.roundTrips++;
    this.db.observeStatement(operation, cypher, params);
    // After close (a client that went away while resolvers still run) a read gets a session of its own,
    // so nothing is left open.
    if (this.closed) return this.db.read<T>(operation, cypher, params, this.metadata.bookmarks);
    const tx = this.readTransaction();
    const run = (async () => {
      try {
        const result = await tx.run<T>(cypher, params);
        return result.records.map((r) => r.toObject());
      } catch (error) {
        // When one statement fails, Neo4j fails every statement pipelined after it in the transaction with
        // the same error, and the driver cannot say which was first. So each is sent once more, alone, in a
        // transaction of its own: the innocent ones answer, the culprit fails again. Not for Neo4j's own
        // limits (time, memory): those would only be hit twice.
        this.discard(tx);
        this.db.outages.saw(error);
        if (!resourceLimitOf(error) && !bookmarkErrorOf(error)) return { retry: true } as const;
        throw bookmarkErrorOf(error) ?? this.db.outages.translate(error);
      }
    })();
    this.inFlight.add(run);
    let outcome: Awaited<typeof run>;
    try {
      outcome = await run;
    } finally {
      this.inFlight.delete(run);
    }
    if (Array.isArray(outcome)) return outcome;
    this.statements++;
    return this.db.read<T>(operation, cypher, params, this.metadata.bookmarks);
  }

  async write<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTransaction(operation, async (tx) => {
      const result = await tx.run<T>(cypher, params);
      return result.records.map((r) => r.toObject());
    });
  }

  async writeTransaction<R>(operation: string, work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    await this.finishRead();
    const counted = (tx: ManagedTransaction): Promise<R> => work(countingTransaction(tx, (cypher, params) => {
      this.statements++;
      this.roundTrips++;
      this.db.observeStatement(operation, cypher, params);
    }, this.auditScope));
    return this.db.writeTransaction(operation, counted, timeoutMs, this.transactionMetadata(operation), {
      bookmarks: this.metadata.bookmarks,
      committed: (bookmarks) => void (this.lastBookmarks = bookmarks),
    });
  }

  /** Commits the read transaction (after any statement still streaming) and releases the session. */
  async close(): Promise<void> {
    this.closed = true;
    await this.finishRead();
  }

  private readTransaction(): Transaction {
    if (this.tx) return this.tx;
    this.session = this.db.readSession(this.metadata.bookmarks);
    this.tx = this.session.beginTransaction({ timeout: this.db.timeoutMs, metadata: this.transactionMetadata('request') });
    return this.tx;
  }

  private transactionMetadata(operation: string): Record<string, string> {
    return {
      app: 'golden-thread',
      operation,
      requestId: this.metadata.requestId,
      ...(this.metadata.operationName ? { graphqlOperation: this.metadata.operationName } : {}),
    };
  }

  /** A statement failed: the transaction is unusable, so roll it back and let the next read begin anew. */
  private discard(tx: Transaction): void {
    if (this.tx !== tx) return;
    const session = this.session;
    this.tx = undefined;
    this.session = undefined;
    void (async () => {
      try {
        if (tx.isOpen()) await tx.rollback();
      } catch {
        // Already failed or closed by the server: nothing to give back.
      } finally {
        await session?.close().catch(() => undefined);
      }
    })();
  }

  private async finishRead(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    const tx = this.tx;
    const session = this.session;
    this.tx = undefined;
    this.session = undefined;
    if (!tx) return;
    try {
      if (tx.isOpen()) await tx.commit();
    } catch (error) {
      // A read transaction has nothing to commit; a failure here only matters to the log.
      throw this.db.outages.translate(error);
    } finally {
      await session?.close();
    }
  }
}

/** The same transaction, with every `run` reported first (the count and the statement observer). */
/** A statement's parameters with the caller's scope in its `audit` parameter, when it has one and a scope applies. */
function withAuditScope(params: Params | undefined, scope: string | null): Params | undefined {
  const audit = params?.audit;
  if (!scope || typeof audit !== 'object' || audit === null) return params;
  return { ...params, audit: { ...(audit as Record<string, unknown>), scope } };
}

function countingTransaction(tx: ManagedTransaction, onRun: (cypher: string, params: Params) => void, auditScope: string | null): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'run') {
        return (cypher: string, params?: Params) => {
          const stamped = withAuditScope(params, auditScope);
          onRun(cypher, stamped ?? {});
          return target.run(cypher, stamped);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
