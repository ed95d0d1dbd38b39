import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import {
  findBusinessPlansOfOrganisations,
  findCommitmentsByKeys,
  findCommitmentsForSubOutcomes,
  findCommitmentsOfPlans,
  findDeliveriesOfCommitments,
} from './business-plans.repository.js';

export function createBusinessPlanLoaders(db: Executor) {
  return {
    commitmentsOfPlan: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCommitmentsOfPlans(db, keys), (c) => c.businessPlanKey)),
    commitmentByKey: new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await findCommitmentsByKeys(db, keys), (c) => c.key)),
    deliveriesOf: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findDeliveriesOfCommitments(db, keys), (d) => d.commitmentKey)),
    commitmentsForSubOutcome: new DataLoader(async (keys: readonly string[]) => manyByKey(keys, await findCommitmentsForSubOutcomes(db, keys), (c) => c.subOutcomeKey)),
    businessPlansOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findBusinessPlansOfOrganisations(db, keys), (r) => r.orgKey).map((rows) => rows.map((r) => r.planKey))),
  };
}
