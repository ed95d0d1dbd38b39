/**
 * The seed files' schemas as JSON Schema, generated from the zod definitions (the one source of truth) and
 * published in seeds/schema/ so editors can check a file as an analyst types (see the `yaml-language-server`
 * line at the top of each file).
 */
import { z } from 'zod';
import { BusinessPlansFile, DocumentsFile, FinanceFile, GovernanceFile, LineageFile, MeasuresFile, OrganisationsFile, PartnerPrioritiesFile, PlanFile, SourcesFile } from './seed-files.schema.js';
import { SavingsLinesFile } from './savings-lines.schema.js';
import { ProgressFile } from './schema/progress-file.js';

const FILES = {
  'plan.schema.json': PlanFile,
  'sources.schema.json': SourcesFile,
  'documents.schema.json': DocumentsFile,
  'organisations.schema.json': OrganisationsFile,
  'governance.schema.json': GovernanceFile,
  'finance.schema.json': FinanceFile,
  'lineage.schema.json': LineageFile,
  'measures.schema.json': MeasuresFile,
  'partner-priorities.schema.json': PartnerPrioritiesFile,
  'savings-lines.schema.json': SavingsLinesFile,
  'business-plans.schema.json': BusinessPlansFile,
  'progress.schema.json': ProgressFile,
} as const;

/** File name → JSON text, as it should stand in seeds/schema/. */
export function seedJsonSchemas(): Map<string, string> {
  return new Map(
    Object.entries(FILES).map(([name, schema]) => [
      name,
      // "input": what a file may say (fields with defaults are optional), not what the loader produces.
      JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), $id: name }, null, 2) + '\n',
    ]),
  );
}
