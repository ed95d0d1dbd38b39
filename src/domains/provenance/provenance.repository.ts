/** Cypher for source papers and aliases. One named statement per function; rows parsed into models here. */
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { citationOf, type AliasModel, type SourceDocumentModel, type StoredCitation } from './provenance.models.js';

export async function findSourcesByKeys(db: Database, keys: readonly string[], counter?: QueryCounter): Promise<SourceDocumentModel[]> {
  const rows = await db.read<{ s: SourceDocumentModel }>(
    'provenance.sourcesByKeys',
    `MATCH (s:SourceDocument) WHERE s.key IN $keys
     RETURN s {.key, .title, .body, date: coalesce(s.date, null), .file} AS s`,
    { keys },
    counter,
  );
  return rows.map((r) => r.s);
}

export async function findAliasesOfItems(db: Database, itemKeys: readonly string[], counter?: QueryCounter): Promise<AliasModel[]> {
  const rows = await db.read<{ itemKey: string; a: StoredCitation & { text: string; kind: 'name' | 'code'; note: string | null } }>(
    'provenance.aliasesOfItems',
    `MATCH (a:Alias)-[:ALIAS_OF]->(i:Item) WHERE i.key IN $keys AND a.retiredAt IS NULL
     RETURN i.key AS itemKey, a {.*} AS a ORDER BY a.key`,
    { keys: itemKeys },
    counter,
  );
  return rows.map((r) => ({ itemKey: r.itemKey, text: r.a.text, kind: r.a.kind, note: r.a.note ?? null, citation: citationOf(r.a) }));
}
