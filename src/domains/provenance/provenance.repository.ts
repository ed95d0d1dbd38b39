/** Cypher for source papers and aliases. One named statement per function; rows parsed into models here. */
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import { SOURCE_FIELDS, citationOf, type AliasModel, type ContactOfficerModel, type SourceDocumentModel, type StoredCitation } from './provenance.models.js';


export async function findSourcesByKeys(db: Executor, keys: readonly string[]): Promise<SourceDocumentModel[]> {
  const rows = await db.read<{ s: SourceDocumentModel }>(
    'provenance.sourcesByKeys',
    `MATCH (s:SourceDocument) WHERE s.key IN $keys
     RETURN s ${SOURCE_FIELDS} AS s`,
    { keys },
  );
  return rows.map((r) => r.s);
}

/** The contact officers of each paper, in the paper's order. */
export async function findContactOfficersOfSources(db: Executor, sourceKeys: readonly string[]): Promise<ContactOfficerModel[]> {
  const rows = await db.read<{ sourceKey: string; c: StoredCitation & { name: string; post: string }; departmentKey: string | null }>(
    'provenance.contactOfficers',
    `MATCH (s:SourceDocument)-[:HAS_CONTACT_OFFICER]->(c:ContactOfficer) WHERE s.key IN $keys AND c.retiredAt IS NULL
     RETURN s.key AS sourceKey, properties(c) AS c, [(c)-[:WORKS_IN]->(d:Organisation) | d.key][0] AS departmentKey ORDER BY c.order`,
    { keys: sourceKeys },
  );
  return rows.map((r) => ({ sourceKey: r.sourceKey, name: r.c.name, post: r.c.post, departmentKey: r.departmentKey, citation: citationOf(r.c) }));
}

export async function findAliasesOfItems(db: Executor, itemKeys: readonly string[]): Promise<AliasModel[]> {
  const rows = await db.read<{ itemKey: string; a: StoredCitation & { text: string; kind: 'name' | 'code'; note: string | null } }>(
    'provenance.aliasesOfItems',
    `MATCH (a:Alias)-[:ALIAS_OF]->(i:Item) WHERE i.key IN $keys AND a.retiredAt IS NULL
     RETURN i.key AS itemKey, a {.*} AS a ORDER BY a.key`,
    { keys: itemKeys },
  );
  return rows.map((r) => ({ itemKey: r.itemKey, text: r.a.text, kind: r.a.kind, note: r.a.note ?? null, citation: citationOf(r.a) }));
}

/** Every item in the plans' trees that has another wording, with its canonical wording and each alias. */
export async function findOtherWordingsInPlans(db: Executor, planKeys: readonly string[]) {
  const rows = await db.read<{ planKey: string; itemKey: string; labels: string[]; canonical: string; a: StoredCitation & { text: string; kind: 'name' | 'code'; note: string | null } }>(
    'provenance.otherWordingsInPlans',
    `MATCH (p:StrategicPlan)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME*1..4]->(item)<-[:ALIAS_OF]-(a:Alias)
     WHERE p.key IN $keys AND a.retiredAt IS NULL AND item.retiredAt IS NULL
     RETURN p.key AS planKey, item.key AS itemKey, labels(item) AS labels, coalesce(item.name, item.text) AS canonical, properties(a) AS a
     ORDER BY item.key, a.key`,
    { keys: planKeys },
  );
  return rows.map((r) => ({
    planKey: r.planKey,
    item: { key: r.itemKey, typeName: typeNameOf(r.labels) ?? 'Document' },
    canonical: r.canonical,
    alias: { itemKey: r.itemKey, text: r.a.text, kind: r.a.kind, note: r.a.note ?? null, citation: citationOf(r.a) },
  }));
}
