/**
 * GraphiQL served from the project itself: council networks and these machines are offline, and Apollo's
 * landing pages load from a CDN. The UMD builds of graphiql, react and react-dom come from node_modules;
 * nothing on the page leaves the server's origin.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { compressedOnFirstRequest } from './compressed-files.js';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.js';

const require = createRequire(import.meta.url);
const ASSETS: Record<string, string> = {
  'react.production.min.js': path.join(path.dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(path.dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.min.css': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export const GRAPHIQL_ASSET_PATH = '/graphiql-assets';

/** Serves the four asset files, and nothing else from node_modules; compressed, as they are 4 MB together. */
export function graphiqlAssets(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, compressedOnFirstRequest(file, 24 * 3600));
  }
  return router;
}

export function graphiqlPage(endpoint: string): string {
  // JSON in a <script> must not be able to close the tag.
  const tabs = JSON.stringify(GRAPHIQL_EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined })))
    .replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Golden Thread · GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${GRAPHIQL_ASSET_PATH}/react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultTabs = ${tabs};
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false })
    );
  </script>
</body>
</html>`;
}
