/**
 * Loads any thread item by type name and key through the request's loaders, and tags it with its type so
 * the `Node` interface resolves without guessing. Used by node(id:), search hits, path steps and lineage.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext, Loaders } from '../../context.js';
import { asksOnlyIdentity } from '../../shared/look-ahead.js';
import type { ItemRef } from '../traceability/traceability.models.js';

const TYPE_NAME = Symbol('typeName');

// `prime` takes the loader's own model; the registry is keyed by type name, so the caller vouches for it.
type ItemLoader = { load(key: string): Promise<object | null>; prime(key: string, value: never): unknown };

/** The by-key loader of each item type: loads an item, or is primed with one a wider statement returned. */
const LOADERS: Record<string, (loaders: Loaders) => ItemLoader> = {
  StrategicPlan: (l) => l.plans.planByKey,
  Outcome: (l) => l.plans.outcomeByKey,
  SubOutcome: (l) => l.plans.subOutcomeByKey,
  Aim: (l) => l.plans.aimByKey,
  Action: (l) => l.plans.actionByKey,
  Theme: (l) => l.plans.themeByKey,
  SubTheme: (l) => l.plans.subThemeByKey,
  Statement: (l) => l.plans.statementByKey,
  Document: (l) => l.documents.documentByKey,
  Organisation: (l) => l.governance.organisationByKey,
  PartnerPriority: (l) => l.partners.priorityByKey,
  Link: (l) => l.links.linkByKey,
  BusinessPlanCommitment: (l) => l.businessPlans.commitmentByKey,
  Measure: (l) => l.plans.measureByKey,
  SavingsLine: (l) => l.finance.lineByKey,
  SourceDocument: (l) => l.provenance.sourceByKey,
};

/**
 * Where a statement that returns more than its own rows (a supporting action's aim, a coverage row's
 * sub-outcome) hands those items over, so the fields that ask for them next need no statement of their own.
 * A no-op when compiled reads are off.
 */
export interface ItemCache {
  /** Whether handing over is on (compiled reads); a loader priming a list of its own checks it too. */
  readonly enabled: boolean;
  prime(typeName: keyof typeof LOADERS, key: string, item: object): void;
}

export function itemCacheOf(loaders: () => Loaders, enabled: boolean): ItemCache {
  return {
    enabled,
    prime(typeName, key, item) {
      if (enabled) LOADERS[typeName]?.(loaders()).prime(key, item as never);
    },
  };
}

export type TaggedItem = object & { [TYPE_NAME]: string };

export async function loadItem(ref: ItemRef, loaders: Loaders): Promise<TaggedItem | null> {
  const loader = LOADERS[ref.typeName];
  const item = loader ? await loader(loaders).load(ref.key) : null;
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

/**
 * An item this request's own statement has just returned (a search hit, a path step, a lineage end): when
 * the caller asks it for nothing but `id` (every type's id is made of its key alone), the reference answers
 * and nothing is loaded; otherwise it is loaded like any other.
 */
export async function resolveReferencedItem(ref: ItemRef, { loaders, compiled }: Pick<GraphQLContext, 'loaders' | 'compiled'>, info: GraphQLResolveInfo): Promise<TaggedItem> {
  if (compiled && asksOnlyIdentity(info)) return Object.assign(Object.create(null) as object, { key: ref.key }, { [TYPE_NAME]: ref.typeName });
  return loadExistingItem(ref, loaders);
}
