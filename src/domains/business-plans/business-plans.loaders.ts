import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { byKey, listByKey, manyByKey } from '../../shared/by-keys.js';
import {
  findBusinessPlansOfOrganisations,
  findCommitmentsByKeys,
  findCommitmentsForSubOutcomes,
  findCommitmentsOfPlans,
  findDeliveriesOfCommitments,
} from './business-plans.repository.js';

export function createBusinessPlanLoaders(db: Executor) {
  return {
    commitmentsOfPlan: listByKey((keys) => findCommitmentsOfPlans(db, keys), (c) => c.businessPlanKey),
    commitmentByKey: byKey((keys) => findCommitmentsByKeys(db, keys), (c) => c.key),
    deliveriesOf: listByKey((keys) => findDeliveriesOfCommitments(db, keys), (d) => d.commitmentKey),
    commitmentsForSubOutcome: listByKey((keys) => findCommitmentsForSubOutcomes(db, keys), (c) => c.subOutcomeKey),
    businessPlansOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findBusinessPlansOfOrganisations(db, keys), (r) => r.orgKey).map((rows) => rows.map((r) => r.planKey))),
  };
}
