/**
 * The GraphiQL examples for progress against the plan (src/http/graphiql-examples.ts collects every domain's
 * through the module list), each run on the seeds' illustrative progress data by the examples' test and
 * docs:queries.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const PROGRESS_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Progress: how is the 2022-26 plan going in 2023/24 Q2? Actions by status, measures by RAG, savings lines by status,
# what changed since Q1, per outcome, and the owners who have not reported (illustrative data: see \`illustrative\`).
query PlanProgress {
  plan(period: "2022-26") {
    progress(period: "2023/24 Q2") {
      illustrative
      actionsByStatus { status count previousCount }
      measuresByRag { rag count previousCount }
      changes { item { ... on Action { code } ... on Measure { code } } before after tracesTo }
    }
    outcomes { code name progress(period: "2023/24 Q2") { measuresByRag { rag count } savingsLinesByStatus { status count } } }
    staleActions(period: "2023/24 Q2") { action { code text } lastUpdate { period { label } status recordedBy } }
  }
}
`,
  },
  {
    query: `# Progress: one measure's targets and values, each rated red/amber/green by the rule in the SDL, and its trend.
query MeasureProgress {
  measure(key: "measure/HEALTHY-WEIGHT") {
    name
    unit
    direction
    tolerance
    baseline { value period { label } }
    targets { period { label } target illustrative }
    values { period { label } value target rag source illustrative }
    rag(period: "2023/24 Q2")
    trend(period: "2023/24 Q2") { trend change values { period { label } value } }
    judges { ... on Aim { code text } }
  }
}
`,
  },
  {
    query: `# Progress: the Outcome Boards' six-monthly report for 2023/24 Q2: achievements, challenges and priorities, each
# statement traced to the update, value, savings line or paper behind it; then each outcome's measures and gaps.
query OutcomeBoardReport {
  outcomeBoardReport(board: "outcome-boards", period: "2023/24 Q2") {
    board { name }
    basis { source { key } at quote }
    illustrative
    achievements { text illustrative tracesTo { kind } }
    challenges { text illustrative tracesTo { kind update { id } value { id } savingsLine { reference } } }
    priorities { text tracesTo { kind citation { source { key } at } } }
    outcomes {
      outcome { code name }
      measures { measure { code } value { value target } rag trend }
      offTrackActions { action { code } status commentary revisedDate }
      coverageGaps { code name }
      savingsAtRisk { line { reference description } status reaches { ... on SubOutcome { code } } fallingMeasures { code } }
    }
  }
}
`,
  },
  {
    query: `# Progress: a performance team's spreadsheet of values, targets and owners' updates, one row per value (a dry run:
# the changes it would make, nothing written). Without \`dryRun\` it applies all of it or, with any problem, none.
mutation ImportProgress($content: String!) {
  importFile(kind: "progress", format: CSV, content: $content, source: "performance-tracker.csv", dryRun: true) {
    applied added changed unchanged changes { change key line after }
  }
}
`,
    variables: {
      content: 'indicator,period,value,target,direction,commentary,status,revised date,illustrative\nHEALTHY-WEIGHT,2023/24 Q3,37.9,,,Referrals resumed in November.,,,yes\n2022-26/9.3-A2-1,2023/24 Q3,,,,New provider in place; referrals reopened.,at risk,2024-03-31,yes\n',
    },
    asEditor: true,
  },
];
