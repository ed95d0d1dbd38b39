/** Per-request loaders for plans: one batched statement per kind of access, whatever the query's shape. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import {
  findAllPlans,
  findOutcomesByReference,
  findSubOutcomesByReference,
  type ItemReference,
  findOutcomesByKeys,
  findOutcomesOfPlans,
  findPlansByPeriods,
  findSubOutcomesByKeys,
  findSubOutcomesOfOutcomes,
  findThemesByKeys,
  findThemesOfPlans,
} from './plans.repository.js';

export function createPlanLoaders(db: Database, counter: QueryCounter) {
  return {
    /** Every plan; keyed by a constant so that repeated `plans` fields in one request share one statement. */
    allPlans: new DataLoader(async (keys: readonly 'all'[]) => {
      const plans = await findAllPlans(db, counter);
      return keys.map(() => plans);
    }),
    planByPeriod: new DataLoader(async (periods: readonly string[]) =>
      oneByKey(periods, await findPlansByPeriods(db, periods, counter), (p) => p.period)),
    outcomesOfPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findOutcomesOfPlans(db, keys, counter), (o) => o.planKey)),
    outcomeByKey: new DataLoader(async (keys: readonly string[]) =>
      oneByKey(keys, await findOutcomesByKeys(db, keys, counter), (o) => o.key)),
    subOutcomesOfOutcome: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findSubOutcomesOfOutcomes(db, keys, counter), (s) => s.outcomeKey)),
    subOutcomeByKey: new DataLoader(async (keys: readonly string[]) =>
      oneByKey(keys, await findSubOutcomesByKeys(db, keys, counter), (s) => s.key)),
    /** By plan and code, name or alias; the key is an ItemReference compared by value. */
    subOutcomeByReference: new DataLoader(
      async (refs: readonly ItemReference[]) => {
        const rows = await findSubOutcomesByReference(db, refs, counter);
        return refs.map((_ref, i) => rows.find((r) => r.ref === i) ?? null);
      },
      { cacheKeyFn: (r) => `${r.plan}\u0000${r.ref}` },
    ),
    outcomeByReference: new DataLoader(
      async (refs: readonly ItemReference[]) => {
        const rows = await findOutcomesByReference(db, refs, counter);
        return refs.map((_ref, i) => rows.find((r) => r.ref === i) ?? null);
      },
      { cacheKeyFn: (r) => `${r.plan}\u0000${r.ref}` },
    ),
    themesOfPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findThemesOfPlans(db, keys, counter), (t) => t.planKey)),
    themeByKey: new DataLoader(async (keys: readonly string[]) =>
      oneByKey(keys, await findThemesByKeys(db, keys, counter), (t) => t.key)),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
