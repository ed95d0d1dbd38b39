/** Per-request loaders for plans: one batched statement per kind of access, whatever the query's shape. */
import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey, manyByKey } from '../../shared/by-keys.js';
import type { ItemCache } from '../../shared/item-cache.js';
import {
  findActionsByKeys,
  findActionsOfAims,
  findAimsByKeys,
  findAimsOfSubOutcomes,
  findDeliveryDocumentsOfActions,
  findOutcomesByKeys,
  findOutcomesOfPlans,
  findPlansByKeys,
  findStatementsByKeys,
  findStatementsOfDocuments,
  findSubOutcomesByKeys,
  findSubOutcomesOfOutcomes,
  findSubThemesByKeys,
  findThemesByKeys,
  findThemesOfPlans,
} from './plans.repository.js';
import type { CouncilScope } from '../councils/council-scope.js';
import { scopedLoader as byReference } from '../councils/scoped-loader.js';
import {
  findOutcomesByReference, findPlansByReference, findPlansOfCouncils, findSubOutcomesByReference, type ItemReference, type PlanReference,
} from './plan-lookups.repository.js';

export function createPlanLoaders(db: Executor, items: ItemCache, scope: CouncilScope) {
  const loaders = {
    /** A council's plans (null: the default council's), oldest first. */
    plansOfCouncil: byReference((refs: readonly { council: string | null }[]) => findPlansOfCouncils(db, refs.map((r) => r.council), scope), () => '', scope),
    planByKey: byKey((keys) => findPlansByKeys(db, keys), (p) => p.key),
    planByReference: byReference((refs: readonly PlanReference[]) => findPlansByReference(db, refs, scope), (r) => r.plan.trim(), scope),
    outcomesOfPlan: new DataLoader(async (keys: readonly string[]) => {
      const trees = await findOutcomesOfPlans(db, keys);
      for (const { outcome, subOutcomes } of trees) {
        items.prime('Outcome', outcome.key, outcome);
        if (items.enabled) loaders.subOutcomesOfOutcome.prime(outcome.key, subOutcomes);
        for (const sub of subOutcomes) items.prime('SubOutcome', sub.key, sub);
      }
      return manyByKey(keys, trees.map((t) => t.outcome), (o) => o.planKey);
    }),
    outcomeByKey: byKey((keys) => findOutcomesByKeys(db, keys), (o) => o.key),
    outcomeByReference: byReference((refs: readonly ItemReference[]) => findOutcomesByReference(db, refs, scope), (r) => `${r.plan.trim()}\u0000${r.ref}`, scope),
    subOutcomesOfOutcome: listByKey((keys) => findSubOutcomesOfOutcomes(db, keys), (s) => s.outcomeKey),
    subOutcomeByKey: byKey((keys) => findSubOutcomesByKeys(db, keys), (s) => s.key),
    subOutcomeByReference: byReference((refs: readonly ItemReference[]) => findSubOutcomesByReference(db, refs, scope), (r) => `${r.plan.trim()}\u0000${r.ref}`, scope),
    aimsOfSubOutcome: listByKey((keys) => findAimsOfSubOutcomes(db, keys), (a) => a.subOutcomeKey),
    aimByKey: byKey((keys) => findAimsByKeys(db, keys), (a) => a.key),
    actionsOfAim: listByKey((keys) => findActionsOfAims(db, keys), (a) => a.aimKey),
    actionByKey: byKey((keys) => findActionsByKeys(db, keys), (a) => a.key),
    deliveryDocumentsOfAction: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findDeliveryDocumentsOfActions(db, keys), (r) => r.actionKey).map((rows) => rows.map((r) => r.documentKey))),
    themesOfPlan: listByKey((keys) => findThemesOfPlans(db, keys), (t) => t.planKey),
    themeByKey: byKey((keys) => findThemesByKeys(db, keys), (t) => t.key),
    subThemeByKey: byKey((keys) => findSubThemesByKeys(db, keys), (s) => s.key),
    statementsOfDocument: listByKey((keys) => findStatementsOfDocuments(db, keys), (s) => s.documentKey),
    statementByKey: byKey((keys) => findStatementsByKeys(db, keys), (s) => s.key),
  };
  return loaders;
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
