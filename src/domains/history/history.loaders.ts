import type { Executor } from '../../neo4j/database.js';
import { listByKey } from '../../shared/by-keys.js';
import { findHistoryOfTargets } from './history.repository.js';

export function createHistoryLoaders(db: Executor) {
  return {
    /** The audit events of items and links, by key, newest first. */
    historyOf: listByKey((keys) => findHistoryOfTargets(db, keys), (e) => e.targetKey ?? ''),
  };
}
