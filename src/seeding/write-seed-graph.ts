/**
 * Writes a compiled seed graph in ONE transaction: either everything lands or nothing does. Loading the
 * same files twice is a no-op (the batch checksum is kept on a SeedState node), and loading edited files
 * updates records in place by key. A record that disappears from the files is retired (`retiredAt` set),
 * never deleted, so analysts' links and history that point at it survive. A seed *link* that disappears
 * (an action moved to another aim, an owner changed) is deleted: the files in git are its history, and a
 * stale parent link kept in place would show the item under two parents.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j/database.js';
import { SEED_LABELS, type SeedGraph, type SeedLink, type SeedNode } from './seed-graph.js';
import { auditEventClause, auditParameter } from '../domains/history/audit-event.js';

export interface SeedLoadResult {
  status: 'unchanged' | 'loaded';
  checksum: string;
  nodes: number;
  links: number;
  nodesCreated: number;
  retired: number;
}

const LINK_TYPE = /^[A-Z][A-Z_]*$/;

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

async function writeNodes(tx: ManagedTransaction, labels: string, nodes: SeedNode[]): Promise<number> {
  // Labels cannot be parameters in MERGE; they come from SEED_LABELS (checked below), never from input.
  for (const label of labels.split(':')) {
    if (!(SEED_LABELS as readonly string[]).includes(label)) throw new Error(`seed label "${label}" is not one of SEED_LABELS`);
  }
  const result = await tx.run(
    `UNWIND $rows AS row
     MERGE (n:Item {key: row.key})
     // Seed properties are set one by one (+=), so analysts' changes to a seed item (version, rewording,
     // retirement) survive a reload; only a retirement by the seed loader itself is undone when the record returns.
     SET n += row.props, n.origin = 'seed'
     SET n:${labels}
     WITH n WHERE n.retiredReason = 'removed from the seed files'
     REMOVE n.retiredAt, n.retiredReason`,
    { rows: nodes.map((n) => ({ key: n.key, props: n.props })) },
  );
  return result.summary.counters.updates().nodesCreated;
}

async function writeLinks(tx: ManagedTransaction, type: string, links: SeedLink[]): Promise<void> {
  if (!LINK_TYPE.test(type)) throw new Error(`seed link type "${type}" is not an upper-case identifier`);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Item {key: row.from}), (b:Item {key: row.to})
     MERGE (a)-[r:${type} {key: row.key}]->(b)
     // A seed link an analyst retired (e.g. a savings share replaced) stays retired through a reload.
     WITH r, row, r.retiredAt AS retiredAt, r.retiredBy AS retiredBy, r.retiredReason AS retiredReason
     SET r = row.props, r.key = row.key, r.origin = 'seed', r.retiredAt = retiredAt, r.retiredBy = retiredBy, r.retiredReason = retiredReason`,
    { rows: links.map((l) => ({ key: l.key, from: l.from, to: l.to, props: l.props })) },
  );
}

export async function writeSeedGraph(database: Database, graph: SeedGraph, options: { force?: boolean } = {}): Promise<SeedLoadResult> {
  return database.writeTransaction('seeds.load', async (tx) => {
    const state = await tx.run('MATCH (s:SeedState {id: "seeds"}) RETURN s.checksum AS checksum');
    const previous = state.records[0]?.get('checksum') as string | undefined;
    const base = { checksum: graph.checksum, nodes: graph.nodes.length, links: graph.links.length };
    if (previous === graph.checksum && !options.force) return { status: 'unchanged', ...base, nodesCreated: 0, retired: 0 };

    let nodesCreated = 0;
    for (const [labels, nodes] of groupBy(graph.nodes, (n) => n.labels.join(':'))) nodesCreated += await writeNodes(tx, labels, nodes);
    for (const [type, links] of groupBy(graph.links, (l) => l.type)) await writeLinks(tx, type, links);

    const retired = await tx.run(
      `MATCH (n:Item {origin: 'seed'}) WHERE n.retiredAt IS NULL AND NOT n.key IN $keys
       SET n.retiredAt = datetime(), n.retiredReason = 'removed from the seed files'
       RETURN count(n) AS retired`,
      { keys: graph.nodes.map((n) => n.key) },
    );
    await tx.run(
      `MATCH ()-[r]->() WHERE r.origin = 'seed' AND NOT r.key IN $keys DELETE r`,
      { keys: graph.links.map((l) => l.key) },
    );
    await tx.run(
      `MERGE (s:SeedState {id: "seeds"})
       SET s.checksum = $checksum, s.loadedAt = datetime(), s.nodes = $nodes, s.links = $links
       ${auditEventClause({
         action: "'seeds.load'", targetKey: "'seeds'", targetType: "'Seeds'", before: '$previous', after: '$checksum',
         extra: { kind: "'seeds.load'", checksumBefore: '$previous', checksumAfter: '$checksum', nodesCreated: '$created' },
       })}`,
      { ...base, previous: previous ?? null, created: nodesCreated, audit: auditParameter({ actor: 'seed loader', requestId: null }) },
    );
    return { status: 'loaded', ...base, nodesCreated, retired: retired.records[0]?.get('retired') as number };
  }, 120_000);
}

/** True when the graph holds no thread items yet (so `GT_SEED=if-empty` loads the seeds). */
export async function isGraphEmpty(database: Database): Promise<boolean> {
  const rows = await database.read<{ any: boolean }>('seeds.isEmpty', 'OPTIONAL MATCH (n:Item) WITH n LIMIT 1 RETURN n IS NOT NULL AS any');
  return !rows[0]?.any;
}
