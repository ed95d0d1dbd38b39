/** What a plan's alignment fields load, for a root field that knows the plan's key early. */
import { early, type Prefetchers } from '../../shared/prefetch.js';

export const partnerPrefetchers: Prefetchers = {
  StrategicPlan: {
    alignmentMatrix: (key, _selected, { loaders }) => early(loaders.partners.alignmentsWithinPlan.load(key)),
    sharedGround: (key, _selected, { loaders }) => early(loaders.partners.alignmentsWithinPlan.load(key)),
  },
};
