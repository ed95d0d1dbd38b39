/**
 * The progress view's and the board report page's questions, as plain GraphQL (one request per view state;
 * the drill-down rides on the overview's request with @include). No DOM and no imports, so the API tests can
 * run the same strings and count their Cypher statements.
 */

/** Counts of a roll-up, exactly as the API gives them (the view never counts for itself). */
const COUNTS = 'illustrative actionsNeverUpdated actionsByStatus { status count previousCount } measuresByRag { rag count previousCount }';

/**
 * A measure on the overview: its rating and the API's window of values, lean, for the sparkline. The query's
 * cost (outcomes × sub-outcomes × aims × measures × values, each list counted as 10 by the cost limit) stays
 * about 0.7 of GT_MAX_COST's default so; the drill-down asks the rest for one outcome only.
 */
const SPARK = `id code name illustrative rag(period: $period)
  trend(period: $period, periods: 8) { trend change values { period { label } value target rag illustrative } }`;

/** A measure in the drill-down: each value with its source, note, who recorded it and when. */
const MEASURE = `id code name unit direction tolerance illustrative
  rag(period: $period)
  trend(period: $period, periods: 8) { trend change values { id period { label } value target rag source note recordedAt recordedBy illustrative } }`;

/** The periods the plan's measures have values for: the view opens at the latest when the URL names none. */
const VALUE_PERIODS = 'measures { values { period { label kind } } }';

export const PROGRESS_DEFAULTS = `query ProgressDefaults($council: String, $plan: String!) {
  plan(council: $council, period: $plan) {
    monitoring { board { key name } item { __typename } }
    outcomes { ${VALUE_PERIODS} subOutcomes { ${VALUE_PERIODS} aims { ${VALUE_PERIODS} } } }
  }
}`;

export const PROGRESS_VIEW = `query ProgressView($council: String, $plan: String!, $period: String!, $outcome: String!, $drill: Boolean!) {
  plans(council: $council) { period title }
  period(period: $period) { label kind start end previous { label } }
  plan(council: $council, period: $plan) {
    id period title
    progress(period: $period) { ${COUNTS} }
    staleActions(period: $period) { action { id code text } owner { name } lastUpdate { id period { label } status commentary } }
    outcomes {
      id code name
      progress(period: $period) { ${COUNTS} }
      measures { ${SPARK} }
      subOutcomes { id code measures { ${SPARK} } aims { id measures { ${SPARK} } } }
    }
  }
  outcome(council: $council, plan: $plan, code: $outcome) @include(if: $drill) {
    id code name
    measures { ${MEASURE} }
    subOutcomes { id measures { ${MEASURE} } aims { id measures { ${MEASURE} } } }
    supportingActions(first: 500) { totalCount edges { how subOutcome { code } aim { code }
      node { id code text illustrative owner { name }
        latestUpdate(period: $period) { id period { label } status commentary revisedDate recordedAt recordedBy illustrative } } } }
  }
}`;

const STATEMENT = `text illustrative outcome { code }
  tracesTo { kind
    update { id period { label } recordedAt recordedBy action { code } }
    value { id period { label } value source measure { code } }
    savingsLine { reference description }
    citation { quote at source { title } } }`;

export const REPORT_VIEW = `query ReportView($council: String, $plan: String!, $board: String!, $period: String!) {
  plan(council: $council, period: $plan) { period monitoring { board { key name } item { __typename } } }
  outcomeBoardReport(board: $board, period: $period) {
    board { key name }
    period { label start end }
    illustrative
    basis { source { title } at quote }
    achievements { ${STATEMENT} }
    challenges { ${STATEMENT} }
    priorities { ${STATEMENT} }
    outcomes {
      outcome { id code name }
      rollUp { ${COUNTS} }
      measures { rag trend illustrative
        measure { id code name unit trend(period: $period, periods: 4) { values { id period { label } value target rag } } }
        value { id value target source note period { label } recordedAt recordedBy } }
      offTrackActions { id status commentary revisedDate recordedAt recordedBy illustrative period { label } action { code text owner { name } } }
      coverageGaps { code name citation { quote at source { title } } }
      savingsAtRisk { status illustrative line { reference description }
        reaches { __typename ... on Outcome { code name } ... on SubOutcome { code name } } fallingMeasures { code name } }
    }
  }
}`;
