import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey } from '../../shared/by-keys.js';
import { findAssessmentsOfDocuments, findDecisionsOnDocuments, findMonitoringOfItems, findMonitoringWithinPlans, findOrganisationsByKeys } from './governance.repository.js';

export function createGovernanceLoaders(db: Executor) {
  return {
    organisationByKey: byKey((keys) => findOrganisationsByKeys(db, keys), (o) => o.key),
    decisionsOnDocument: listByKey((keys) => findDecisionsOnDocuments(db, keys), (d) => d.documentKey),
    monitoringWithinPlan: listByKey((keys) => findMonitoringWithinPlans(db, keys), (m) => m.planKey),
    monitoringOfItem: listByKey((keys) => findMonitoringOfItems(db, keys), (m) => m.itemKey),
    assessmentsOfDocument: listByKey((keys) => findAssessmentsOfDocuments(db, keys), (a) => a.documentKey),
  };
}
