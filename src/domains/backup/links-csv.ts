/**
 * The analysts' links as a CSV in the `links` import format (csv-stringify), so finance can edit them in a
 * spreadsheet and import them back. Cells follow the project's one escaping rule (shared/spreadsheet-cells.ts:
 * a formula-like text gets a leading apostrophe, which the importer removes), so text round-trips exactly.
 */
import { stringify } from 'csv-stringify/sync';
import type { Executor } from '../../neo4j/database.js';
import { spreadsheetCell } from '../../shared/spreadsheet-cells.js';

export async function exportLinksCsv(db: Executor): Promise<string> {
  const rows = await db.read<{ from: string; kind: string; to: string; rationale: string | null; strength: string | null; share: number | null; illustrative: boolean }>(
    'backup.linksCsv',
    `MATCH (a:Item)-[r]->(b:Item) WHERE r.origin = 'analyst' AND r.retiredAt IS NULL
     RETURN a.key AS from, type(r) AS kind, b.key AS to, r.rationale AS rationale, r.strength AS strength, r.share AS share,
            coalesce(r.illustrative, false) AS illustrative
     ORDER BY from, kind, to`,
  );
  return stringify(
    rows.map((r) => [r.from, r.kind, r.to, r.rationale ?? '', r.strength ?? '', r.share ?? '', r.illustrative ? 'yes' : 'no'].map(spreadsheetCell)),
    { header: true, columns: ['from', 'kind', 'to', 'rationale', 'strength', 'share', 'illustrative'] },
  );
}
