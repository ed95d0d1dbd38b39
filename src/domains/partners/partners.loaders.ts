import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import {
  findAlignmentsOfPriorities,
  findAlignmentsToTargets,
  findAlignmentsWithinPlans,
  findPrioritiesByKeys,
  findPrioritiesOfStrategies,
} from './partners.repository.js';

export function createPartnerLoaders(db: Executor) {
  return {
    prioritiesOfStrategy: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findPrioritiesOfStrategies(db, keys), (p) => p.strategyKey)),
    priorityByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findPrioritiesByKeys(db, keys), (p) => p.key)),
    alignmentsOfPriority: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsOfPriorities(db, keys), (a) => a.priorityKey)),
    alignmentsToTarget: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsToTargets(db, keys), (a) => a.target.key)),
    alignmentsWithinPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsWithinPlans(db, keys), (a) => a.planKey)),
  };
}
