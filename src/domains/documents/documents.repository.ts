/** Cypher for documents and the relations between them. */
import type { Executor } from '../../neo4j/database.js';
import { citationOf, type Stored } from '../provenance/provenance.models.js';
import { toDocument } from './documents.records.js';
import type { DocumentModel, DocumentRelationModel } from './documents.models.js';

export const DOCUMENT_RELATION_KINDS = ['UNDERPINNED_BY', 'COMPLEMENTED_BY', 'SUPPORTED_BY', 'ALIGNS_WITH', 'CONTRIBUTES_TO', 'PART_OF', 'SUCCEEDED_BY', 'FUNDED_BY'];

export async function findDocumentsByKeys(db: Executor, keys: readonly string[]): Promise<DocumentModel[]> {
  const rows = await db.read<{ d: Stored; ownerKey: string | null; ownerIllustrative: boolean | null }>(
    'documents.byKeys',
    `MATCH (d:Document) WHERE d.key IN $keys
     WITH d, [(d)-[owned:OWNED_BY]->(o:Organisation) | {key: o.key, illustrative: owned.illustrative}][0] AS owner
     RETURN properties(d) AS d, owner.key AS ownerKey, owner.illustrative AS ownerIllustrative`,
    { keys },
  );
  return rows.map((r) => toDocument(r.d, r.ownerKey, r.ownerIllustrative === true));
}

export async function findDocumentsByKinds(db: Executor, kinds: readonly string[]): Promise<DocumentModel[]> {
  const rows = await db.read<{ d: Stored; ownerKey: string | null; ownerIllustrative: boolean | null }>(
    'documents.byKinds',
    `MATCH (d:Document) WHERE d.kind IN $kinds AND d.retiredAt IS NULL
     WITH d, [(d)-[owned:OWNED_BY]->(o:Organisation) | {key: o.key, illustrative: owned.illustrative}][0] AS owner
     RETURN properties(d) AS d, owner.key AS ownerKey, owner.illustrative AS ownerIllustrative ORDER BY d.title`,
    { kinds },
  );
  return rows.map((r) => toDocument(r.d, r.ownerKey, r.ownerIllustrative === true));
}

/** Every stated relation that starts or ends at one of the documents. */
export async function findRelationsOfDocuments(db: Executor, keys: readonly string[]): Promise<DocumentRelationModel[]> {
  const rows = await db.read<{ fromKey: string; toKey: string; kind: string; r: Stored }>(
    'documents.relations',
    // One branch per end, each starting from the key index: with `a.key IN $keys OR b.key IN $keys` the
    // planner may scan every Document instead. The hints hold each branch to the index on a graph with few
    // documents too, where a scan looked cheaper to the planner (seen on a test graph).
    `CALL () {
       MATCH (a:Document)-[r]->(b:Document) USING INDEX a:Document(key) WHERE a.key IN $keys AND type(r) IN $kinds AND r.retiredAt IS NULL RETURN a, r, b
       UNION
       MATCH (a:Document)-[r]->(b:Document) USING INDEX b:Document(key) WHERE b.key IN $keys AND type(r) IN $kinds AND r.retiredAt IS NULL RETURN a, r, b
     }
     RETURN a.key AS fromKey, b.key AS toKey, type(r) AS kind, properties(r) AS r ORDER BY kind, toKey`,
    { keys, kinds: DOCUMENT_RELATION_KINDS },
  );
  return rows.map((r) => ({
    fromKey: r.fromKey, toKey: r.toKey, kind: r.kind, basis: (r.r.basis as string) ?? 'CITED', rationale: (r.r.rationale as string) ?? null,
    note: (r.r.note as string) ?? null, citation: citationOf(r.r),
  }));
}
