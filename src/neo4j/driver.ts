/**
 * Creates the neo4j-driver Driver. Timeouts are short on purpose: when Neo4j is down a request should get
 * SERVICE_UNAVAILABLE in seconds, not hang for the driver's default 30 s of retries.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { sendWithoutNagleDelay } from './no-delay.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** The default size of the connection pool (NEO4J_MAX_CONNECTIONS): see the comment on the pool below. */
export const DEFAULT_MAX_CONNECTIONS = 10;

export function createDriver(target: Neo4jTarget, maxConnections = DEFAULT_MAX_CONNECTIONS): Driver {
  sendWithoutNagleDelay();
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // Plain JS numbers: every integer the graph holds (counts, pence) is far below 2^53.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 5_000,
    // The pool bounds how many statements run in Neo4j at once; the rest wait here, where waiting does not
    // count against the transaction timeout. Under load (npm run load: 64 clients, each request several
    // statements at once, on a busy 2-core machine) 50 and then 24 connections let so many statements share
    // the CPU that some ran past the 15 s timeout; 10 keeps each one quick. Waiting for a connection is
    // queueing, not an outage (a dead Neo4j fails at connectionTimeout), so it may last up to a minute.
    // A Neo4j with more cores wants more: NEO4J_MAX_CONNECTIONS (about 4-5 per core Neo4j has is a start).
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: maxConnections,
    userAgent: 'golden-thread',
  });
}
