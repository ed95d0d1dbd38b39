/** Cypher for walking the thread: paths between two items, and each item's neighbours one link away. */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { integerArgument } from '../../shared/errors.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { NeighbourModel, PathModel } from './traceability.models.js';
import { itemRef, linkFacts, type NodeRef } from './traceability.records.js';

export const MAX_PATH_DEPTH = 6;
export const MAX_PATHS = 100;

/**
 * Every path between two items of up to `maxDepth` links, in either direction, through thread items only
 * (not through a Strategic Plan, a board or a paper, which would connect everything to everything).
 */
export async function findPaths(db: Executor, fromKey: string, toKey: string, maxDepth: number, limit: number): Promise<PathModel[]> {
  // A variable-length bound cannot be a parameter: it is checked to be a small integer and written in.
  integerArgument('maxDepth', maxDepth, 1, MAX_PATH_DEPTH);
  const rows = await db.read<{ nodes: NodeRef[]; links: { type: string; start: string; p: Stored; child: Stored }[] }>(
    'traceability.paths',
    `MATCH (a:Item {key: $from}), (b:Item {key: $to})
     MATCH p = (a)-[*1..${maxDepth}]-(b)
     WHERE all(n IN nodes(p)[1..-1] WHERE (n:Outcome OR n:SubOutcome OR n:Aim OR n:Action OR n:Theme OR n:SubTheme
             OR (n:Document AND NOT n:StrategicPlan) OR n:PartnerPriority)
             AND n.retiredAt IS NULL)
       AND all(r IN relationships(p) WHERE r.retiredAt IS NULL AND NOT type(r) IN ['ALIAS_OF', 'HELD', 'DECIDED', 'MONITORED_BY', 'OWNED_BY'])
     WITH p ORDER BY length(p) LIMIT $limit
     RETURN [n IN nodes(p) | {key: n.key, labels: labels(n)}] AS nodes,
            [r IN relationships(p) | {type: type(r), start: startNode(r).key, p: properties(r),
              child: {citationSource: endNode(r).citationSource, citationAt: endNode(r).citationAt,
                      citationQuote: endNode(r).citationQuote, citationLine: endNode(r).citationLine}}] AS links`,
    // JS numbers travel as floats; LIMIT needs an integer.
    { from: fromKey, to: toKey, limit: neo4j.int(limit) },
  );
  return rows.map((row) => {
    const nodes = row.nodes.map(itemRef);
    return {
      nodes,
      steps: row.links.map((link, i) => ({
        from: nodes[i]!,
        to: nodes[i + 1]!,
        forward: link.start === nodes[i]!.key,
        // A structural link (Aim HAS_ACTION Action) is stated where the paper lists the child: its citation serves.
        link: linkFacts(
          link.p.kind && link.type === 'SUCCEEDED_BY' ? String(link.p.kind) : link.type,
          link.type.startsWith('HAS_') && !link.p.citationQuote ? { ...link.p, ...link.child } : link.p,
        ),
      })),
    };
  });
}

/** Links the neighbours question leaves out: aliases, meetings and decisions are not thread items. */
const NOT_NEIGHBOUR_LINKS = ['ALIAS_OF', 'HELD', 'DECIDED'];

/**
 * Every item one link away from each asked item, in either direction, with the link's facts: for exploring
 * the thread a step at a time. Retired items and links are left out; so are nodes no GraphQL type serves.
 */
export async function findNeighbours(db: Executor, keys: readonly string[]): Promise<NeighbourModel[]> {
  const rows = await db.read<{ askedKey: string; other: NodeRef; type: string; forward: boolean; p: Stored; child: Stored }>(
    'traceability.neighbours',
    `MATCH (a:Item) WHERE a.key IN $keys AND a.retiredAt IS NULL
     MATCH (a)-[r]-(b:Item)
     WHERE b.retiredAt IS NULL AND r.retiredAt IS NULL AND NOT type(r) IN $excluded
     RETURN a.key AS askedKey, {key: b.key, labels: labels(b)} AS other, type(r) AS type, startNode(r) = a AS forward,
            properties(r) AS p,
            {citationSource: endNode(r).citationSource, citationAt: endNode(r).citationAt,
             citationQuote: endNode(r).citationQuote, citationLine: endNode(r).citationLine} AS child
     ORDER BY askedKey, type, other.key`,
    { keys, excluded: NOT_NEIGHBOUR_LINKS },
  );
  return rows
    .filter((r) => typeNameOf(r.other.labels))
    .map((r) => ({
      askedKey: r.askedKey,
      item: itemRef(r.other),
      forward: r.forward,
      // As for paths: a structural link is stated where the paper lists the child, so its citation serves.
      link: linkFacts(
        r.p.kind && r.type === 'SUCCEEDED_BY' ? String(r.p.kind) : r.type,
        r.type.startsWith('HAS_') && !r.p.citationQuote ? { ...r.p, ...r.child } : r.p,
      ),
    }));
}
