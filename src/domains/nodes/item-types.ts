/**
 * Which GraphQL type serves a node with given labels, for answers that can return any kind of item (node(id:),
 * search hits, path steps, lineage ends). The kinds and their labels are defined once, in
 * src/shared/item-kinds.ts; a Strategic Plan is also a Document, and the registry's order says so.
 */
import { ITEM_KIND_NAMES, ITEM_KINDS, itemKindOf } from '../../shared/item-kinds.js';

/** Every GraphQL type a labelled item can be served as (a link is a relationship, so not among them). */
export const ITEM_TYPE_NAMES: ReadonlySet<string> = new Set(ITEM_KIND_NAMES.filter((kind) => ITEM_KINDS[kind].labels.length > 0));

export function typeNameOf(labels: readonly string[]): string | null {
  return itemKindOf(labels);
}
