/** What an edition's savings views load beyond the edition itself, for the `savings` root field to start early. */
import { early, type Prefetchers } from '../../shared/prefetch.js';

export const financePrefetchers: Prefetchers = {
  MtfsSavings: {
    // byOutcome(plan:) needs the plan's outcomes: started beside the edition's lines, one wave for both.
    byOutcome: (_edition, selected, { loaders }) => {
      for (const { args } of selected) if (typeof args.plan === 'string') early(loaders.plans.outcomesOfPlan.load(args.plan.trim()));
    },
  },
};
