/**
 * Each API request's identity and its one access log line. The id is made here, before anything else runs,
 * so the `x-request-id` header a client sees, the request's log lines, its Neo4j transactions' metadata and
 * the audit events of its changes all carry the same value: a user quoting it lets an operator find all of
 * them. An `x-request-id` sent by a client (a proxy's, say) is kept as `clientRequestId` in the log, never
 * used as ours, so nobody can choose the id their changes are audited under.
 */
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { Logger } from '../logger.js';
import type { RequestExecutor } from '../neo4j/executor.js';

/** What the access line reports about a request, filled in as the request runs. */
export interface RequestFacts {
  id: string;
  logger: Logger;
  startedAt: bigint;
  executor?: RequestExecutor;
  role?: string;
}

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestFactsOf(res: express.Response): RequestFacts | undefined {
  return res.locals.goldenThread as RequestFacts | undefined;
}

/** Gives the request its id and logger, answers the id in `x-request-id`, logs one line when it ends. */
export function requestLog(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    const header = req.get('x-request-id');
    const clientRequestId = header && CLIENT_ID.test(header) ? header : undefined;
    const facts: RequestFacts = { id, logger: logger.child({ requestId: id }), startedAt: process.hrtime.bigint() };
    res.locals.goldenThread = facts;
    res.set('x-request-id', id);
    res.once('close', () => {
      const durationMs = Number(process.hrtime.bigint() - facts.startedAt) / 1e6;
      facts.logger.info({
        method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10,
        operation: facts.executor?.metadata.operationName ?? null, statements: facts.executor?.statements ?? 0,
        roundTrips: facts.executor?.roundTrips ?? 0, role: facts.role ?? 'anonymous', clientRequestId,
        // A client that went away before its answer was sent: worth seeing beside the slow requests.
        ...(res.writableFinished ? {} : { aborted: true }),
      }, 'request');
    });
    next();
  };
}
