/**
 * GraphiQL served from the project itself: council networks and these machines are offline, and Apollo's
 * landing pages load from a CDN. The UMD builds of graphiql, react and react-dom come from node_modules;
 * nothing on the page leaves the server's origin.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.js';
import { compressedOnFirstRequest } from './compressed-files.js';

const require = createRequire(import.meta.url);
const ASSETS: Record<string, string> = {
  'react.production.min.js': path.join(path.dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(path.dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.min.css': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export const GRAPHIQL_ASSET_PATH = '/graphiql-assets';

/**
 * The page's own script and style, as files: the Content Security Policy (security-headers.ts) runs no
 * inline script. The examples travel in a JSON data block, which a browser never runs.
 */
const START_JS = `const tabs = JSON.parse(document.getElementById('graphiql-tabs').textContent);
const fetcher = GraphiQL.createFetcher({ url: document.getElementById('graphiql').dataset.endpoint });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false })
);
`;
const START_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** Serves the four asset files (and nothing else from node_modules; compressed, as they are 4 MB together), and the page's start-up script and style. */
export function graphiqlAssets(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, compressedOnFirstRequest(file, 24 * 3600));
  }
  router.get('/start.js', (_req, res) => res.type('text/javascript').set('cache-control', 'no-cache').send(START_JS));
  router.get('/start.css', (_req, res) => res.type('text/css').set('cache-control', 'no-cache').send(START_CSS));
  return router;
}

export function graphiqlPage(endpoint: string): string {
  // JSON in a <script> data block must not be able to close the tag.
  const tabs = JSON.stringify(GRAPHIQL_EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined })))
    .replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Golden Thread · GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.min.css">
  <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/start.css">
</head>
<body>
  <div id="graphiql" data-endpoint="${endpoint.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">Loading GraphiQL…</div>
  <script type="application/json" id="graphiql-tabs">${tabs}</script>
  <script src="${GRAPHIQL_ASSET_PATH}/react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/graphiql.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/start.js"></script>
</body>
</html>`;
}
