/**
 * Loads any thread item by type name and key through the request's loaders, and tags it with its type so
 * the `Node` interface resolves without guessing. Used by node(id:), search hits, path steps and lineage.
 */
import type { Loaders } from '../../context.js';
import type { ItemRef } from '../traceability/traceability.models.js';

const TYPE_NAME = Symbol('typeName');

const FETCHERS: Record<string, (key: string, loaders: Loaders) => Promise<object | null>> = {
  StrategicPlan: (key, l) => l.plans.planByPeriod.load(key),
  Outcome: (key, l) => l.plans.outcomeByKey.load(key),
  SubOutcome: (key, l) => l.plans.subOutcomeByKey.load(key),
  Aim: (key, l) => l.plans.aimByKey.load(key),
  Action: (key, l) => l.plans.actionByKey.load(key),
  Theme: (key, l) => l.plans.themeByKey.load(key),
  SubTheme: (key, l) => l.plans.subThemeByKey.load(key),
  Statement: (key, l) => l.plans.statementByKey.load(key),
  Document: (key, l) => l.documents.documentByKey.load(key),
  Organisation: (key, l) => l.governance.organisationByKey.load(key),
  PartnerPriority: (key, l) => l.partners.priorityByKey.load(key),
  Link: (key, l) => l.links.linkByKey.load(key),
  BusinessPlanCommitment: (key, l) => l.businessPlans.commitmentByKey.load(key),
  Measure: (key, l) => l.plans.measureByKey.load(key),
  SavingsLine: (key, l) => l.finance.lineByKey.load(key),
  SourceDocument: (key, l) => l.provenance.sourceByKey.load(key),
};

export type TaggedItem = object & { [TYPE_NAME]: string };

export async function loadItem(ref: ItemRef, loaders: Loaders): Promise<TaggedItem | null> {
  const fetch = FETCHERS[ref.typeName];
  const item = fetch ? await fetch(ref.key, loaders) : null;
  return item ? Object.assign(Object.create(null) as object, item, { [TYPE_NAME]: ref.typeName }) : null;
}

/** Like loadItem, for references that must exist (they came out of the graph in this request). */
export async function loadExistingItem(ref: ItemRef, loaders: Loaders): Promise<TaggedItem> {
  const item = await loadItem(ref, loaders);
  if (!item) throw new Error(`item ${ref.typeName} ${ref.key} vanished during the request`);
  return item;
}

export function typeNameOfItem(item: unknown): string {
  return (item as TaggedItem)[TYPE_NAME];
}
