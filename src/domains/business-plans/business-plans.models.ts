/** Departmental business plans' commitments and what they deliver. */
import type { ItemRef } from '../../shared/item-kinds.js';

export interface CommitmentModel {
  key: string;
  businessPlanKey: string;
  code: string;
  text: string;
  illustrative: boolean;
}

/** A DELIVERS link, seen from the sub-outcome it ends up serving. */
export interface DeliveryModel {
  commitmentKey: string;
  target: ItemRef;
  /** The sub-outcome the target is or sits under. */
  subOutcomeKey: string | null;
}
