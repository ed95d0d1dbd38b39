/**
 * The GraphiQL examples for the councils the graph holds; src/http/graphiql-examples.ts collects every domain's
 * through the module list, and the examples' test and docs:queries run each on the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const COUNCILS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Many councils: the councils the graph holds, and one council's plan and outcome by the words its papers print.
# Without \`council\` a look-up means the default council (GT_DEFAULT_COUNCIL); every other example relies on it.
query Councils {
  councils { key name default illustrative plans { period } financialStrategies { key period } }
  plan(council: "Leicestershire", period: "2022-2026") { key period outcomes { code name } }
  outcome(council: "lcc", plan: "2022 to 2026", code: "'Clean, Green Future' Outcome") { code name }
}
`,
  },
];
