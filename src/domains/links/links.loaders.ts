import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey } from '../../shared/by-keys.js';
import { findLinks, findLinksByKeys, findLinksOfItems } from './links.repository.js';

export function createLinkLoaders(db: Executor) {
  return {
    linkByKey: byKey((keys) => findLinksByKeys(db, keys), (l) => l.key),
    linksOfItem: listByKey((keys) => findLinksOfItems(db, keys), (l) => l.itemKey),
    suspectLinksOfPlan: new DataLoader(async (planKeys: readonly string[]) =>
      Promise.all(planKeys.map((plan) => findLinks(db, ['SUSPECT'], plan)))),
  };
}
