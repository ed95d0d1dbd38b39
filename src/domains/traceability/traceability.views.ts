/** Shapes between models and GraphQL types where a type is a view of a model (pages, edges, perspectives). */
import type { Page } from '../../shared/connection.js';
import type { DocumentRelationModel } from '../documents/documents.models.js';
import type { AliasModel } from '../provenance/provenance.models.js';
import type { ItemRef, PathModel, SearchHitModel, SupportingActionModel } from './traceability.models.js';

export type SupportingActionEdgeView = SupportingActionModel & { cursor: string };
export type SupportingActionPage = Page<SupportingActionModel>;
export type SearchHitEdgeView = SearchHitModel & { cursor: string };
export type SearchPage = Page<SearchHitModel>;
export type PathStepView = PathModel['steps'][number];

/** A document relation seen from one end. */
export interface DocumentRelationView {
  relation: DocumentRelationModel;
  /** The document asked about. */
  fromKey: string;
}

export interface OtherWordingView {
  item: ItemRef;
  canonical: string;
  alias: AliasModel;
}

