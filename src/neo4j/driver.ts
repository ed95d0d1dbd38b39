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

export function createDriver(target: Neo4jTarget): Driver {
  sendWithoutNagleDelay();
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // Plain JS numbers: every integer the graph holds (counts, pence) is far below 2^53.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'golden-thread',
  });
}
