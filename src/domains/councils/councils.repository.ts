/** Cypher for councils: the organisations of kind COUNCIL, and the documents they own. */
import type { Executor } from '../../neo4j/database.js';
import { documentFromProjection, documentProjection, type DocumentProjection } from '../documents/documents.records.js';
import type { DocumentModel } from '../documents/documents.models.js';
import { councilMatches, type CouncilReference } from './council-reference.js';
import type { CouncilModel } from './councils.models.js';

/** Every live council, by name, each saying whether the default council's reference names it. */
export async function findCouncils(db: Executor, defaultCouncil: CouncilReference): Promise<CouncilModel[]> {
  const rows = await db.read<{ key: string; name: string; illustrative: boolean | null; isDefault: boolean }>(
    'councils.all',
    `MATCH (c:Organisation) WHERE c.kind = 'COUNCIL' AND c.retiredAt IS NULL
     RETURN c.key AS key, c.name AS name, c.illustrative AS illustrative, ${councilMatches('c', '$defaultCouncil')} AS isDefault
     ORDER BY name, key`,
    { defaultCouncil },
  );
  return rows.map((r) => ({ key: r.key, name: r.name, illustrative: r.illustrative === true, isDefault: r.isDefault }));
}

/** The live documents of the given kind each council owns, by title. */
export async function findDocumentsOfCouncils(db: Executor, councilKeys: readonly string[], kind: string): Promise<{ councilKey: string; document: DocumentModel }[]> {
  const rows = await db.read<{ councilKey: string; document: DocumentProjection }>(
    'councils.documents',
    `MATCH (c:Organisation)<-[:OWNED_BY]-(d:Document) WHERE c.key IN $keys AND d.kind = $kind AND d.retiredAt IS NULL
     RETURN c.key AS councilKey, ${documentProjection('d')} AS document ORDER BY d.title`,
    { keys: councilKeys, kind },
  );
  return rows.map((r) => ({ councilKey: r.councilKey, document: documentFromProjection(r.document) }));
}
