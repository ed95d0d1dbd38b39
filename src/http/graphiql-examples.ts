/**
 * The example queries GraphiQL opens with, one tab per question the analysts, boards and finance team ask (docs/queries.md lists them with their answers): each
 * domain's examples (its index.ts `examples`). The plans domain's come first, so the tab GraphiQL opens on is
 * the plan itself (its outcomes and sub-outcomes, cited); then every other domain's, in the module list's
 * order. Each must run against the seed data; a test runs every one, so an example that breaks fails the build.
 */
import { modules } from '../modules.js';
import type { GraphiQLExample } from '../shared/graphiql-example.js';

const OPENING_DOMAIN = 'plans';

export const GRAPHIQL_EXAMPLES: readonly GraphiQLExample[] = [...modules.filter((m) => m.name === OPENING_DOMAIN), ...modules.filter((m) => m.name !== OPENING_DOMAIN)]
  .flatMap((m): readonly GraphiQLExample[] => ('examples' in m ? m.examples : []));
