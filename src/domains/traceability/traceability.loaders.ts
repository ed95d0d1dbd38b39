import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey } from '../../shared/by-keys.js';
import { findActionsSupportingNothing, findCoverage, findLineage, findNeighbours, findSupportingActions, type SupportQuestion } from './traceability.repository.js';

export function createTraceabilityLoaders(db: Database, counter: QueryCounter) {
  return {
    /** Keyed by (item, asOf): the same item asked now and at a past date are two questions. */
    supportingActionsOf: new DataLoader(
      async (questions: readonly SupportQuestion[]) => manyByKey(questions.map((_q, i) => i), await findSupportingActions(db, questions, counter), (s) => s.question),
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    /** Keyed by (plan, asOf), like supportingActionsOf. */
    coverageOfPlan: new DataLoader(
      async (questions: readonly SupportQuestion[]) => manyByKey(questions.map((_q, i) => i), await findCoverage(db, questions, counter), (c) => c.question),
      { cacheKeyFn: (q) => `${q.key}\u0000${q.asOf ?? ''}` },
    ),
    actionsSupportingNothingInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findActionsSupportingNothing(db, keys, counter), (r) => r.planKey).map((rows) => rows.map((r) => r.action))),
    neighboursOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findNeighbours(db, keys, counter), (n) => n.askedKey)),
    lineageOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findLineage(db, keys, counter), (s) => s.askedKey)),
  };
}
