/**
 * The analysts' links as a CSV in the `links` import format (csv-stringify), so finance can edit them in a
 * spreadsheet and import them back. A cell a spreadsheet would run as a formula (starting = + - @ or a
 * control character) gets a leading apostrophe; the importer removes it again, so text round-trips exactly.
 */
import { stringify } from 'csv-stringify/sync';
import type { Executor } from '../../neo4j/database.js';

const FORMULA = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

export async function exportLinksCsv(db: Executor): Promise<string> {
  const rows = await db.read<{ from: string; kind: string; to: string; rationale: string | null; strength: string | null; share: number | null }>(
    'backup.linksCsv',
    `MATCH (a:Item)-[r]->(b:Item) WHERE r.origin = 'analyst' AND r.retiredAt IS NULL
     RETURN a.key AS from, type(r) AS kind, b.key AS to, r.rationale AS rationale, r.strength AS strength, r.share AS share
     ORDER BY from, kind, to`,
  );
  return stringify(
    rows.map((r) => [r.from, r.kind, r.to, spreadsheetSafe(r.rationale ?? ''), r.strength ?? '', r.share ?? '']),
    { header: true, columns: ['from', 'kind', 'to', 'rationale', 'strength', 'share'] },
  );
}
