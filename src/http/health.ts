/**
 * /healthz: the process is alive (always 200 while it serves). /readyz: the process can do its job — Neo4j
 * answers and the start-up work (migrations, seeds) is done; 503 with the reason otherwise, so a load
 * balancer stops sending traffic until it recovers by itself.
 */
import express, { type Router } from 'express';
import type { Database } from '../neo4j/database.js';
import type { Startup } from '../startup.js';

export function healthRoutes(db: Database, startup: Startup): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const neo4j = await db.isReachable();
    const ready = neo4j && startup.state.phase === 'ready';
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      neo4j: neo4j ? 'reachable' : 'unreachable',
      startup: startup.state.phase,
      // The reason is said in general terms: the details (paths, Cypher) are in the server log, not public.
      ...(!ready && startup.state.phase === 'failed' ? { reason: 'start-up failed (migrations or seed data); see the server log' } : {}),
      ...(!ready && !neo4j ? { reason: 'Neo4j is not reachable; retrying' } : {}),
    });
  });
  return router;
}
