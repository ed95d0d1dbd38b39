/** What a plan's and an outcome's own fields load, for a root field that knows the key early. */
import { early, type Prefetchers } from '../../shared/prefetch.js';

export const planPrefetchers: Prefetchers = {
  StrategicPlan: {
    outcomes: (key, _selected, { loaders }) => early(loaders.plans.outcomesOfPlan.load(key)),
    themes: (key, _selected, { loaders }) => early(loaders.plans.themesOfPlan.load(key)),
  },
  Outcome: {
    subOutcomes: (key, _selected, { loaders }) => early(loaders.plans.subOutcomesOfOutcome.load(key)),
  },
  SubOutcome: {
    aims: (key, _selected, { loaders }) => early(loaders.plans.aimsOfSubOutcome.load(key)),
  },
};
