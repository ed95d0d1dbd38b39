/**
 * Turns the validated seed files into one flat batch of graph nodes and links, checking what a schema
 * cannot: duplicate keys, references to keys that do not exist, quotes that are not in their paper, the
 * lineage rules (seed-lineage.ts) and that every CITED link's quote states it (cited-links.ts). The batch
 * is what the writer MERGEs, so these files are the single definition of how seeds map to the graph.
 */
import { checkCitedLinks } from './cited-links.js';
import { SeedBuilder } from './seed-builder.js';
import { addBusinessPlans, addPartnerPriorities } from './seed-illustrative.js';
import { addLineage, checkLineage } from './seed-lineage.js';
import { addMeasures } from './seed-measures.js';
import { addPlans } from './seed-plans.js';
import { addProgress } from './seed-progress.js';
import { addDocuments, addFinance, addGovernance, addOrganisations, addSources } from './seed-records.js';
import { addSavingsLines } from './seed-savings-lines.js';
import type { SeedSet } from './read-seed-files.js';
import type { SeedProblem } from './seed-problem.js';
import type { SeedGraph } from './seed-graph-types.js';

export * from './seed-graph-types.js';

export function buildSeedGraph(seeds: SeedSet, problems: SeedProblem[]): SeedGraph | undefined {
  const b = new SeedBuilder(seeds, problems);
  addSources(b);
  addOrganisations(b);
  addPlans(b);
  addDocuments(b);
  addGovernance(b);
  addFinance(b);
  const lineage = addLineage(b);
  addMeasures(b);
  addPartnerPriorities(b);
  addBusinessPlans(b);
  // Savings lines last: they refer to the figures, departments and plan items above.
  if (seeds.savingsLines) addSavingsLines(seeds.savingsLines, b, problems);
  if (seeds.progress) addProgress(b, seeds.progress);
  checkLineage(b, lineage);
  checkCitedLinks(b);
  return b.finish();
}
