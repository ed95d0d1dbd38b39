/**
 * The example queries GraphiQL opens with, one tab per question of PRODUCT.md that the API answers. Each must
 * run against the seed data; a test runs every one, so an example that breaks fails the build.
 */
import { PROGRESS_EXAMPLES } from '../domains/progress/progress-examples.js';
import { toGlobalId } from '../shared/global-id.js';

export interface GraphiQLExample {
  query: string;
  variables?: Record<string, unknown>;
  /** A mutation example needs an editor's token; the tests and docs:queries run it as one (a dry run writes nothing). */
  asEditor?: boolean;
}

export const GRAPHIQL_EXAMPLES: GraphiQLExample[] = [
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
  {
    query: `# Many councils: the councils the graph holds, and one council's plan and outcome by the words its papers print.
# Without \`council\` a look-up means the default council (GT_DEFAULT_COUNCIL); every example above relies on it.
query Councils {
  councils { key name default illustrative plans { period } financialStrategies { key period } }
  plan(council: "Leicestershire", period: "2022-2026") { key period outcomes { code name } }
  outcome(council: "lcc", plan: "2022 to 2026", code: "'Clean, Green Future' Outcome") { code name }
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
  ...PROGRESS_EXAMPLES,
];
