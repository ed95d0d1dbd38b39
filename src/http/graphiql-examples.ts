/**
 * The example queries GraphiQL opens with, one tab per question of PRODUCT.md that the API answers: each
 * domain's examples (its index.ts `examples`), in the order of the module list. Each must run against the
 * seed data; a test runs every one, so an example that breaks fails the build.
 */
import { modules } from '../modules.js';
import type { GraphiQLExample } from '../shared/graphiql-example.js';

export const GRAPHIQL_EXAMPLES: readonly GraphiQLExample[] = modules.flatMap((m): readonly GraphiQLExample[] => ('examples' in m ? m.examples : []));
