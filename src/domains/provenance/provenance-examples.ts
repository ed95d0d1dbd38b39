/**
 * The GraphiQL examples for lineage between the plans; src/http/graphiql-examples.ts collects every domain's
 * through the module list, and the examples' test and docs:queries run each on the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const PROVENANCE_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q3. Lineage: where 2022-26 outcome 9 came from, and what 2014-18 theme T4 became.
query Lineage {
  outcome(plan: "2022-26", code: "9") {
    name
    lineage(direction: BACKWARD) {
      kind basis rationale
      from { __typename ... on Outcome { code name document { title } } }
      to { ... on Outcome { code name } }
    }
  }
  plan(period: "2014-18") {
    themes {
      code name
      lineage(direction: FORWARD) { kind rationale to { ... on Outcome { code name } ... on StrategicPlan { period } } }
    }
  }
}
`,
  },
];
