/**
 * The domains the API is made of, in the order their SDL is read. Everything else is built from this list:
 * the schema (src/schema.ts), the merged resolvers (src/resolvers.ts), each request's loaders
 * (src/context.ts), the look-ahead prefetchers (src/prefetchers.ts) and codegen's mappers (codegen.ts).
 * Adding a domain: a folder under src/domains/ with an index.ts exporting its DomainModule, its SDL in
 * schema/, and one line here (docs/architecture.md, "Adding a domain").
 */
import { authModule } from './auth/index.js';
import { backupModule } from './domains/backup/index.js';
import { businessPlansModule } from './domains/business-plans/index.js';
import { councilsModule } from './domains/councils/index.js';
import { documentsModule } from './domains/documents/index.js';
import { financeModule } from './domains/finance/index.js';
import { governanceModule } from './domains/governance/index.js';
import { historyModule } from './domains/history/index.js';
import { importsModule } from './domains/imports/index.js';
import { linksModule } from './domains/links/index.js';
import { measuresModule } from './domains/measures/index.js';
import { nodesModule } from './domains/nodes/index.js';
import { partnersModule } from './domains/partners/index.js';
import { plansModule } from './domains/plans/index.js';
import { progressModule } from './domains/progress/index.js';
import { provenanceModule } from './domains/provenance/index.js';
import { traceabilityModule } from './domains/traceability/index.js';

export const modules = [
  nodesModule, councilsModule, plansModule, provenanceModule, documentsModule, governanceModule, traceabilityModule, partnersModule,
  linksModule, historyModule, importsModule, backupModule, authModule, businessPlansModule, financeModule, measuresModule,
  progressModule,
] as const;

export type Module = (typeof modules)[number];
