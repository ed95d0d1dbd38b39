/** Cypher for source papers and aliases. One named statement per function; rows parsed into models here. */
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
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

/** Every item in the plans' trees that has another wording, with its canonical wording and each alias. */
export async function findOtherWordingsInPlans(db: Database, planKeys: readonly string[], counter?: QueryCounter) {
  const rows = await db.read<{ planKey: string; itemKey: string; labels: string[]; canonical: string; a: StoredCitation & { text: string; kind: 'name' | 'code'; note: string | null } }>(
    'provenance.otherWordingsInPlans',
    `MATCH (p:StrategicPlan)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME*1..4]->(item)<-[:ALIAS_OF]-(a:Alias)
     WHERE p.key IN $keys AND a.retiredAt IS NULL AND item.retiredAt IS NULL
     RETURN p.key AS planKey, item.key AS itemKey, labels(item) AS labels, coalesce(item.name, item.text) AS canonical, properties(a) AS a
     ORDER BY item.key, a.key`,
    { keys: planKeys },
    counter,
  );
  return rows.map((r) => ({
    planKey: r.planKey,
    item: { key: r.itemKey, typeName: typeNameOf(r.labels) ?? 'Document' },
    canonical: r.canonical,
    alias: { itemKey: r.itemKey, text: r.a.text, kind: r.a.kind, note: r.a.note ?? null, citation: citationOf(r.a) },
  }));
}
