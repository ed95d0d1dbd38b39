import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey } from '../../shared/by-keys.js';
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
    prioritiesOfStrategy: listByKey((keys) => findPrioritiesOfStrategies(db, keys), (p) => p.strategyKey),
    priorityByKey: byKey((keys) => findPrioritiesByKeys(db, keys), (p) => p.key),
    alignmentsOfPriority: listByKey((keys) => findAlignmentsOfPriorities(db, keys), (a) => a.priorityKey),
    alignmentsToTarget: listByKey((keys) => findAlignmentsToTargets(db, keys), (a) => a.target.key),
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
