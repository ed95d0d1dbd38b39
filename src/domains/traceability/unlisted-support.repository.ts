/**
 * Support a paper says an item has without listing it ("includes specific aims and actions to deliver the
 * sub-outcome"), with its quote: what coverage's `unlisted` rests on.
 */
import type { Executor } from '../../neo4j/database.js';
import { citationOf, type CitationModel } from '../provenance/provenance.models.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { SupportType } from './traceability.models.js';

export interface UnlistedSupportModel {
  itemKey: string;
  kinds: SupportType[];
  note: string | null;
  citation: CitationModel | null;
}

/** The unlisted support stated for each plan, outcome or sub-outcome, in the data's order. */
export async function findUnlistedSupportOf(db: Executor, itemKeys: readonly string[]): Promise<UnlistedSupportModel[]> {
  const rows = await db.read<{ itemKey: string; u: Stored }>(
    'traceability.unlistedSupport',
    `MATCH (x:Item)-[:HAS_UNLISTED_SUPPORT]->(u:UnlistedSupport) WHERE x.key IN $keys AND u.retiredAt IS NULL
     RETURN x.key AS itemKey, properties(u) AS u ORDER BY u.key`,
    { keys: itemKeys },
  );
  return rows.map((r) => ({
    itemKey: r.itemKey, kinds: (r.u.kinds as SupportType[]) ?? [], note: typeof r.u.note === 'string' ? r.u.note : null, citation: citationOf(r.u),
  }));
}
