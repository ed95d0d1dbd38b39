/**
 * Per-request loaders for progress: one batched statement per kind of access. A roll-up's statement returns
 * its measures' and actions' records too, and hands them to the by-key loaders, so a query asking for a
 * roll-up and its measures' values costs no statement more.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey } from '../../shared/by-keys.js';
import { findBoardOutcomes, findMeasureProgress, findRollUpInputs, findUpdatesOfActions } from './progress.repository.js';

export function createProgressLoaders(db: Executor) {
  const measureProgress = byKey((keys) => findMeasureProgress(db, keys), (m) => m.key);
  const updatesOfAction = listByKey((keys) => findUpdatesOfActions(db, keys), (u) => u.actionKey);
  return {
    /** A measure's rules, values and targets (superseded ones too), by the measure's key. */
    measureProgress,
    /** An action's updates, by the action's key. */
    updatesOfAction,
    /** What an item's progress is counted from, by the item's key (a plan, outcome, sub-outcome or aim). */
    rollUpInputs: byKey(async (keys) => {
      const inputs = await findRollUpInputs(db, keys);
      for (const i of inputs) {
        for (const m of i.measures) measureProgress.prime(m.key, m.progress);
        for (const a of i.actions) updatesOfAction.prime(a.key, a.updates);
      }
      return inputs;
    }, (i) => i.key),
    /** The outcomes a board monitors and the papers' words for it, by the board's key. */
    boardOutcomes: new DataLoader(async (keys: readonly string[]) => Promise.all(keys.map((k) => findBoardOutcomes(db, k)))),
  };
}
