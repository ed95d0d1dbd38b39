import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey } from '../../shared/by-keys.js';
import { findEventsByIds, findHistoryOfTargets } from './history.repository.js';

export function createHistoryLoaders(db: Executor) {
  return {
    /** The audit events of items and links, by key, newest first. */
    historyOf: listByKey((keys) => findHistoryOfTargets(db, keys), (e) => e.targetKey ?? ''),
    /** Events by their stored id, whoever asks: see eventVisibleTo. */
    eventById: byKey((ids) => findEventsByIds(db, ids), (e) => e.id),
  };
}
