/**
 * The GraphiQL examples for the Strategic Plans and their outcomes; src/http/graphiql-examples.ts collects every
 * domain's through the module list, and the examples' test and docs:queries run each on the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const PLANS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# The 2022-26 Strategic Plan: its outcomes and numbered sub-outcomes, each with its source.
query PlanOutcomes {
  plan(period: "2022-26") {
    title
    period
    documentStatus
    outcomes {
      code
      name
      statement
      subOutcomes {
        code
        name
        citation { source { title } at quote }
      }
    }
  }
}
`,
  },
  {
    query: `# Every Strategic Plan, and how each is organised: outcomes (2018-22, 2022-26) or themes of priorities (2014-18).
query AllPlans {
  plans {
    period
    title
    documentStatus
    outcomes { code name }
    themes { code name priorityCount subThemes { name priorityCount } }
    statements { statementKind code name }
  }
}
`,
  },
];
