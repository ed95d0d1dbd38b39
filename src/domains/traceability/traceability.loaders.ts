import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { listByKey, manyByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import { findCoverage } from './coverage.repository.js';
import { placeSteps } from './lineage-chains.js';
import { findLineage } from './lineage.repository.js';
import { findNeighbours } from './thread-walks.repository.js';
import { findUnlistedSupportOf } from './unlisted-support.repository.js';
import { findActionsSupportingNothing, findSupportingActions, type SupportQuestion } from './traceability.repository.js';

export function createTraceabilityLoaders(db: Executor, items: ItemCache) {
  return {
    /** Keyed by (item, asOf): the same item asked now and at a past date are two questions. */
    supportingActionsOf: new DataLoader(
      async (questions: readonly SupportQuestion[]) => {
        const rows = await findSupportingActions(db, questions);
        for (const { aim, source } of rows) {
          if (aim) items.prime('Aim', aim.key, aim);
          if (source) items.prime('SourceDocument', source.key, source);
        }
        return manyByKey(questions.map((_q, i) => i), rows.map((r) => r.support), (s) => s.question);
      },
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    /** Keyed by (plan, asOf), like supportingActionsOf. */
    coverageOfPlan: new DataLoader(
      async (questions: readonly SupportQuestion[]) => {
        const rows = await findCoverage(db, questions);
        for (const { outcome, subOutcome } of rows) {
          if (outcome) items.prime('Outcome', outcome.key, outcome);
          if (subOutcome) items.prime('SubOutcome', subOutcome.key, subOutcome);
        }
        return manyByKey(questions.map((_q, i) => i), rows.map((r) => r.coverage), (c) => c.question);
      },
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    actionsSupportingNothingInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findActionsSupportingNothing(db, keys), (r) => r.planKey).map((rows) => rows.map((r) => r.action))),
    unlistedSupportOf: listByKey((keys) => findUnlistedSupportOf(db, keys), (u) => u.itemKey),
    neighboursOf: listByKey((keys) => findNeighbours(db, keys), (n) => n.askedKey),
    /** Each step with its distance from the asked item and whether it may concern only other parts (lineage-chains.ts). */
    lineageOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findLineage(db, keys), (s) => s.askedKey).map((steps, i) => {
        const places = placeSteps(keys[i]!, steps);
        return steps.map((step) => ({ ...step, ...places.get(step) }));
      })),
  };
}
