/** Per-request loaders for councils. */
import DataLoader from 'dataloader';
import type { Executor } from '../../neo4j/database.js';
import { manyByKey } from '../../shared/by-keys.js';
import { defaultCouncilParam, type CouncilScope } from './council-scope.js';
import { findCouncils, findDocumentsOfCouncils } from './councils.repository.js';

export function createCouncilLoaders(db: Executor, scope: CouncilScope) {
  return {
    /** Every council; keyed by a constant so that repeated `councils` fields share one statement. */
    all: new DataLoader(async (keys: readonly 'all'[]) => {
      const councils = await findCouncils(db, defaultCouncilParam(scope));
      return keys.map(() => councils);
    }),
    financialStrategiesOf: new DataLoader(async (keys: readonly string[]) =>
      manyByKey(keys, await findDocumentsOfCouncils(db, keys, 'FINANCIAL_STRATEGY'), (r) => r.councilKey).map((rows) => rows.map((r) => r.document))),
  };
}
