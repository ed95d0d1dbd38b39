/**
 * The GraphiQL examples for the boards that monitor the plan and the decisions on it; src/http/graphiql-examples.ts
 * collects every domain's through the module list, and the examples' test and docs:queries run each on the seed
 * data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const GOVERNANCE_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q16. Which boards monitor the 2022-26 plan and its outcomes, and the timeline of decisions on the plans.
query Governance {
  plan(period: "2022-26") {
    monitoring { board { name } item { __typename ... on Outcome { code name } ... on StrategicPlan { period } } how }
  }
  plans {
    period
    decisions { date month kind summary body { name } citation { source { key } at } }
  }
}
`,
  },
];
