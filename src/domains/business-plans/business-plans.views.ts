import type { SubOutcomeModel } from '../plans/plans.models.js';
import type { CommitmentModel } from './business-plans.models.js';

export interface SubOutcomeCommitmentsView {
  subOutcome: SubOutcomeModel;
  commitments: CommitmentModel[];
}
