/**
 * The Outcome Board's six-monthly report to Corporate Management Team, as a page to print: key achievements,
 * challenges and priorities, each with what it rests on; then per outcome (a new printed page each) its counts,
 * measures with rating and trend as SVG charts, actions off track with the owner's commentary, coverage gaps
 * and savings at risk. All from `outcomeBoardReport`; the same report as a Word document is a link away
 * (GET /reports/outcome-board.docx, built from the same API). URL: ?plan=&board=&period=.
 */
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { append, errorBox, h, select } from '../dom.js';
import { reloadView, setParams } from '../url-state.js';
import { defaultPeriod, ILLUSTRATIVE_NOTICE, periodChoices, reportingBoards, valuePeriods, type DefaultsAnswer, type Monitoring } from './progress-model.js';
import { PROGRESS_DEFAULTS, REPORT_VIEW } from './progress-queries.js';
import { outcomeSection, statementList, type OutcomeReport, type Statement } from './report-parts.js';

interface ReportAnswer {
  plan: { period: string; monitoring: Monitoring[] } | null;
  outcomeBoardReport: {
    board: { key: string; name: string };
    period: { label: string; start: string; end: string };
    illustrative: boolean;
    basis: { source: { title: string }; at: string; quote: string }[];
    achievements: Statement[];
    challenges: Statement[];
    priorities: Statement[];
    outcomes: OutcomeReport[];
  };
}

/** The Word document of the same report (src/http/board-report-route.ts). */
export const docxHref = (board: string, period: string) => `/reports/outcome-board.docx?${new URLSearchParams({ board, period })}`;

function choose(change: Record<string, string>): void {
  setParams(change, true);
  reloadView();
}

/** The board and period the URL names, or the plan's first reporting board and latest period with values. */
async function choices(params: URLSearchParams, council: string | null, plan: string): Promise<{ board: string; period: string; boards: { key: string; name: string }[] | null }> {
  const [board, period] = [params.get('board'), params.get('period')];
  if (board && period) return { board, period, boards: null };
  const d = await ask<DefaultsAnswer>(PROGRESS_DEFAULTS, { council, plan });
  const boards = reportingBoards(d.plan);
  const chosen = { board: board ?? boards[0]?.key ?? 'outcome-boards', period: period ?? defaultPeriod(plan, valuePeriods(d)) };
  setParams(chosen); // the URL says what is shown, so the link shares it
  return { ...chosen, boards };
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const council = councilParam(params);
  const plan = params.get('plan') ?? '2022-26';
  const { board, period, boards: knownBoards } = await choices(params, council, plan);
  const periodPicker = select('Period', periodChoices(plan, period), period, (value) => choose({ period: value }), 'report-period');
  const controls = (boards: { key: string; name: string }[]) => h('div', { class: 'controls no-print' },
    select('Board', (boards.some((b) => b.key === board) ? boards : [{ key: board, name: board }, ...boards]).map((b) => ({ value: b.key, text: b.name })), board, (value) => choose({ board: value }), 'report-board'),
    periodPicker,
    h('div', { class: 'export-bar', role: 'group', 'aria-label': 'Print or download' },
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print'),
      h('a', { class: 'button-link', href: docxHref(board, period), download: '', 'data-docx': '' }, 'Download as Word (.docx)')));
  let data: ReportAnswer;
  try {
    data = await ask<ReportAnswer>(REPORT_VIEW, { council, plan, board, period });
  } catch (error) {
    append(root, h('h1', {}, 'Outcome Board report'), controls(knownBoards ?? []), errorBox(error));
    return;
  }
  const r = data.outcomeBoardReport;
  document.title = `${r.board.name}: report for ${r.period.label} · Golden Thread explorer`;
  append(root,
    controls(knownBoards ?? reportingBoards(data.plan)),
    h('header', { class: 'report-head' },
      h('h1', {}, `${r.board.name}: progress report for ${r.period.label}`),
      h('p', {}, `Period ${r.period.start} to ${r.period.end}. The six-monthly report to Corporate Management Team on the outcomes the board monitors; every statement is made by rule from the records and says what it rests on.`),
      r.illustrative ? h('p', { class: 'notice', 'data-illustrative': '' }, ILLUSTRATIVE_NOTICE) : null,
      ...r.basis.map((b) => h('figure', { class: 'citation' }, h('blockquote', {}, b.quote), h('figcaption', {}, h('cite', {}, b.source.title), `, ${b.at}`)))),
    statementList('Key achievements', 'achievements', r.achievements),
    statementList('Key challenges', 'challenges', r.challenges),
    statementList('Priorities', 'priorities', r.priorities),
    ...r.outcomes.map((o) => outcomeSection(o, r.period.label)),
  );
}
