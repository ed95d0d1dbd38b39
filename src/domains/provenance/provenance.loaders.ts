import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findAliasesOfItems, findContactOfficersOfSources, findOtherWordingsInPlans, findSourcesByKeys } from './provenance.repository.js';

export function createProvenanceLoaders(db: Executor) {
  return {
    sourceByKey: new DataLoader(async (keys: readonly string[]) =>
      oneByKey(keys, await findSourcesByKeys(db, keys), (s) => s.key)),
    aliasesOfItem: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findAliasesOfItems(db, keys), (a) => a.itemKey)),
    contactOfficersOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findContactOfficersOfSources(db, keys), (c) => c.sourceKey)),
    otherWordingsInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findOtherWordingsInPlans(db, keys), (w) => w.planKey)),
  };
}

export type ProvenanceLoaders = ReturnType<typeof createProvenanceLoaders>;
