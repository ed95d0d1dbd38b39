/**
 * Stored nodes and link properties as traceability answers use them: item references, and the facts of a link made or stated by someone (citation, basis, rationale, who and
 * when): the one place that knows how they are stored, for this domain's statements and measures'.
 */
import type { ItemRef } from '../../shared/item-kinds.js';
import { typeNameOf } from '../nodes/item-types.js';
import { citationOf, type Stored } from '../provenance/provenance.models.js';
import type { LinkFactsModel } from './traceability.models.js';

/** A node as a statement returns it (`{key, labels}`), for answers that can be any kind of item. */
export type NodeRef = { key: string; labels: string[] };

export function itemRef(node: NodeRef): ItemRef {
  return { key: node.key, typeName: typeNameOf(node.labels) ?? 'Document' };
}

export function linkFacts(kind: string, p: Stored | null): LinkFactsModel {
  const at = p?.createdAt;
  return {
    kind,
    status: (p?.status as string) ?? null,
    basis: (p?.basis as string) ?? null,
    confidence: (p?.confidence as string) ?? null,
    illustrative: p?.illustrative === true,
    rationale: (p?.rationale as string) ?? (p?.note as string) ?? null,
    citation: p ? citationOf(p) : null,
    createdBy: (p?.createdBy as string) ?? null,
    createdAt: at == null ? null : String(at),
  };
}
