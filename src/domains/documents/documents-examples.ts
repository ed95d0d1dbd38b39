/**
 * The GraphiQL examples for the documents that underpin and complement a plan; src/http/graphiql-examples.ts
 * collects every domain's through the module list, and the examples' test and docs:queries run each on the seed
 * data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const DOCUMENTS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q4/Q5. What underpins and complements the 2022-26 plan, and which partner strategies the plans contribute to.
query Underpinnings {
  plan(period: "2022-26") {
    relatedDocuments {
      kind direction
      other { title documentKind owner { name } }
      citation { source { title } at quote }
    }
  }
  documents(kinds: [PARTNER_STRATEGY]) {
    title
    relations { kind direction other { title } citation { at quote } }
  }
}
`,
  },
];
