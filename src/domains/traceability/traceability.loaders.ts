import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey } from '../../shared/by-keys.js';
import { findActionsSupportingNothing, findCoverage, findLineage, findNeighbours, findSupportingActions, type SupportQuestion } from './traceability.repository.js';

export function createTraceabilityLoaders(db: Executor) {
  return {
    /** Keyed by (item, asOf): the same item asked now and at a past date are two questions. */
    supportingActionsOf: new DataLoader(
      async (questions: readonly SupportQuestion[]) => manyByKey(questions.map((_q, i) => i), await findSupportingActions(db, questions), (s) => s.question),
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    /** Keyed by (plan, asOf), like supportingActionsOf. */
    coverageOfPlan: new DataLoader(
      async (questions: readonly SupportQuestion[]) => manyByKey(questions.map((_q, i) => i), await findCoverage(db, questions), (c) => c.question),
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    actionsSupportingNothingInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findActionsSupportingNothing(db, keys), (r) => r.planKey).map((rows) => rows.map((r) => r.action))),
    neighboursOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findNeighbours(db, keys), (n) => n.askedKey)),
    lineageOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findLineage(db, keys), (s) => s.askedKey)),
  };
}
