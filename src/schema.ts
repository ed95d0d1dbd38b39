/**
 * The SDL: schema/base.graphql (the schema's roots, directives and shared types) and then each domain's own
 * files, in the order src/modules.ts lists the domains. Every file in schema/ belongs to exactly one domain,
 * so a file nobody declared (or two declared) stops the server at start rather than going unserved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { modules } from './modules.js';

export const schemaDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../schema');

const BASE = 'base.graphql';

/** Which files each domain declares, checked against the folder's contents. */
export function schemaFilesInOrder(owners: readonly { name: string; typeDefs: readonly string[] }[], files: readonly string[]): string[] {
  const present = new Set(files.filter((f) => f.endsWith('.graphql')));
  const owned = new Map<string, string>();
  for (const { name, typeDefs } of owners) {
    for (const file of typeDefs) {
      const other = owned.get(file);
      if (other) throw new Error(`schema/${file} is declared by two domains, ${other} and ${name}: each SDL file belongs to one (its index.ts typeDefs).`);
      if (!present.has(file)) throw new Error(`The ${name} domain declares schema/${file}, which does not exist: create it or remove it from its index.ts typeDefs.`);
      owned.set(file, name);
    }
  }
  const orphans = [...present].filter((f) => f !== BASE && !owned.has(f));
  if (orphans.length) throw new Error(`No domain declares ${orphans.map((f) => `schema/${f}`).join(', ')}: add it to the typeDefs of the domain that resolves its types (src/domains/<domain>/index.ts).`);
  return [BASE, ...owned.keys()];
}

export function loadTypeDefs(dir = schemaDir): string {
  return schemaFilesInOrder(modules, readdirSync(dir)).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
}
