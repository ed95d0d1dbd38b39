/** Cypher for lineage: how items carry on from one plan generation to the next (SUCCEEDED_BY). */
import type { Executor } from '../../neo4j/database.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { LineageStepModel } from './traceability.models.js';
import { itemRef, linkFacts, type NodeRef } from './traceability.records.js';

/**
 * Every SUCCEEDED_BY step reachable from the items, forwards (what they became) and backwards (what they
 * came from), across all plan generations. Traversal stops at documents (a NEW item's "predecessor" is the
 * previous plan itself; it is not followed further).
 */
export async function findLineage(db: Executor, itemKeys: readonly string[]): Promise<LineageStepModel[]> {
  const rows = await db.read<{ askedKey: string; from: NodeRef; to: NodeRef; r: Stored; direction: 'FORWARD' | 'BACKWARD' }>(
    'traceability.lineage',
    `MATCH (i:Item) WHERE i.key IN $keys
     CALL (i) {
       MATCH path = (i)-[:SUCCEEDED_BY*1..6]->(x)
       WHERE all(n IN nodes(path)[1..-1] WHERE NOT n:Document) AND all(r IN relationships(path) WHERE r.retiredAt IS NULL)
       UNWIND relationships(path) AS r
       RETURN DISTINCT r, 'FORWARD' AS direction
       UNION
       MATCH path = (x)-[:SUCCEEDED_BY*1..6]->(i)
       WHERE all(n IN nodes(path)[1..-1] WHERE NOT n:Document) AND all(r IN relationships(path) WHERE r.retiredAt IS NULL)
       UNWIND relationships(path) AS r
       RETURN DISTINCT r, 'BACKWARD' AS direction
     }
     WITH i, r, direction WHERE r.retiredAt IS NULL
     WITH i, r, direction, startNode(r) AS a, endNode(r) AS b
     RETURN i.key AS askedKey, {key: a.key, labels: labels(a)} AS from, {key: b.key, labels: labels(b)} AS to,
            properties(r) AS r, direction
     ORDER BY askedKey, direction DESC, from.key, to.key`,
    { keys: itemKeys },
  );
  return rows.map((r) => ({
    askedKey: r.askedKey, from: itemRef(r.from), to: itemRef(r.to), direction: r.direction, link: linkFacts(String(r.r.kind ?? 'SUCCEEDED_BY'), r.r),
  }));
}
