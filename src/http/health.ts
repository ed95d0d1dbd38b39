/**
 * /healthz: the process is alive (always 200 while it serves). /readyz: the process can do its job — Neo4j
 * answers and the start-up work (migrations, seeds) is done; 503 with the reason otherwise, so a load
 * balancer stops sending traffic until it recovers by itself. When this process owns the managed Neo4j, its
 * state (running, restarting, given up) is part of the answer, since it says whether waiting will help.
 */
import express, { type Router } from 'express';
import type { Database } from '../neo4j/database.js';
import type { ManagedNeo4jStatus } from '../neo4j/managed/supervise-neo4j.js';
import type { Startup } from '../startup.js';
import type { RateLimitStatus } from './rate-limit-store.js';

/**
 * The rate limits' store is reported but never makes the API unready: with Redis unreachable it serves
 * with per-process limits (fail open), and says so here.
 */
export function healthRoutes(db: Database, startup: Startup, managedNeo4j?: () => ManagedNeo4jStatus, rateLimits?: () => RateLimitStatus): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // Bounded, so a load balancer's probe gets its 503 at once even while Neo4j's port hangs (a JVM that
    // is stopped or starting accepts the connection and says nothing).
    const neo4j = await Promise.race([db.isReachable(), new Promise<boolean>((r) => setTimeout(r, 2000, false).unref())]);
    const managed = managedNeo4j?.();
    const ready = neo4j && startup.state.phase === 'ready' && (!managed || managed.state === 'running');
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      neo4j: neo4j ? 'reachable' : 'unreachable',
      startup: startup.state.phase,
      ...(managed ? { managedNeo4j: managed.state } : {}),
      ...(rateLimits ? { rateLimits: rateLimits() } : {}),
      // The reason is said in general terms: the details (paths, Cypher) are in the server log, not public.
      ...(!ready && startup.state.phase === 'failed' ? { reason: 'start-up failed (migrations or seed data); see the server log' } : {}),
      ...(!ready && !neo4j ? { reason: 'Neo4j is not reachable; retrying' } : {}),
      ...(!ready && managed?.reason ? { reason: managed.reason } : {}),
    });
  });
  return router;
}
