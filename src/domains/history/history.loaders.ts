import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey } from '../../shared/by-keys.js';
import { findHistoryOfTargets } from './history.repository.js';

export function createHistoryLoaders(db: Executor) {
  return {
    /** The audit events of items and links, by key, newest first. */
    historyOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findHistoryOfTargets(db, keys), (e) => e.targetKey ?? '')),
  };
}
