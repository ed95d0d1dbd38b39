import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import {
  findBusinessPlansOfOrganisations,
  findCommitmentsByKeys,
  findCommitmentsForSubOutcomes,
  findCommitmentsOfPlans,
  findDeliveriesOfCommitments,
} from './business-plans.repository.js';

export function createBusinessPlanLoaders(db: Database, counter: QueryCounter) {
  return {
    commitmentsOfPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCommitmentsOfPlans(db, keys, counter), (c) => c.businessPlanKey)),
    commitmentByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findCommitmentsByKeys(db, keys, counter), (c) => c.key)),
    deliveriesOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findDeliveriesOfCommitments(db, keys, counter), (d) => d.commitmentKey)),
    commitmentsForSubOutcome: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCommitmentsForSubOutcomes(db, keys, counter), (c) => c.subOutcomeKey)),
    businessPlansOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findBusinessPlansOfOrganisations(db, keys, counter), (r) => r.orgKey).map((rows) => rows.map((r) => r.planKey))),
  };
}
