/**
 * A transaction timeout soon after Neo4j was unreachable is the outage, not the request. When Neo4j starts
 * again it accepts connections before its database is online; a transaction begun then waits, and can run past
 * its timeout on a one-line read. Seen in the fault test (tests/e2e/neo4j-faults.test.ts): four trivial reads,
 * begun while Neo4j was restarting, came back as "took longer than the database allows: ask for less", which
 * tells a client not to retry a request that would succeed seconds later. So the process remembers when it
 * last found Neo4j unreachable, and a timeout within a window of that is SERVICE_UNAVAILABLE (retry). A request
 * too big for the timeout at that moment is told to retry, and on the retry gets RESOURCE_LIMIT as ever.
 */
import { ServiceUnavailableError, type ClientError } from '../shared/errors.js';
import { isTimeout, isUnavailable, resourceLimitOf, translateNeo4jError } from './neo4j-errors.js';

const COMING_BACK = 'The graph database is coming back after an outage and could not answer in time; retry in a few seconds. If it persists, check /readyz and the server log.';

export class OutageMemory {
  private lastSeen = Number.NEGATIVE_INFINITY;

  /** `windowMs`: how long after Neo4j was last unreachable a timeout is still read as the outage. */
  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes the moment, when `error` says Neo4j is unreachable. */
  saw(error: unknown): void {
    if (isUnavailable(error)) this.lastSeen = this.now();
  }

  /** Neo4j's limit for `error` (thrown at once inside a transaction function, so the driver does not retry). */
  limitOf(error: unknown): ClientError | undefined {
    if (isTimeout(error) && this.recently()) return new ServiceUnavailableError(COMING_BACK);
    return resourceLimitOf(error);
  }

  /** The application's error for a driver error (neo4j-errors.ts), with a timeout just after an outage told to retry. */
  translate(error: unknown): unknown {
    this.saw(error);
    return this.limitOf(error) ?? translateNeo4jError(error);
  }

  private recently(): boolean {
    return this.now() - this.lastSeen <= this.windowMs;
  }
}
