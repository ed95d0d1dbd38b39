/**
 * Restore: an export loaded into an EMPTY graph, in one transaction (all or nothing), then the migrations
 * are applied as at any start. Restoring over data is refused: it would mix two histories.
 */
import { requireUnscoped } from '../../auth/organisation-scope.js';
import { requireRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import type { Executor } from '../../neo4j/database.js';
import { BadUserInputError } from '../../shared/errors.js';
import { countNodes, writeLinks, writeNodes } from './backup.repository.js';
import { decodeValue, EXPORT_FORMAT, EXPORT_VERSION, type GraphExport } from './graph-export.js';

const BATCH = 2000;

export function parseExport(text: string): GraphExport {
  let parsed: GraphExport;
  try {
    parsed = JSON.parse(text) as GraphExport;
  } catch (error) {
    throw new BadUserInputError('content', `not JSON (${(error as Error).message}); give a file written by \`npm run export\`.`);
  }
  if (parsed?.format !== EXPORT_FORMAT || parsed.version !== EXPORT_VERSION || !Array.isArray(parsed.nodes) || !Array.isArray(parsed.links)) {
    throw new BadUserInputError('content', `not a ${EXPORT_FORMAT} version ${EXPORT_VERSION} file; give a file written by \`npm run export\`.`);
  }
  return parsed;
}

export async function restoreGraph(db: Executor, graph: GraphExport): Promise<{ nodes: number; links: number }> {
  return db.writeTransaction('backup.restore', async (tx) => {
    const existing = await countNodes(tx);
    if (existing > 0) {
      throw new BadUserInputError('content', `the graph is not empty (${existing} nodes): restore into an empty database (a new NEO4J_URI, or a new GT_DATA_DIR for the managed one).`);
    }
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const node of graph.nodes) {
      const key = node.labels.join(':');
      groups.set(key, [...(groups.get(key) ?? []), decodeProps(node.props)]);
    }
    for (const [labels, rows] of groups) {
      for (let i = 0; i < rows.length; i += BATCH) await writeNodes(tx, labels.split(':'), rows.slice(i, i + BATCH));
    }
    const byType = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();
    for (const link of graph.links) byType.set(link.type, [...(byType.get(link.type) ?? []), { from: link.from, to: link.to, props: decodeProps(link.props) }]);
    for (const [type, rows] of byType) {
      for (let i = 0; i < rows.length; i += BATCH) await writeLinks(tx, type, rows.slice(i, i + BATCH));
    }
    return { nodes: graph.nodes.length, links: graph.links.length };
  }, 600_000);
}

function decodeProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));
}

/** Restore over the API: admin only. */
export async function restoreForCaller(context: GraphQLContext, content: string) {
  requireUnscoped(requireRole(context.caller, 'admin', 'Restoring a backup'), 'Restoring a backup');
  return restoreGraph(context.executor, parseExport(content));
}
