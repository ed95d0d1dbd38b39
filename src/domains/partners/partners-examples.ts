/**
 * The GraphiQL examples for partner strategies, the alignment matrix and shared ground (illustrative priorities);
 * src/http/graphiql-examples.ts collects every domain's through the module list, and the examples' test and
 * docs:queries run each on the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const PARTNERS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q9. The alignment matrix: 2022-26 outcomes against partner strategies (illustrative priorities), with drill-down.
query AlignmentMatrix {
  plan(period: "2022-26") {
    alignmentMatrix {
      illustrative
      strategies { key title owner { name } ownerIsIllustrative }
      rows {
        outcome { code name }
        links
        cells {
          strategy { key }
          links primary contributory illustrative
          alignments { priority { code name } target { ... on SubOutcome { code } ... on Outcome { code } } strength rationale }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Q4. A partner strategy's priorities, the council outcomes each aligns with, and those with none (illustrative).
query PartnerStrategy {
  document(key: "jhws") {
    title
    priorities {
      code name illustrative
      alignsWith { target { ... on SubOutcome { code name } } strength rationale illustrative }
      subPriorities { code name alignsWith { target { ... on SubOutcome { code } } strength } }
    }
    unalignedPriorities { code name illustrative }
  }
}
`,
  },
  {
    query: `# Q10. Shared ground: sub-outcomes that several partnerships' strategies support (illustrative priorities).
query SharedGround {
  plan(period: "2022-26") {
    sharedGround(minStrategies: 2) {
      item { ... on SubOutcome { code name } ... on Outcome { code name } }
      strategies { title }
      partnerships { name illustrative }
      illustrative
    }
  }
}
`,
  },
];
