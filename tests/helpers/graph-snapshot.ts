/**
 * A digest of everything in the thread (every Item node's labels and properties, every relationship
 * between Items with its properties), to prove that a load changed nothing.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/neo4j/database.js';

export interface GraphSnapshot {
  nodes: number;
  links: number;
  checksum: string;
}

/** Sorts object keys recursively so equal property maps serialise equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export async function snapshotThread(db: Database): Promise<GraphSnapshot> {
  const nodes = await db.read<{ key: string; labels: string[]; p: Record<string, unknown> }>(
    'test.snapshot.nodes',
    'MATCH (n:Item) RETURN n.key AS key, labels(n) AS labels, properties(n) AS p ORDER BY key',
  );
  const links = await db.read<{ a: string; type: string; b: string; p: Record<string, unknown> }>(
    'test.snapshot.links',
    'MATCH (a:Item)-[r]->(b:Item) RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS p ORDER BY a, type, b, r.key',
  );
  const checksum = createHash('sha256')
    .update(JSON.stringify(nodes.map((n) => [n.key, [...n.labels].sort(), canonical(n.p)])))
    .update(JSON.stringify(links.map((l) => [l.a, l.type, l.b, canonical(l.p)])))
    .digest('hex');
  return { nodes: nodes.length, links: links.length, checksum };
}
