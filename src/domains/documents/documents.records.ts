/**
 * Stored document properties → document models: the one place that knows how a document and its owner are
 * stored, used by this domain's repository and by the statements of other domains that return documents
 * beside their own rows (councils, editions, partner strategies).
 */
import { citationOf, type Stored } from '../provenance/provenance.models.js';
import type { DocumentModel } from './documents.models.js';

export function toDocument(d: Stored, ownerKey: string | null, ownerIllustrative = false): DocumentModel {
  return {
    key: String(d.key), kind: String(d.kind ?? 'POLICY'), title: String(d.title), period: (d.period as string) ?? null,
    status: String(d.status ?? 'unknown'), note: (d.note as string) ?? null, ownerKey, ownerIllustrative, illustrative: d.illustrative === true,
    citation: citationOf(d),
  };
}

/** A document with its owner, as one map, for statements that return documents beside their own rows. */
export const documentProjection = (d: string) =>
  `{d: properties(${d}), owner: [(${d})-[owned:OWNED_BY]->(o:Organisation) | {key: o.key, illustrative: owned.illustrative}][0]}`;

export type DocumentProjection = { d: Stored; owner: { key: string; illustrative: boolean | null } | null };

export const documentFromProjection = (p: DocumentProjection): DocumentModel => toDocument(p.d, p.owner?.key ?? null, p.owner?.illustrative === true);
