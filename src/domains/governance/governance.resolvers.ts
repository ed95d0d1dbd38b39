/** Resolvers for organisations, decisions (a plan's timeline) and monitoring. */
import type { AssessmentKind, DecisionKind, OrganisationKind, Resolvers } from '../../generated/graphql.js';
import { found } from '../../shared/by-keys.js';
import { recordId, toGlobalId } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { loadRequired } from '../../shared/by-keys.js';

export const governanceResolvers: Resolvers = {
  Organisation: {
    id: (org) => toGlobalId('Organisation', org.key),
    organisationKind: (org) => org.kind as OrganisationKind,
    kind: (org) => org.kind as OrganisationKind,
    aliases: (org, _args, { loaders }) => loaders.provenance.aliasesOfItem.load(org.key),
    partOf: (org, _args, { loaders }) => (org.partOfKey ? loaders.governance.organisationByKey.load(org.partOfKey) : null),
    replacedBy: (org, _args, { loaders }) => (org.replacedByKey ? loaders.governance.organisationByKey.load(org.replacedByKey) : null),
    replaces: async (org, _args, { loaders }) => found(await loaders.governance.organisationByKey.loadMany(org.replacesKeys)),
  },
  Assessment: {
    kind: (a) => a.kind as AssessmentKind,
    document: async (a, _args, { loaders }) => (await loaders.documents.documentByKey.load(a.documentKey))!,
  },
  Document: {
    assessments: (doc, _args, { loaders }) => loaders.governance.assessmentsOfDocument.load(doc.key),
  },
  Decision: {
    id: (d) => recordId('Decision', d.meetingKey, d.documentKey, d.kind),
    body: async (decision, _args, { loaders }) => loadRequired(loaders.governance.organisationByKey, decision.bodyKey),
    kind: (decision) => decision.kind as DecisionKind,
    // Papers give some meetings by month only: `date` is then null, and `month` is always the month.
    date: (decision) => (decision.date.length === 10 ? decision.date : null),
    month: (decision) => decision.date.slice(0, 7),
    document: async (decision, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, decision.documentKey),
  },
  Monitoring: {
    id: (m) => recordId('Monitoring', m.boardKey, m.itemTypeName, m.itemKey),
    board: async (m, _args, { loaders }) => loadRequired(loaders.governance.organisationByKey, m.boardKey),
    item: (m, _args, context, info) => resolveReferencedItem({ key: m.itemKey, typeName: m.itemTypeName }, context, info),
  },
  StrategicPlan: {
    decisions: (plan, _args, { loaders }) => loaders.governance.decisionsOnDocument.load(plan.key),
    monitoring: (plan, _args, { loaders }) => loaders.governance.monitoringWithinPlan.load(plan.key),
    assessments: (plan, _args, { loaders }) => loaders.governance.assessmentsOfDocument.load(plan.key),
  },
  Outcome: {
    monitoredBy: (outcome, _args, { loaders }) => loaders.governance.monitoringOfItem.load(outcome.key),
  },
};
