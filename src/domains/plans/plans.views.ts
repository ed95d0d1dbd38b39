/** GraphQL views of the plans domain's answers that are not stored items. */
import type { ItemRef } from '../../shared/item-kinds.js';

/** The result of changing an item: what changed, and how many analysts' links became SUSPECT. */
export interface ItemChangeView {
  item: ItemRef;
  suspectLinksFlagged: number;
}
