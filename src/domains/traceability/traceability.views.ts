/** Shapes between models and GraphQL types where a type is a view of a model (pages, edges, perspectives). */
import type { Page } from '../../shared/connection.js';
import type { AliasModel } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import type { PathModel, SearchHitModel, SupportingActionModel } from './traceability.models.js';

export type SupportingActionEdgeView = SupportingActionModel & { cursor: string };
export type SupportingActionPage = Page<SupportingActionModel>;
export type SearchHitEdgeView = SearchHitModel & { cursor: string };
export type SearchPage = Page<SearchHitModel>;
export type PathStepView = PathModel['steps'][number];

export interface OtherWordingView {
  item: ItemRef;
  canonical: string;
  alias: AliasModel;
}

