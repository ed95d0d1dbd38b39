/** Strategies and plans other than the Strategic Plans' trees: partner strategies, MTFS editions, programmes. */
import type { CitationModel } from '../provenance/provenance.models.js';

export interface DocumentModel {
  key: string;
  kind: string;
  title: string;
  period: string | null;
  status: string;
  note: string | null;
  ownerKey: string | null;
  /** True when the ownership itself is illustrative (the papers do not say who owns the document). */
  ownerIllustrative: boolean;
  illustrative: boolean;
  citation: CitationModel | null;
}

/** A stated relation between two documents, e.g. the 2022-26 plan UNDERPINNED_BY the departmental business plans. */
export interface DocumentRelationModel {
  fromKey: string;
  toKey: string;
  kind: string;
  /** CITED when the quote states it, ANALYST_JUDGEMENT when it is read from the papers (see the rationale). */
  basis: string;
  rationale: string | null;
  note: string | null;
  citation: CitationModel | null;
}

/** A document relation seen from one end. */
export interface DocumentRelationView {
  relation: DocumentRelationModel;
  /** The document asked about. */
  fromKey: string;
}
