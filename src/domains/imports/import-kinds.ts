/** The import kinds, by name. A new kind is a schema plus a mapping (an ImportKind), not a new pipeline. */
import type { ImportKind } from './import-kind.js';
import { linksImportKind } from './links.import-kind.js';

export const IMPORT_KINDS: Record<string, ImportKind<unknown>> = {
  links: linksImportKind as ImportKind<unknown>,
};
