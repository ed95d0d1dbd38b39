/** Every domain's resolvers, merged into one map (a domain may add fields to another's types). */
import type { Resolvers } from './generated/graphql.js';
import { authResolvers } from './auth/auth.resolvers.js';
import { councilResolvers } from './domains/councils/councils.resolvers.js';
import { businessPlanResolvers } from './domains/business-plans/business-plans.resolvers.js';
import { backupResolvers } from './domains/backup/backup.resolvers.js';
import { documentResolvers } from './domains/documents/documents.resolvers.js';
import { financeResolvers } from './domains/finance/finance.resolvers.js';
import { governanceResolvers } from './domains/governance/governance.resolvers.js';
import { importResolvers } from './domains/imports/imports.resolvers.js';
import { linkResolvers } from './domains/links/links.resolvers.js';
import { nodeResolvers } from './domains/nodes/nodes.resolvers.js';
import { partnerResolvers } from './domains/partners/partners.resolvers.js';
import { planItemResolvers } from './domains/plans/plan-items.resolvers.js';
import { planResolvers } from './domains/plans/plans.resolvers.js';
import { provenanceResolvers } from './domains/provenance/provenance.resolvers.js';
import { traceabilityResolvers } from './domains/traceability/traceability.resolvers.js';

const domainResolvers: Resolvers[] = [nodeResolvers, planResolvers, provenanceResolvers, documentResolvers, governanceResolvers, traceabilityResolvers, partnerResolvers, linkResolvers, importResolvers, backupResolvers, authResolvers, businessPlanResolvers, planItemResolvers, financeResolvers, councilResolvers];

function merge(all: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const resolvers of all) {
    for (const [typeName, fields] of Object.entries(resolvers)) {
      for (const field of Object.keys(fields as object)) {
        if (merged[typeName]?.[field]) throw new Error(`two domains resolve ${typeName}.${field}`);
      }
      merged[typeName] = { ...merged[typeName], ...(fields as object) };
    }
  }
  return merged as Resolvers;
}

export const resolvers = merge(domainResolvers);
