import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import {
  findAlignmentsOfPriorities,
  findAlignmentsToTargets,
  findAlignmentsWithinPlans,
  findPrioritiesByKeys,
  findPrioritiesOfStrategies,
} from './partners.repository.js';

export function createPartnerLoaders(db: Database, counter: QueryCounter) {
  return {
    prioritiesOfStrategy: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findPrioritiesOfStrategies(db, keys, counter), (p) => p.strategyKey)),
    priorityByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findPrioritiesByKeys(db, keys, counter), (p) => p.key)),
    alignmentsOfPriority: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsOfPriorities(db, keys, counter), (a) => a.priorityKey)),
    alignmentsToTarget: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsToTargets(db, keys, counter), (a) => a.target.key)),
    alignmentsWithinPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsWithinPlans(db, keys, counter), (a) => a.planKey)),
  };
}
