/** Governance: organisations (departments, boards, partners), the decisions that approved plans, monitoring. */
import type { DomainModule } from '../../shared/domain-module.js';
import { GOVERNANCE_EXAMPLES } from './governance-examples.js';
import { createGovernanceLoaders } from './governance.loaders.js';
import { governanceResolvers } from './governance.resolvers.js';

const models = 'domains/governance/governance.models.js';

export const governanceModule = {
  name: 'governance',
  typeDefs: ['governance.graphql'],
  resolvers: [governanceResolvers],
  createLoaders: createGovernanceLoaders,
  mappers: {
    Organisation: `${models}#OrganisationModel`, Decision: `${models}#DecisionModel`, Monitoring: `${models}#MonitoringModel`,
    Assessment: `${models}#AssessmentModel`,
  },
  examples: GOVERNANCE_EXAMPLES,
} as const satisfies DomainModule<'governance'>;
