import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findAssessmentsOfDocuments, findDecisionsOnDocuments, findMonitoringOfItems, findMonitoringWithinPlans, findOrganisationsByKeys } from './governance.repository.js';

export function createGovernanceLoaders(db: Executor) {
  return {
    organisationByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findOrganisationsByKeys(db, keys), (o) => o.key)),
    decisionsOnDocument: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findDecisionsOnDocuments(db, keys), (d) => d.documentKey)),
    monitoringWithinPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findMonitoringWithinPlans(db, keys), (m) => m.planKey)),
    monitoringOfItem: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findMonitoringOfItems(db, keys), (m) => m.itemKey)),
    assessmentsOfDocument: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findAssessmentsOfDocuments(db, keys), (a) => a.documentKey)),
  };
}
