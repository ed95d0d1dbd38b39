/**
 * The progress view's and the board report page's questions, as plain GraphQL (one request per view state;
 * the drill-down rides on the overview's request with @include). No DOM and no imports, so the API tests can
 * run the same strings and count their Cypher statements.
 */

/** Counts of a roll-up, exactly as the API gives them (the view never counts for itself). */
const COUNTS = 'illustrative actionsNeverUpdated actionsByStatus { status count previousCount } measuresByRag { rag count previousCount }';

/**
 * Every measure, with what it judges up to the outcome, so the view files each under the outcomes it judges
 * (itself, a sub-outcome or an aim below it: the set the roll-up counts). Asked flat, not under each outcome,
 * sub-outcome and aim: nested three lists deep, the cost limit counts each list as 10 and refuses the request.
 */
const JUDGES = 'assesses { item { __typename ... on Outcome { id } ... on SubOutcome { outcome { id } } ... on Aim { subOutcome { outcome { id } } } } }';

/** A measure with its rating, and its window of values (each with source and note) for sparkline and drill-down. */
const MEASURE = `id code name unit direction tolerance illustrative ${JUDGES}
  rag(period: $period)
  trend(period: $period, periods: 8) { trend change values { id period { label } value target rag source note recordedAt recordedBy illustrative } }`;

/** The periods the plan's measures have values for: the view opens at the latest when the URL names none. */
export const PROGRESS_DEFAULTS = `query ProgressDefaults($council: String, $plan: String!) {
  plan(council: $council, period: $plan) { outcomes { id } monitoring { board { key name } item { __typename } } }
  measures { ${JUDGES} values { period { label kind } } }
}`;

export const PROGRESS_VIEW = `query ProgressView($council: String, $plan: String!, $period: String!, $outcome: String!, $drill: Boolean!) {
  plans(council: $council) { period title }
  period(period: $period) { label kind start end previous { label } }
  plan(council: $council, period: $plan) {
    id period title
    progress(period: $period) { ${COUNTS} }
    staleActions(period: $period) { action { id code text } owner { name } lastUpdate { id period { label } status commentary } }
    outcomes { id code name progress(period: $period) { ${COUNTS} } }
  }
  measures { ${MEASURE} }
  outcome(council: $council, plan: $plan, code: $outcome) @include(if: $drill) {
    id code name
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
