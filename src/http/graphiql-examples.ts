/**
 * The example queries GraphiQL opens with, one tab each. Each must run against the seed data; a test runs
 * every one of them, so an example that breaks fails the build.
 */
export interface GraphiQLExample {
  query: string;
  variables?: Record<string, unknown>;
}

export const GRAPHIQL_EXAMPLES: GraphiQLExample[] = [
  {
    query: `# The 2022-26 Strategic Plan: its outcomes and numbered sub-outcomes, each with its source.
query PlanOutcomes {
  plan(period: "2022-26") {
    title
    period
    status
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
    status
    outcomes { code name }
    themes { code name priorityCount subThemes { name priorityCount } }
  }
}
`,
  },
  {
    query: `# A sub-outcome's other wordings in the papers, each cited: look-ups by any of them work.
query SubOutcomeWordings {
  plan(period: "2022-26") {
    outcomes {
      code
      subOutcomes {
        code
        name
        aliases { text kind note citation { source { key } at quote } }
      }
    }
  }
}
`,
  },
  {
    query: `# Find a sub-outcome by code, name or any wording a paper uses (here a typo'd section number, 6.13 for 6.3).
query SubOutcomeByAnyWording {
  byTypo: subOutcome(plan: "2022-26", code: "6.13") { code name }
  byOtherWording: subOutcome(plan: "2022-26", code: "Every child gets the best start in life") { code name }
  byCode: subOutcome(plan: "2022-26", code: "9.3") { code name outcome { name } citation { source { title } at quote line } }
}
`,
  },
];
