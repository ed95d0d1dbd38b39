import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findLinks, findLinksByKeys, findLinksOfItems } from './links.repository.js';

export function createLinkLoaders(db: Executor) {
  return {
    linkByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findLinksByKeys(db, keys), (l) => l.key)),
    linksOfItem: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findLinksOfItems(db, keys), (l) => l.itemKey)),
    suspectLinksOfPlan: new DataLoader(async (planKeys: readonly string[]) =>
      Promise.all(planKeys.map((plan) => findLinks(db, ['SUSPECT'], plan)))),
  };
}
