/**
 * The question the Word document of a board's report is made from (`npm run report`): one GraphQL request,
 * so every figure in the document is the API's own answer, and the test compares the two.
 */
export const BOARD_REPORT_QUERY = `query BoardReport($board: String!, $period: String!) {
  outcomeBoardReport(board: $board, period: $period) {
    board { key name }
    period { label start end }
    illustrative
    basis { source { key title } at quote }
    achievements { ...Statement }
    challenges { ...Statement }
    priorities { ...Statement }
    outcomes {
      outcome { code name }
      rollUp { actionsByStatus { status count } measuresByRag { rag count } actionsNeverUpdated }
      measures { measure { code name unit } value { value target source period { label } } rag trend illustrative }
      offTrackActions { action { code } status commentary revisedDate illustrative }
      coverageGaps { code name }
      savingsAtRisk { line { reference description } status illustrative }
    }
  }
}
fragment Statement on ReportStatement {
  text
  illustrative
  outcome { code }
  tracesTo { kind update { id } value { id } savingsLine { reference } citation { source { key } at } }
}`;

/** The answer's shape, as the document reads it. */
export interface BoardReportAnswer {
  outcomeBoardReport: {
    board: { key: string; name: string };
    period: { label: string; start: string; end: string };
    illustrative: boolean;
    basis: { source: { key: string; title: string }; at: string; quote: string }[];
    achievements: ReportStatementAnswer[];
    challenges: ReportStatementAnswer[];
    priorities: ReportStatementAnswer[];
    outcomes: {
      outcome: { code: string; name: string };
      rollUp: { actionsByStatus: { status: string; count: number }[]; measuresByRag: { rag: string; count: number }[]; actionsNeverUpdated: number };
      measures: { measure: { code: string; name: string; unit: string | null }; value: { value: number; target: number | null; source: string | null; period: { label: string } } | null; rag: string; trend: string; illustrative: boolean }[];
      offTrackActions: { action: { code: string }; status: string; commentary: string; revisedDate: string | null; illustrative: boolean }[];
      coverageGaps: { code: string; name: string }[];
      savingsAtRisk: { line: { reference: string; description: string | null }; status: string; illustrative: boolean }[];
    }[];
  };
}

export interface ReportStatementAnswer {
  text: string;
  illustrative: boolean;
  outcome: { code: string };
  tracesTo: { kind: string; update: { id: string } | null; value: { id: string } | null; savingsLine: { reference: string } | null; citation: { source: { key: string }; at: string } | null };
}
