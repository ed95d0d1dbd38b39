/**
 * Loads any thread item by type name and key through the request's loaders, and tags it with its type so
 * the `Node` interface resolves without guessing. Used by node(id:), search hits, path steps and lineage.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext, Loaders } from '../../context.js';
import type { NodeResolvers, ResolversInterfaceTypes, ResolversTypes } from '../../generated/graphql.js';
import { asksOnlyIdentity } from '../../shared/look-ahead.js';
import type { ItemCache } from '../../shared/item-cache.js';
import { isItemKind, type ItemKind } from '../../shared/item-kinds.js';
import type { ItemRef } from '../../shared/item-kinds.js';

const TYPE_NAME = Symbol('typeName');

/** Any item the `Node` interface answers with: the model of one of the types implementing it. */
export type NodeModel = ResolversInterfaceTypes<ResolversTypes>['Node'];

/** The GraphQL types implementing `Node` (generated from the SDL). */
export type NodeTypeName = Exclude<Awaited<ReturnType<NodeResolvers['__resolveType']>>, null | undefined>;

/** Nodes that are records, not items of the graph: `node(id:)` answers them to those who may see them. */
type RecordKind = 'ApiToken' | 'AuditEvent';
type NodeKind = ItemKind | RecordKind;
const RECORD_KINDS: ReadonlySet<string> = new Set<RecordKind>(['ApiToken', 'AuditEvent']);
const isNodeKind = (name: string): name is NodeKind => isItemKind(name) || RECORD_KINDS.has(name);

// The item-kind registry (src/shared/item-kinds.ts) and the records are the SDL's `Node` types: a kind
// added to one only does not compile (and tests/unit/item-kinds.test.ts says which).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registryMatchesSdl: Same<NodeKind, NodeTypeName> = true;
void registryMatchesSdl;

// `prime` takes the loader's own model, which only the statement priming it knows (it vouches for it): the
// method form is checked both ways (bivariantly), so each kind's DataLoader fits without a cast.
interface ItemLoader {
  load(key: string): Promise<object | null>;
  prime(key: string, value: object | null): unknown;
}

/**
 * The by-key loader of each item type: loads an item, or is primed with one a wider statement returned.
 * Keyed by every item kind (each type implementing `Node`), so a new kind without a loader does not compile.
 */
const LOADERS: Record<NodeKind, (loaders: Loaders) => ItemLoader> = {
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
      if (enabled && isItemKind(typeName)) LOADERS[typeName](loaders()).prime(key, item);
    },
  };
}

/**
 * The item, tagged with its type for `__resolveType`. The one place an item is asserted to be a NodeModel:
 * LOADERS gives each type name the loader of that type's model.
 */
function tagged(item: object, typeName: NodeKind): NodeModel {
  return Object.assign(Object.create(null) as object, item, { [TYPE_NAME]: typeName }) as unknown as NodeModel;
}

export async function loadItem(ref: ItemRef, loaders: Loaders): Promise<NodeModel | null> {
  if (!isNodeKind(ref.typeName)) return null;
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
  if (compiled && asksOnlyIdentity(info) && isItemKind(ref.typeName)) return tagged({ key: ref.key }, ref.typeName);
  return loadExistingItem(ref, loaders);
}
