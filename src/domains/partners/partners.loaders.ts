import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import {
  findAlignmentsOfPriorities,
  findAlignmentsToTargets,
  findAlignmentsWithinPlans,
  findPrioritiesByKeys,
  findPrioritiesOfStrategies,
} from './partners.repository.js';

export function createPartnerLoaders(db: Executor, items: ItemCache) {
  return {
    prioritiesOfStrategy: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findPrioritiesOfStrategies(db, keys), (p) => p.strategyKey)),
    priorityByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findPrioritiesByKeys(db, keys), (p) => p.key)),
    alignmentsOfPriority: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsOfPriorities(db, keys), (a) => a.priorityKey)),
    alignmentsToTarget: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAlignmentsToTargets(db, keys), (a) => a.target.key)),
    /** A plan's alignments, with its outcomes in order (rows) and the strategies aligned (columns). */
    alignmentsWithinPlan: new DataLoader(async (keys: readonly string[]) => {
      const plans = await findAlignmentsWithinPlans(db, keys);
      for (const plan of plans) {
        for (const strategy of plan.strategies) items.prime('Document', strategy.key, strategy);
        for (const outcome of plan.outcomes) items.prime('Outcome', outcome.key, outcome);
      }
      return keys.map((key) => plans.find((p) => p.planKey === key) ?? { planKey: key, outcomes: [], alignments: [], strategies: [] });
    }),
  };
}
