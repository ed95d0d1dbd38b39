/**
 * The GraphiQL examples for the thread itself: what supports a sub-outcome, coverage gaps, search, paths, other
 * wordings and neighbours; src/http/graphiql-examples.ts collects every domain's through the module list, and the
 * examples' test and docs:queries run each on the seed data.
 */
import { toGlobalId } from '../../shared/global-id.js';
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const TRACEABILITY_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q1. Which actions support sub-outcome 9.3, under which aim, owned by whom, cited from where?
query SupportingActions {
  subOutcome(plan: "2022-26", code: "9.3") {
    code
    name
    supportingActions(first: 100) {
      totalCount
      edges {
        how
        aim { code text }
        node { id code text owner { name } deliveredThrough { title } }
        citation { source { title } at quote line }
      }
    }
  }
}
`,
  },
  {
    query: `# Q2. Coverage gaps of the 2022-26 plan: shares per kind of support, completeness, and what each sub-outcome lacks.
query CoverageGaps {
  plan(period: "2022-26") {
    coverage {
      completeness
      shares { type count of share }
      outcomes { outcome { code name } completeness hasNoSubOutcomes }
      gaps(lacking: [AIM, ACTION]) { subOutcome { code name } lacks }
      actionsSupportingNothing { code text }
    }
  }
}
`,
  },
  {
    query: `# Q6. Everything that mentions dementia or air quality, ranked, with its place in the thread.
query Search {
  dementia: search(text: "dementia", first: 10) { ...hits }
  airQuality: search(text: "air quality", first: 5) { ...hits }
}

fragment hits on SearchResultConnection {
  totalCount
  edges {
    score matchedField matchedText
    node { __typename ... on Action { code } ... on Document { title } ... on SubOutcome { code name } }
    trail { __typename ... on StrategicPlan { period } ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } }
    citation { source { key } at }
  }
}
`,
  },
  {
    query: `# Q7. How does the Healthy Weight Strategy action contribute to outcome 9? Every path, link by link.
query Paths($action: ID!, $outcome: ID!) {
  paths(from: $action, to: $outcome, maxDepth: 4) {
    length
    steps {
      forward
      link { kind citation { source { key } at } }
      from { __typename ... on Action { code } ... on Aim { code } ... on SubOutcome { code } }
      to { __typename ... on Aim { code } ... on SubOutcome { code } ... on Outcome { code } }
    }
  }
}
`,
    variables: { action: toGlobalId('Action', '2022-26/9.3-A2-3'), outcome: toGlobalId('Outcome', '2022-26/9') },
  },
  {
    query: `# Q8. Where the papers word the same item differently, and which wording is canonical.
query OtherWordings {
  plan(period: "2022-26") {
    otherWordings {
      canonical
      item { ... on SubOutcome { code } }
      alias { text kind note citation { source { key } at quote } }
    }
  }
  byTypo: subOutcome(plan: "2022-26", code: "6.13") { code name }
}
`,
  },
  {
    query: `# Q11. Start from sub-outcome 9.3 and expand its links, as the explorer's thread view does: each neighbour with the link's kind and quoted source.
query Neighbours($id: ID!) {
  neighbours(id: $id, first: 50) {
    forward
    item { __typename id ... on Outcome { code name } ... on Aim { code text } ... on PartnerPriority { code name illustrative } ... on BusinessPlanCommitment { code text illustrative } }
    link { kind basis rationale citation { source { title } at quote } }
  }
}
`,
    variables: { id: toGlobalId('SubOutcome', '2022-26/9.3') },
  },
];
