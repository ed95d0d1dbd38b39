/** Links analysts make between items of the thread, with their review status and version. */
import type { ItemRef } from '../../shared/item-kinds.js';

export type LinkStatus = 'PROPOSED' | 'VALIDATED' | 'SUSPECT' | 'RETIRED';

export interface LinkModel {
  key: string;
  kind: string;
  from: ItemRef;
  to: ItemRef;
  status: LinkStatus;
  rationale: string | null;
  strength: string | null;
  /** Share in percent (0-100], where the link apportions something (savings). */
  share: number | null;
  /** True when the link is illustrative data (imported with `illustrative: yes`), not an analyst's judgement. */
  illustrative: boolean;
  version: number;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  validatedBy: string | null;
  validatedAt: string | null;
  suspectReason: string | null;
  retiredBy: string | null;
  retiredAt: string | null;
  retiredReason: string | null;
}
