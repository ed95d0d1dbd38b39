/** What the traceability fields of plans and sub-outcomes load, for a root field that knows the key early. */
import { early, type Prefetchers } from '../../shared/prefetch.js';
import { asOfArgument } from '../../shared/as-of.js';

/** The `asOf` each alias asks for; a malformed one is left for the field itself to refuse. */
function asOfs(selected: { args: Record<string, unknown> }[]): (string | null)[] {
  return selected.flatMap((s) => {
    try {
      return [asOfArgument(s.args.asOf as string | null | undefined)];
    } catch {
      return [];
    }
  });
}

export const traceabilityPrefetchers: Prefetchers = {
  StrategicPlan: {
    coverage: (key, selected, { loaders }) => {
      for (const asOf of asOfs(selected)) early(loaders.traceability.coverageOfPlan.load({ key, asOf }));
    },
  },
  SubOutcome: {
    supportingActions: (key, selected, { loaders }) => {
      for (const asOf of asOfs(selected)) early(loaders.traceability.supportingActionsOf.load({ key, asOf }));
    },
  },
  Outcome: {
    supportingActions: (key, selected, { loaders }) => {
      for (const asOf of asOfs(selected)) early(loaders.traceability.supportingActionsOf.load({ key, asOf }));
    },
  },
};
