/**
 * What `npm start` prints once the graph is ready: where to go next. Its own file so a test can open every
 * URL it names (tests/e2e/front-door.test.ts) without starting a process.
 */
export function readyBanner(base: string, neo4j: { uri: string; managed: boolean }): string {
  return [
    '',
    'Golden Thread is ready.',
    `  Explorer:  ${base}/explore/`,
    `  GraphiQL:  ${base}/graphql`,
    `  API:       POST ${base}/graphql`,
    `  Health:    ${base}/healthz  ${base}/readyz`,
    `  Neo4j:     ${neo4j.uri}${neo4j.managed ? ' (managed; password in .data/neo4j/password)' : ''}`,
    'Press Ctrl-C to stop.',
  ].join('\n');
}
