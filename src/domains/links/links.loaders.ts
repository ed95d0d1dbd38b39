import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findHistoryOfTargets } from '../history/history.repository.js';
import { findLinks, findLinksByKeys, findLinksOfItems } from './links.repository.js';

export function createLinkLoaders(db: Database, counter: QueryCounter) {
  return {
    linkByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findLinksByKeys(db, keys, counter), (l) => l.key)),
    linksOfItem: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findLinksOfItems(db, keys, counter), (l) => l.itemKey)),
    suspectLinksOfPlan: new DataLoader(async (planKeys: readonly string[]) =>
      Promise.all(planKeys.map((plan) => findLinks(db, ['SUSPECT'], plan, counter)))),
    historyOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findHistoryOfTargets(db, keys, counter), (e) => e.targetKey ?? '')),
  };
}
