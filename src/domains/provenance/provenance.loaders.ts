import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { manyByKey, oneByKey } from '../../shared/by-keys.js';
import { findAliasesOfItems, findOtherWordingsInPlans, findSourcesByKeys } from './provenance.repository.js';

export function createProvenanceLoaders(db: Database, counter: QueryCounter) {
  return {
    sourceByKey: new DataLoader(async (keys: readonly string[]) =>
      oneByKey(keys, await findSourcesByKeys(db, keys, counter), (s) => s.key)),
    aliasesOfItem: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findAliasesOfItems(db, keys, counter), (a) => a.itemKey)),
    otherWordingsInPlan: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findOtherWordingsInPlans(db, keys, counter), (w) => w.planKey)),
  };
}

export type ProvenanceLoaders = ReturnType<typeof createProvenanceLoaders>;
