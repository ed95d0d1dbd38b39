import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findDecisionsOnDocuments, findMonitoringOfItems, findMonitoringWithinPlans, findOrganisationsByKeys } from './governance.repository.js';

export function createGovernanceLoaders(db: Database, counter: QueryCounter) {
  return {
    organisationByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findOrganisationsByKeys(db, keys, counter), (o) => o.key)),
    decisionsOnDocument: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findDecisionsOnDocuments(db, keys, counter), (d) => d.documentKey)),
    monitoringWithinPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findMonitoringWithinPlans(db, keys, counter), (m) => m.planKey)),
    monitoringOfItem: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findMonitoringOfItems(db, keys, counter), (m) => m.itemKey)),
  };
}
