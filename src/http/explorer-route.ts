/**
 * The explorer (explorer/, built by Vite into explorer/dist) served under /explore: hashed assets cached for
 * good, and index.html for every other path under /explore so a shared deep link (/explore/alignment?cell=…)
 * opens its view. The app talks to this server's /graphql only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const EXPLORER_PATH = '/explore';
export const EXPLORER_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../explorer/dist');

export function explorerRoutes(dist = EXPLORER_DIST): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  router.get(EXPLORER_PATH, (_req, res) => res.redirect(301, `${EXPLORER_PATH}/`));
  router.use(`${EXPLORER_PATH}/assets`, express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(EXPLORER_PATH, express.static(dist, { index: false, maxAge: 0 }));
  router.get(`${EXPLORER_PATH}/{*view}`, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The explorer is not built yet: run `npm run build:explorer` (npm start and npm test build it when missing), then reload.');
      return;
    }
    res.set('cache-control', 'no-cache').sendFile(index);
  });
  return router;
}
