/**
 * The GraphiQL examples for a department's business plan and what it delivers (illustrative); src/http/graphiql-
 * examples.ts collects every domain's through the module list, and the examples' test and docs:queries run each on
 * the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const BUSINESS_PLANS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q2 (business plans). A department's view: its business plan's commitments and, through them, the outcomes (illustrative).
query DepartmentView {
  organisation(key: "public-health-department") {
    name illustrative
    businessPlans {
      title period illustrative
      commitments {
        code text illustrative
        delivers { ... on Action { code text subOutcome { code name outcome { code name } } } ... on SubOutcome { code name } }
      }
    }
  }
  plan(period: "2022-26") {
    businessPlanCoverage { subOutcome { code name } commitments { code illustrative } departments { name } }
  }
}
`,
  },
];
