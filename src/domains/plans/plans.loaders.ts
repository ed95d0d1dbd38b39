/** Per-request loaders for plans: one batched statement per kind of access, whatever the query's shape. */
import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import {
  findActionsByKeys,
  findActionsOfAims,
  findAimsByKeys,
  findAimsOfSubOutcomes,
  findAllPlans,
  findDeliveryDocumentsOfActions,
  findOutcomesByKeys,
  findOutcomesByReference,
  findOutcomesOfPlans,
  findPlansByPeriods,
  findStatementsByKeys,
  findStatementsOfDocuments,
  findSubOutcomesByKeys,
  findSubOutcomesByReference,
  findSubOutcomesOfOutcomes,
  findSubThemesByKeys,
  findThemesByKeys,
  findThemesOfPlans,
  type ItemReference,
} from './plans.repository.js';

/** A loader keyed by (plan, reference) whose batch function answers with the index of each reference. */
function byReference<T extends { ref: number }>(find: (refs: readonly ItemReference[]) => Promise<T[]>) {
  return new DataLoader(
    async (refs: readonly ItemReference[]) => {
      const rows = await find(refs);
      return refs.map((_ref, i) => rows.find((r) => r.ref === i) ?? null);
    },
    { cacheKeyFn: (r) => `${r.plan}\u0000${r.ref}` },
  );
}

export function createPlanLoaders(db: Executor, items: ItemCache) {
  const loaders = {
    /** Every plan; keyed by a constant so that repeated `plans` fields in one request share one statement. */
    allPlans: new DataLoader(async (keys: readonly 'all'[]) => {
      const plans = await findAllPlans(db);
      return keys.map(() => plans);
    }),
    planByPeriod: new DataLoader(async (periods: readonly string[]) => oneByKey(periods, await findPlansByPeriods(db, periods), (p) => p.period)),
    outcomesOfPlan: new DataLoader(async (keys: readonly string[]) => {
      const trees = await findOutcomesOfPlans(db, keys);
      for (const { outcome, subOutcomes } of trees) {
        items.prime('Outcome', outcome.key, outcome);
        if (items.enabled) loaders.subOutcomesOfOutcome.prime(outcome.key, subOutcomes);
        for (const sub of subOutcomes) items.prime('SubOutcome', sub.key, sub);
      }
      return manyByKey(keys, trees.map((t) => t.outcome), (o) => o.planKey);
    }),
    outcomeByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findOutcomesByKeys(db, keys), (o) => o.key)),
    outcomeByReference: byReference((refs) => findOutcomesByReference(db, refs)),
    subOutcomesOfOutcome: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findSubOutcomesOfOutcomes(db, keys), (s) => s.outcomeKey)),
    subOutcomeByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findSubOutcomesByKeys(db, keys), (s) => s.key)),
    subOutcomeByReference: byReference((refs) => findSubOutcomesByReference(db, refs)),
    aimsOfSubOutcome: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAimsOfSubOutcomes(db, keys), (a) => a.subOutcomeKey)),
    aimByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findAimsByKeys(db, keys), (a) => a.key)),
    actionsOfAim: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findActionsOfAims(db, keys), (a) => a.aimKey)),
    actionByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findActionsByKeys(db, keys), (a) => a.key)),
    deliveryDocumentsOfAction: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findDeliveryDocumentsOfActions(db, keys), (r) => r.actionKey).map((rows) => rows.map((r) => r.documentKey))),
    themesOfPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findThemesOfPlans(db, keys), (t) => t.planKey)),
    themeByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findThemesByKeys(db, keys), (t) => t.key)),
    subThemeByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findSubThemesByKeys(db, keys), (s) => s.key)),
    statementsOfDocument: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findStatementsOfDocuments(db, keys), (s) => s.documentKey)),
    statementByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findStatementsByKeys(db, keys), (s) => s.key)),
  };
  return loaders;
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
