/** Resolvers for documents and the relations the papers state between them. */
import type { DocumentKind, DocumentRelationKind, LinkBasis, Resolvers } from '../../generated/graphql.js';
import { found, loadRequired } from '../../shared/by-keys.js';
import { integerArgument } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { statusOf } from './document-status.js';
import type { DocumentRelationView } from './documents.models.js';
import type { GraphQLContext } from '../../context.js';

const ALL_KINDS: DocumentKind[] = ['STRATEGIC_PLAN', 'OUTCOMES_FRAMEWORK', 'PARTNER_STRATEGY', 'FINANCIAL_STRATEGY', 'PROGRAMME', 'DELIVERY_STRATEGY', 'BUSINESS_PLAN', 'POLICY'];

async function relationsOf(key: string, kinds: readonly DocumentRelationKind[] | null | undefined, { loaders }: GraphQLContext): Promise<DocumentRelationView[]> {
  const relations = await loaders.documents.relationsOfDocument.load(key);
  return relations.filter((r) => !kinds?.length || kinds.includes(r.kind as DocumentRelationKind)).map((relation) => ({ relation, fromKey: key }));
}

export const documentResolvers: Resolvers = {
  Query: {
    document: (_root, { key }, { loaders }) => loaders.documents.documentByKey.load(key.trim()),
    documents: async (_root, { kinds, first }, { loaders }) => {
      const limit = integerArgument('first', first ?? 500, 1, 500);
      return found(await loaders.documents.documentsOfKind.loadMany(kinds?.length ? kinds : ALL_KINDS)).flat().sort((a, b) => a.title.localeCompare(b.title)).slice(0, limit);
    },
  },
  Document: {
    id: (doc) => toGlobalId('Document', doc.key),
    documentKind: (doc) => doc.kind as DocumentKind,
    kind: (doc) => doc.kind as DocumentKind,
    documentStatus: (doc) => statusOf(doc.status),
    status: (doc) => statusOf(doc.status),
    owner: (doc, _args, { loaders }) => (doc.ownerKey ? loaders.governance.organisationByKey.load(doc.ownerKey) : null),
    ownerIsIllustrative: (doc) => doc.ownerIllustrative,
    relations: (doc, { kinds }, context) => relationsOf(doc.key, kinds, context),
    outcomes: (doc, _args, { loaders }) => loaders.plans.outcomesOfPlan.load(doc.key),
    statements: async (doc, { kind }, { loaders }) => (await loaders.plans.statementsOfDocument.load(doc.key)).filter((s) => !kind || s.kind === kind),
    decisions: (doc, _args, { loaders }) => loaders.governance.decisionsOnDocument.load(doc.key),
  },
  DocumentRelation: {
    kind: (view) => view.relation.kind as DocumentRelationKind,
    direction: (view) => (view.relation.fromKey === view.fromKey ? 'OUTGOING' : 'INCOMING'),
    other: async (view, _args, { loaders }) => {
      const otherKey = view.relation.fromKey === view.fromKey ? view.relation.toKey : view.relation.fromKey;
      return loadRequired(loaders.documents.documentByKey, otherKey);
    },
    basis: (view) => view.relation.basis as LinkBasis,
    rationale: (view) => view.relation.rationale,
    note: (view) => view.relation.note,
    citation: (view) => view.relation.citation,
  },
  StrategicPlan: {
    relatedDocuments: (plan, { kinds }, context) => relationsOf(plan.key, kinds, context),
  },
};
