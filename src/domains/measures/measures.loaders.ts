import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import type { MeasureKind } from './measures.models.js';
import { findAllMeasures, findMeasuresByKeys, findMeasuresOf } from './measures.repository.js';

export function createMeasureLoaders(db: Executor) {
  return {
    /** Measures judging each item, by the item's key. */
    measuresOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findMeasuresOf(db, keys), (m) => m.askedKey)),
    measureByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findMeasuresByKeys(db, keys), (m) => m.key)),
    /** Keyed by kind ('' for all): the list questions, once per request. */
    allMeasures: new DataLoader(async (kinds: readonly string[]) => Promise.all(kinds.map((k) => findAllMeasures(db, (k || null) as MeasureKind | null)))),
  };
}
