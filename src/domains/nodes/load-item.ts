/**
 * Loads any thread item by type name and key through the request's loaders, and tags it with its type so
 * the `Node` interface resolves without guessing. Used by node(id:), search hits, path steps and lineage.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext, Loaders } from '../../context.js';
import type { NodeResolvers, ResolversInterfaceTypes, ResolversTypes } from '../../generated/graphql.js';
import { asksOnlyIdentity } from '../../shared/look-ahead.js';
import type { ItemCache } from '../../shared/item-cache.js';
import type { ItemRef } from '../traceability/traceability.models.js';

const TYPE_NAME = Symbol('typeName');

/** Any item the `Node` interface answers with: the model of one of the types implementing it. */
export type NodeModel = ResolversInterfaceTypes<ResolversTypes>['Node'];

/** The GraphQL types implementing `Node` (generated from the SDL). */
export type NodeTypeName = Exclude<Awaited<ReturnType<NodeResolvers['__resolveType']>>, null | undefined>;

// `prime` takes the loader's own model, which only the statement priming it knows (it vouches for it).
type ItemLoader = { load(key: string): Promise<object | null>; prime(key: string, value: never): unknown };

/**
 * The by-key loader of each item type: loads an item, or is primed with one a wider statement returned.
 * Keyed by every type implementing `Node`, so a new item type without a loader does not compile.
 */
const LOADERS: Record<NodeTypeName, (loaders: Loaders) => ItemLoader> = {
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
  Measure: (l) => l.measures.measureByKey,
  SavingsLine: (l) => l.finance.lineByKey,
  SourceDocument: (l) => l.provenance.sourceByKey,
  // Records rather than items: node(id:) answers them only to callers who may see them (nodes.resolvers.ts).
  ApiToken: (l) => l.auth.tokenById,
  AuditEvent: (l) => l.history.eventById,
};

/** The request's ItemCache: hands items to the by-key loader of their type (LOADERS). */
export function itemCacheOf(loaders: () => Loaders, enabled: boolean): ItemCache {
  return {
    enabled,
    prime(typeName, key, item) {
      if (enabled && isNodeTypeName(typeName)) LOADERS[typeName](loaders()).prime(key, item as never);
    },
  };
}

const isNodeTypeName = (name: string): name is NodeTypeName => Object.hasOwn(LOADERS, name);

/**
 * The item, tagged with its type for `__resolveType`. The one place an item is asserted to be a NodeModel:
 * LOADERS gives each type name the loader of that type's model.
 */
function tagged(item: object, typeName: NodeTypeName): NodeModel {
  return Object.assign(Object.create(null) as object, item, { [TYPE_NAME]: typeName }) as unknown as NodeModel;
}

export async function loadItem(ref: ItemRef, loaders: Loaders): Promise<NodeModel | null> {
  if (!isNodeTypeName(ref.typeName)) return null;
  const item = await LOADERS[ref.typeName](loaders).load(ref.key);
  return item ? tagged(item, ref.typeName) : null;
}

/** Like loadItem, for references that must exist (they came out of the graph in this request). */
export async function loadExistingItem(ref: ItemRef, loaders: Loaders): Promise<NodeModel> {
  const item = await loadItem(ref, loaders);
  if (!item) throw new Error(`item ${ref.typeName} ${ref.key} vanished during the request`);
  return item;
}

export function typeNameOfItem(item: NodeModel): NodeTypeName {
  return (item as unknown as { [TYPE_NAME]: NodeTypeName })[TYPE_NAME];
}

/**
 * An item this request's own statement has just returned (a search hit, a path step, a lineage end): when
 * the caller asks it for nothing but `id` (every type's id is made of its key alone), the reference answers
 * and nothing is loaded; otherwise it is loaded like any other.
 */
export async function resolveReferencedItem(ref: ItemRef, { loaders, compiled }: Pick<GraphQLContext, 'loaders' | 'compiled'>, info: GraphQLResolveInfo): Promise<NodeModel> {
  // Only `id` (and `__typename`) is read from it, and every type's id is made from its key.
  if (compiled && asksOnlyIdentity(info) && isNodeTypeName(ref.typeName)) return tagged({ key: ref.key }, ref.typeName);
  return loadExistingItem(ref, loaders);
}
