/**
 * The explorer (explorer/, built by Vite into explorer/dist) served under /explore: hashed assets cached for
 * good, and index.html for every other path under /explore so a shared deep link (/explore/alignment?cell=…)
 * opens its view. Files go out compressed when the build wrote .br/.gz siblings (src/http/compressed-files.ts).
 * The app talks to this server's /graphql only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { compressedStatic, sendFileCompressed } from './compressed-files.js';

export const EXPLORER_PATH = '/explore';
export const EXPLORER_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../explorer/dist');

export function explorerRoutes(dist = EXPLORER_DIST): Router {
  // Strict: without it `/explore` also matches `/explore/`, and the redirect below sent /explore/ to itself.
  const router = express.Router({ strict: true });
  const index = path.join(dist, 'index.html');
  const assets = path.join(dist, 'assets');
  router.get(EXPLORER_PATH, (req, res) => {
    const at = req.originalUrl.indexOf('?');
    res.redirect(301, `${EXPLORER_PATH}/${at < 0 ? '' : req.originalUrl.slice(at)}`);
  });
  const cachedForGood = { immutable: true, maxAge: '365d' };
  // A missing asset is a 404 (from express.static), never index.html in its place.
  router.use(`${EXPLORER_PATH}/assets`, compressedStatic(assets, cachedForGood), express.static(assets, { ...cachedForGood, fallthrough: false }));
  router.use(EXPLORER_PATH, compressedStatic(dist, { maxAge: 0 }));
  router.get(`${EXPLORER_PATH}/{*view}`, (req, res, next) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The explorer is not built yet: run `npm run build:explorer` (npm start and npm test build it when missing), then reload.');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    void sendFileCompressed(req, res, index, {}, (error) => error && !res.headersSent && next(error));
  });
  return router;
}
