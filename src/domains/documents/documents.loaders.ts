import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, manyByKey } from '../../shared/by-keys.js';
import { findDocumentsByKeys, findDocumentsByKinds, findRelationsOfDocuments } from './documents.repository.js';
import type { DocumentRelationModel } from './documents.models.js';

export function createDocumentLoaders(db: Executor) {
  return {
    documentByKey: byKey((keys) => findDocumentsByKeys(db, keys), (d) => d.key),
    documentsOfKind: new DataLoader(async (kinds: readonly string[]) => manyByKey(kinds, await findDocumentsByKinds(db, kinds), (d) => d.kind)),
    /** Relations touching each document; a relation between two asked documents is listed for both. */
    relationsOfDocument: new DataLoader(async (keys: readonly string[]) => {
      const relations = await findRelationsOfDocuments(db, keys);
      return keys.map((key) => relations.filter((r: DocumentRelationModel) => r.fromKey === key || r.toKey === key));
    }),
  };
}
