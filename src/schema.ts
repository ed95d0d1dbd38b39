/** The SDL, read from schema/*.graphql (one file per domain) in a stable order. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const schemaDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../schema');

export function loadTypeDefs(dir = schemaDir): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
