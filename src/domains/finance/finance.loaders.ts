import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import {
  findCostPressuresOfEditions,
  findFiguresByKeys,
  findFiguresOfDocuments,
  findItemsReachedFrom,
  findSavingsLinesByKeys,
  findSavingsLinesOfEditions,
  findSavingsLinesReaching,
} from './finance.repository.js';

export function createFinanceLoaders(db: Executor, items: ItemCache) {
  return {
    linesOfEdition: new DataLoader(async (keys: readonly string[]) => {
      const editions = await findSavingsLinesOfEditions(db, keys);
      for (const { edition } of editions) items.prime('Document', edition.key, edition);
      return manyByKey(keys, editions.flatMap((e) => e.lines), (l) => l.editionKey);
    }),
    lineByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findSavingsLinesByKeys(db, keys), (l) => l.key)),
    lineKeysReaching: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findSavingsLinesReaching(db, keys), (r) => r.itemKey).map((rows) => rows.map((r) => r.lineKey))),
    itemsReachedFrom: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findItemsReachedFrom(db, keys), (r) => r.targetKey)),
    costPressuresOfEdition: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCostPressuresOfEditions(db, keys), (c) => c.editionKey)),
    figuresOfDocument: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findFiguresOfDocuments(db, keys), (f) => f.documentKey)),
    figureByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findFiguresByKeys(db, keys), (f) => f.key)),
  };
}
