/**
 * The kinds of item the thread is made of, defined once: each GraphQL type implementing `Node`, the graph
 * labels that make a node one of them, and its name in the council's words. Everything else that knows the
 * kinds derives from this list: which type serves a node (nodes/item-types.ts), each kind's loader
 * (nodes/load-item.ts, keyed by kind so a kind without one does not compile), the labels a seed node may
 * carry (seeding/seed-graph-types.ts), the row types of the `thread-items` import (imports/thread-item-types.ts)
 * and the explorer's fragment and kind names (explorer/src/items.ts, which imports this file at build time).
 * tests/unit/item-kinds.test.ts fails when the SDL's `Node` types and this list differ.
 *
 * No imports: the explorer's bundle includes this file.
 */

interface ItemKindSpec {
  /** Labels any one of which makes a node this kind (a statement is a Principle, an Approach, …). */
  readonly labels: readonly string[];
  /** Labels a node of this kind also carries, written before its own (a Strategic Plan is also a Document). */
  readonly alsoLabels?: readonly string[];
  /** What a reader calls it. */
  readonly displayName: string;
}

/**
 * In the order a node's labels are checked against: a Strategic Plan is also a Document, so StrategicPlan
 * comes before Document. Link is a kind with no labels: a link is a relationship, not a node.
 */
export const ITEM_KINDS = {
  StrategicPlan: { labels: ['StrategicPlan'], alsoLabels: ['Document'], displayName: 'Strategic Plan' },
  Outcome: { labels: ['Outcome'], displayName: 'Outcome' },
  SubOutcome: { labels: ['SubOutcome'], displayName: 'Sub-outcome' },
  Aim: { labels: ['Aim'], displayName: 'Aim' },
  Action: { labels: ['Action'], displayName: 'Action' },
  Theme: { labels: ['Theme'], displayName: 'Theme' },
  SubTheme: { labels: ['SubTheme'], displayName: 'Sub-theme' },
  Statement: { labels: ['Principle', 'Approach', 'Objective', 'Section', 'Component'], displayName: 'Statement' },
  Organisation: { labels: ['Organisation'], displayName: 'Organisation' },
  PartnerPriority: { labels: ['PartnerPriority'], displayName: 'Partner priority' },
  BusinessPlanCommitment: { labels: ['BusinessPlanCommitment'], displayName: 'Business plan commitment' },
  Measure: { labels: ['Measure'], displayName: 'Measure' },
  SavingsLine: { labels: ['SavingsLine'], displayName: 'Savings line' },
  SourceDocument: { labels: ['SourceDocument'], displayName: 'Committee paper' },
  Document: { labels: ['Document'], displayName: 'Document' },
  Link: { labels: [], displayName: 'Link' },
} as const satisfies Record<string, ItemKindSpec>;

/** A thread item found by a traversal: its key and the GraphQL type it is served as. */
export interface ItemRef {
  key: string;
  typeName: string;
}

/** A GraphQL type implementing `Node`. */
export type ItemKind = keyof typeof ITEM_KINDS;

/** A label that makes a node an item of some kind. */
export type ItemLabel = (typeof ITEM_KINDS)[ItemKind]['labels'][number];

export const ITEM_KIND_NAMES = Object.keys(ITEM_KINDS) as ItemKind[];

/** Every label that makes a node an item, in the order they are checked. */
export const ITEM_LABELS: readonly ItemLabel[] = ITEM_KIND_NAMES.flatMap((kind) => ITEM_KINDS[kind].labels);

export const isItemKind = (name: string): name is ItemKind => Object.hasOwn(ITEM_KINDS, name);

/** The kind a node with these labels is, or null for a node that is not an item (a meeting, an alias…). */
export function itemKindOf(labels: readonly string[]): ItemKind | null {
  for (const kind of ITEM_KIND_NAMES) if (ITEM_KINDS[kind].labels.some((label) => labels.includes(label))) return kind;
  return null;
}

/** The labels a new node of this kind is written with, for Cypher (`Document:StrategicPlan`). */
export function labelsOf(kind: Exclude<ItemKind, 'Link' | 'Statement'>): string {
  const spec: ItemKindSpec = ITEM_KINDS[kind];
  return [...(spec.alsoLabels ?? []), ...spec.labels].join(':');
}

export function displayNameOf(typeName: string): string {
  return isItemKind(typeName) ? ITEM_KINDS[typeName].displayName : typeName;
}
