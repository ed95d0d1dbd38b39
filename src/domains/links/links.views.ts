/** GraphQL views of links and item changes (pages, edges). */
import type { Page } from '../../shared/connection.js';
import type { ItemRef } from '../traceability/traceability.models.js';
import type { LinkModel } from './links.models.js';

export type LinkEdgeView = { node: LinkModel; cursor: string };
export type LinkPage = Page<{ node: LinkModel }>;

/** The result of changing an item: what changed, and how many analysts' links became SUSPECT. */
export interface ItemChangeView {
  item: ItemRef;
  suspectLinksFlagged: number;
}
