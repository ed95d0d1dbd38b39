/**
 * Cypher for export and restore. Export reads every node with its labels and properties and every
 * relationship between exported nodes; restore writes them back in batches, in one transaction, into an
 * empty graph. Labels and relationship types from a file are checked to be plain identifiers before they
 * are written into a statement (they cannot be parameters).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';

export interface StoredNode {
  identity: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface StoredLink {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** How a node is identified across an export: `key` for thread items, `id` for audit events and tokens. */
const IDENTITY = `coalesce(n.key, n.id, '')`;

/** Everything, or one plan's tree (with its aliases, and the links among what is exported). */
export async function readGraph(db: Executor, planKey: string | null): Promise<{ nodes: StoredNode[]; links: StoredLink[] }> {
  const nodes = await db.read<StoredNode>(
    'backup.nodes',
    planKey === null
      ? `MATCH (n) WHERE NOT n:SchemaMigration RETURN ${IDENTITY} AS identity, labels(n) AS labels, properties(n) AS props`
      : `MATCH (p:StrategicPlan {key: $plan})-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE*0..4]->(x)
         WITH DISTINCT x
         CALL (x) {
           RETURN x AS n
           UNION
           MATCH (n:Alias)-[:ALIAS_OF]->(x) RETURN n
         }
         WITH DISTINCT n
         RETURN ${IDENTITY} AS identity, labels(n) AS labels, properties(n) AS props`,
    { plan: planKey },
  );
  const identities = nodes.map((n) => n.identity);
  const links = await db.read<StoredLink>(
    'backup.links',
    `MATCH (a)-[r]->(b) WHERE coalesce(a.key, a.id) IN $ids AND coalesce(b.key, b.id) IN $ids
     RETURN type(r) AS type, coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, properties(r) AS props`,
    { ids: identities },
  );
  return { nodes, links };
}

/**
 * Nodes that make the graph "not empty" for a restore: thread data and seed state. The schema record, API
 * tokens and their audit events may be there already (an admin restoring over the API needs a token).
 */
export async function countNodes(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run('MATCH (n) WHERE n:Item OR n:SeedState RETURN count(n) AS n');
  return Number(result.records[0]!.get('n'));
}

const LABEL = /^[A-Z][A-Za-z]*$/;
const TYPE = /^[A-Z][A-Z_]*$/;

export function checkIdentifier(kind: 'label' | 'relationship type', name: string): void {
  if (!(kind === 'label' ? LABEL : TYPE).test(name)) throw new Error(`"${name}" is not a ${kind} this project writes`);
}

export async function writeNodes(tx: ManagedTransaction, labels: string[], rows: Record<string, unknown>[]): Promise<void> {
  labels.forEach((l) => checkIdentifier('label', l));
  if (labels.length === 1 && labels[0] === 'ApiToken') {
    // The admin restoring over the API holds a token already in the graph: tokens are merged by id.
    await tx.run('UNWIND $rows AS props MERGE (t:ApiToken {id: props.id}) ON CREATE SET t = props', { rows });
    return;
  }
  await tx.run(`UNWIND $rows AS props CREATE (n:${labels.join(':')}) SET n = props`, { rows });
}

export async function writeLinks(tx: ManagedTransaction, type: string, rows: { from: string; to: string; props: Record<string, unknown> }[]): Promise<void> {
  checkIdentifier('relationship type', type);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Item {key: row.from}), (b:Item {key: row.to})
     CREATE (a)-[r:${type}]->(b) SET r = row.props`,
    { rows },
  );
}
