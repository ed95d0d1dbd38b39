/** Resolvers for councils: arguments in, loader calls out. */
import type { Resolvers } from '../../generated/graphql.js';
import { loadRequired } from '../../shared/by-keys.js';

export const councilResolvers: Resolvers = {
  Query: {
    councils: (_root, _args, { loaders }) => loaders.councils.all.load('all'),
  },
  Council: {
    default: (council) => council.isDefault,
    organisation: async (council, _args, { loaders }) => loadRequired(loaders.governance.organisationByKey, council.key),
    plans: async (council, _args, { loaders }) => (await loaders.plans.plansOfCouncil.load({ council: council.key })) ?? [],
    financialStrategies: (council, _args, { loaders }) => loaders.councils.financialStrategiesOf.load(council.key),
  },
};
