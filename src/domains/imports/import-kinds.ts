/** The import kinds, by name. A new kind is a schema plus a mapping (an ImportKind), not a new pipeline. */
import type { ImportKind } from './import-kind.js';
import { businessPlanCommitmentsImportKind } from './business-plan-commitments.import-kind.js';
import { linksImportKind } from './links.import-kind.js';
import { partnerPrioritiesImportKind } from './partner-priorities.import-kind.js';
import { progressImportKind } from './progress.import-kind.js';
import { savingsLinesImportKind } from './savings-lines.import-kind.js';
import { threadItemsImportKind } from './thread-items.import-kind.js';

export const IMPORT_KINDS: Record<string, ImportKind<unknown>> = {
  links: linksImportKind as ImportKind<unknown>,
  'partner-priorities': partnerPrioritiesImportKind as ImportKind<unknown>,
  'business-plan-commitments': businessPlanCommitmentsImportKind as ImportKind<unknown>,
  'savings-lines': savingsLinesImportKind as ImportKind<unknown>,
  'thread-items': threadItemsImportKind as ImportKind<unknown>,
  progress: progressImportKind as ImportKind<unknown>,
};
