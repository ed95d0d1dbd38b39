import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey, manyByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import type { CouncilScope } from '../councils/council-scope.js';
import { scopedLoader } from '../councils/scoped-loader.js';
import { findEditionsByReference, findSavingsLinesByReference, type EditionReference, type LineReference } from './edition-lookups.repository.js';
import {
  findCostPressuresOfEditions,
  findFiguresByKeys,
  findFiguresOfDocuments,
  findItemsReachedFrom,
  findSavingsLinesByKeys,
  findSavingsLinesOfEditions,
  findSavingsLinesReaching,
} from './finance.repository.js';

export function createFinanceLoaders(db: Executor, items: ItemCache, scope: CouncilScope) {
  const loaders = {
    linesOfEdition: new DataLoader(async (keys: readonly string[]) => {
      const editions = await findSavingsLinesOfEditions(db, keys);
      for (const { edition } of editions) items.prime('Document', edition.key, edition);
      return manyByKey(keys, editions.flatMap((e) => e.lines), (l) => l.editionKey);
    }),
    /** An edition by the words of a question, per council; hands its document and lines to their loaders. */
    editionByReference: scopedLoader(async (refs: readonly EditionReference[]) => {
      const found = await findEditionsByReference(db, refs, scope);
      for (const { item } of found) {
        if (!item) continue;
        items.prime('Document', item.edition.key, item.edition);
        if (items.enabled) loaders.linesOfEdition.prime(item.edition.key, item.lines);
      }
      return found.map((f) => ({ ...f, item: f.item?.edition.key ?? null }));
    }, (r) => r.edition.trim(), scope),
    lineByReference: scopedLoader((refs: readonly LineReference[]) => findSavingsLinesByReference(db, refs, scope), (r) => `${r.edition.trim()}\u0000${r.reference.trim()}`, scope),
    lineByKey: byKey((keys) => findSavingsLinesByKeys(db, keys), (l) => l.key),
    lineKeysReaching: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findSavingsLinesReaching(db, keys), (r) => r.itemKey).map((rows) => rows.map((r) => r.lineKey))),
    itemsReachedFrom: listByKey((keys) => findItemsReachedFrom(db, keys), (r) => r.targetKey),
    costPressuresOfEdition: listByKey((keys) => findCostPressuresOfEditions(db, keys), (c) => c.editionKey),
    figuresOfDocument: listByKey((keys) => findFiguresOfDocuments(db, keys), (f) => f.documentKey),
    figureByKey: byKey((keys) => findFiguresByKeys(db, keys), (f) => f.key),
  };
  return loaders;
}
