/**
 * The explorer's build: a static bundle under /explore/ that the API server serves (src/http/explorer-route.ts).
 * Everything is bundled (no CDN): the app must work on a machine with no internet.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~450 kB minified; one chunk per library keeps the app's own code quick to change.
    chunkSizeWarningLimit: 700,
    rollupOptions: { output: { manualChunks: { cytoscape: ['cytoscape', 'cytoscape-dagre'], d3: ['d3-sankey'] } } },
  },
  // `npx vite explorer` for development: the API runs separately (npm start) and /graphql (and the Word
  // document of a board's report) is proxied to it.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/reports': 'http://127.0.0.1:4000' } },
});
