/**
 * The GraphiQL examples for the MTFS savings: by outcome, against the target, their impact, and loading the
 * spreadsheet; src/http/graphiql-examples.ts collects every domain's through the module list, and the examples'
 * test and docs:queries run each on the seed data.
 */
import type { GraphiQLExample } from '../../shared/graphiql-example.js';

export const FINANCE_EXAMPLES: readonly GraphiQLExample[] = [
  {
    query: `# Q12. MTFS 2017/18-2020/21 savings by outcome and sub-outcome, per year (apportioned; outcomes + unapportioned = total to the penny).
# The savings lines are ILLUSTRATIVE (the papers give only the £66m total); see \`illustrative\`.
query SavingsByOutcome {
  savings(edition: "mtfs-2017-21") {
    illustrative
    years
    total { years { year amount { formatted } } total { formatted pence } }
    unapportioned { total { formatted pence } }
    byOutcome {
      outcome { code name }
      amount { years { year amount { formatted } } total { formatted pence } }
      subOutcomes { subOutcome { code name } amount { total { formatted } } lines }
    }
    unmappedLines { reference description department { name } amounts { total { formatted } } }
  }
}
`,
  },
  {
    query: `# Q14. Savings by department and status against the MTFS target the paper gives (£66m, including £25m of cost pressures).
query SavingsProgress {
  savings(edition: "mtfs-2017-21") {
    progress {
      target { amount { formatted } citation { source { title } at quote } }
      includedCostPressures { amount { formatted } citation { quote } }
      identified { formatted } delivered { formatted } onTrack { formatted } atRisk { formatted }
      notStarted { formatted } unachievable { formatted } gapToTarget { formatted } deliveredPercentOfTarget
      illustrative
    }
    byDepartment { department { name } lines amount { total { formatted } } byStatus { status amount { total { formatted } } } }
    byStatus { status lines amount { years { year amount { formatted } } total { formatted } } }
    costPressures { reference description department { name } amounts { total { formatted } } illustrative }
  }
}
`,
  },
  {
    query: `# Q13. Impact: what savings lines AC3 and CF2 touch (outcomes, sub-outcomes, aims, actions), with shares. Then the reverse:
# the savings that reach outcome Wellbeing and Opportunity. CSV of each view: the csv fields.
query SavingsImpact {
  savingsImpact(lines: ["mtfs-2017-21/AC3", "mtfs-2017-21/CF2"]) {
    illustrative
    total { total { formatted } }
    items {
      item { __typename ... on Outcome { code name } ... on SubOutcome { code name } ... on Aim { code } ... on Action { code text } }
      reach { line { reference } relation through { sharePercent } }
      apportioned { total { formatted } }
    }
  }
  outcome(plan: "2018-22", code: "WO") {
    savings(edition: "mtfs-2017-21") {
      apportioned { total { formatted } }
      lines { line { reference description savingsStatus } through { sharePercent target { ... on Outcome { code } ... on SubOutcome { code } } } apportioned { total { formatted } } }
    }
  }
}
`,
  },
  {
    query: `# Q15. Load finance's savings spreadsheet (editor token: Headers tab, {"Authorization": "Bearer <token>"}); a dry run shows the diff.
# The sample is seeds/examples/savings-lines.csv; export an edition with savings(edition:) { csv(view: LINES) }, edit, load again.
mutation ImportSavings($content: String!) {
  importFile(kind: "savings-lines", format: CSV, edition: "mtfs-2021", source: "mtfs-2021-savings.csv", dryRun: true, content: $content) {
    applied added changed unchanged retired changes { change key line after }
  }
}
`,
    variables: {
      content: 'reference,department,description,status,2022/23,2023/24,Total,affects\nPH21,Public Health Department,Healthy lifestyles re-commission,on track,"£1,250",(50),"1,200",2022-26/9.3 100%\n',
    },
    asEditor: true,
  },
];
