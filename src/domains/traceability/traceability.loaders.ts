import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey } from '../../shared/by-keys.js';
import { findActionsSupportingNothing, findCoverage, findLineage, findSupportingActions } from './traceability.repository.js';

export function createTraceabilityLoaders(db: Database, counter: QueryCounter) {
  return {
    supportingActionsOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findSupportingActions(db, keys, counter), (s) => s.targetKey)),
    coverageOfPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCoverage(db, keys, counter), (c) => c.planKey)),
    actionsSupportingNothingInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findActionsSupportingNothing(db, keys, counter), (r) => r.planKey).map((rows) => rows.map((r) => r.action))),
    lineageOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findLineage(db, keys, counter), (s) => s.askedKey)),
  };
}
