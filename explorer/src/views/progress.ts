/**
 * Progress against the plan: for a plan and a reporting period, each outcome's measures by rating and actions
 * by status (the API's roll-up counts, never the view's own), a sparkline per measure, the owners who have not
 * reported; choose an outcome for its measures' values (with source and note) and its actions' latest updates.
 * One request per view state (the drill-down rides on it). URL: ?plan=&period=&outcome=<outcome code>.
 */
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { append, errorBox, h, illustrativeBadge, select } from '../dom.js';
import { downloadCsv, exportBar } from '../exports.js';
import { hrefFor, reloadView, setParams } from '../url-state.js';
import { ragBar, ragChip, sparkline, statusBar } from './progress-charts.js';
import { actionRows, outcomePanel } from './progress-outcome.js';
import {
  countWords, defaultPeriod, figure, ILLUSTRATIVE_NOTICE, listedActions, measuresOf, outcomeRows, periodChoices, STATUS_WORDS, valueIn, valuePeriods, valueRows, words,
  type DefaultsAnswer, type Measure, type OutcomeProgress, type ProgressAnswer,
} from './progress-model.js';
import { PROGRESS_DEFAULTS, PROGRESS_VIEW } from './progress-queries.js';

/** Set when an outcome is chosen, so the drill-down takes the focus once the view is drawn again. */
let focusDrillDown = false;

function choose(change: Record<string, string | null>): void {
  setParams(change, true);
  reloadView();
}

/** One measure on the overview: name, sparkline of its window, rating for the period, trend, the value. */
function measureItem(m: Measure, period: string): HTMLElement {
  const value = valueIn(m, period);
  const illustrative = m.illustrative || m.trend.values.some((v) => v.illustrative);
  return h('li', { class: 'measure-line', 'data-measure': m.code },
    h('span', { class: 'measure-name' }, m.name, ' ', illustrativeBadge(illustrative)),
    h('span', { class: 'chart' }, sparkline(m.trend.values, `${m.name}: values up to ${period}`)),
    ragChip(m.rag),
    h('span', { class: 'muted' }, value ? `${figure(value.value)}${value.target == null ? '' : ` (target ${figure(value.target)})`}` : 'no value', `, ${words(m.trend.trend)}`));
}

function outcomeCard(o: OutcomeProgress, measures: Measure[], period: string, chosen: boolean): HTMLElement {
  return h('li', { class: 'progress-outcome', 'data-outcome': o.code },
    h('h2', {}, `${o.code} ${o.name} `, illustrativeBadge(o.progress.illustrative)),
    h('p', { class: 'counts', 'data-rag-counts': '' }, 'Measures: ', countWords(o.progress.measuresByRag, (x: { rag: string }) => x.rag), '.'),
    h('div', { class: 'chart' }, ragBar(o.progress, `Measures of outcome ${o.code} by rating, ${period}`)),
    h('p', { class: 'counts', 'data-status-counts': '' }, 'Actions: ', countWords(o.progress.actionsByStatus, (x: { status: string }) => x.status), `; ${o.progress.actionsNeverUpdated} never updated.`),
    h('div', { class: 'chart' }, statusBar(o.progress, `Actions of outcome ${o.code} by status, ${period}`)),
    measures.length ? h('ul', { class: 'measure-list', 'aria-label': `Measures of outcome ${o.code}` }, ...measures.map((m) => measureItem(m, period))) : h('p', { class: 'muted' }, 'No measure judges this outcome yet.'),
    h('button', { type: 'button', class: 'secondary', 'aria-pressed': chosen ? 'true' : 'false', 'data-drill': o.code, onclick: () => { focusDrillDown = true; choose({ outcome: o.code }); } },
      `Measures and actions of outcome ${o.code}`));
}

/** One stale action: its code and words, owner, and the last update it had, if any. */
const staleItem = (a: NonNullable<ProgressAnswer['plan']>['staleActions'][number]) => h('li', { 'data-stale': a.action.code },
  h('strong', {}, a.action.code), ` ${a.action.text} `, h('span', { class: 'muted' }, `(owner: ${a.owner?.name ?? 'none named'}`,
    a.lastUpdate ? `; last update ${a.lastUpdate.period.label}, ${STATUS_WORDS[a.lastUpdate.status]})` : ')'));

/**
 * The owners who have not reported (the API's staleActions): first those who reported before but not for this
 * period, then, folded, the actions never reported on at all (most of a plan, until updates are imported).
 */
function staleList(data: NonNullable<ProgressAnswer['plan']>, period: string): HTMLElement {
  const lapsed = data.staleActions.filter((a) => a.lastUpdate);
  const never = data.staleActions.filter((a) => !a.lastUpdate);
  return h('section', { 'aria-labelledby': 'stale-title', class: 'stale' },
    h('h2', { id: 'stale-title' }, `Owners who have not reported for ${period} (${data.staleActions.length})`),
    lapsed.length ? h('ul', { 'aria-label': 'Reported before, not for this period' }, ...lapsed.map(staleItem))
      : h('p', { class: 'muted' }, 'Every owner who reported before has reported for this period.'),
    never.length ? h('details', {}, h('summary', {}, `Actions never reported on (${never.length})`), h('ul', {}, ...never.map(staleItem))) : null);
}

async function periodOf(params: URLSearchParams, council: string | null, plan: string): Promise<string> {
  const asked = params.get('period');
  if (asked) return asked;
  const d = await ask<DefaultsAnswer>(PROGRESS_DEFAULTS, { council, plan });
  const period = defaultPeriod(plan, valuePeriods(d));
  setParams({ period }); // the URL says what is shown, so the link shares it
  return period;
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const council = councilParam(params);
  const plan = params.get('plan') ?? '2022-26';
  const period = await periodOf(params, council, plan);
  const outcomeCode = params.get('outcome');
  append(root, h('h1', {}, 'Progress against the plan'),
    h('p', { class: 'lede' }, 'Each outcome\'s measures by rating (red, amber, green against target) and actions by their owners\' latest status, for a reporting period. Choose an outcome for its measures\' values and its actions\' updates.'));
  const periodPicker = (planPeriod: string) => select('Period', periodChoices(planPeriod, period), period, (value) => choose({ period: value }), 'progress-period');
  let data: ProgressAnswer;
  try {
    data = await ask<ProgressAnswer>(PROGRESS_VIEW, { council, plan, period, outcome: outcomeCode ?? '', drill: Boolean(outcomeCode) });
  } catch (error) {
    append(root, h('div', { class: 'controls' }, periodPicker(plan)), errorBox(error));
    return;
  }
  const plans = data.plans.filter((p) => p.period !== '2014-18');
  const planPicker = select('Plan', plans.map((p) => ({ value: p.period, text: `${p.period}: ${p.title}` })), plan, (value) => choose({ plan: value, outcome: null }), 'progress-plan');
  if (!data.plan) {
    append(root, h('div', { class: 'controls' }, planPicker, periodPicker(plan)), h('p', {}, `No plan ${plan}.`));
    return;
  }
  const p = data.plan;
  const table = outcomeRows(p.outcomes);
  const drill = data.outcome ? { outcome: data.outcome, measures: measuresOf(data.outcome.id, data.measures), ...listedActions(data.outcome.supportingActions.edges) } : null;
  const drilled = drill ? p.outcomes.find((o) => o.id === drill.outcome.id) : undefined;
  const file = (what: string) => `progress-${plan}-${period.replace(/[/ ]/g, '-')}-${what}.csv`;
  const stale = new Set(p.staleActions.map((a) => a.action.id));
  append(root,
    h('div', { class: 'controls' }, planPicker, periodPicker(p.period), exportBar([
      { label: 'Download outcomes CSV', run: () => downloadCsv(file('outcomes'), table.header, table.rows) },
      ...(drill && drilled ? [
        { label: 'Download values CSV', run: () => downloadCsv(file(`outcome-${drill.outcome.code}-values`), ['measure', 'period', 'value', 'target', 'rating', 'source', 'note', 'illustrative'], valueRows(drill.measures)) },
        { label: 'Download actions CSV', run: () => downloadCsv(file(`outcome-${drill.outcome.code}-actions`), ['action', 'owner', 'status', 'update period', 'commentary', 'revised date', 'reported for the period', 'illustrative'], actionRows(drill.listed, stale)) },
      ] : []),
    ])),
    p.progress.illustrative ? h('p', { class: 'notice' }, ILLUSTRATIVE_NOTICE) : null,
    h('p', { class: 'totals', id: 'progress-totals' }, `Plan ${p.period}, ${data.period.label} (${data.period.start} to ${data.period.end}): measures `,
      h('strong', { 'data-plan-rag': '' }, countWords(p.progress.measuresByRag, (x: { rag: string }) => x.rag)), '; actions ',
      h('strong', { 'data-plan-status': '' }, countWords(p.progress.actionsByStatus, (x: { status: string }) => x.status)), `; ${p.progress.actionsNeverUpdated} never updated. `,
      illustrativeBadge(p.progress.illustrative), ' ', h('a', { href: hrefFor('report', { plan, period }) }, 'The Outcome Board\'s report for this period')),
    h('ul', { class: 'progress-outcomes', 'aria-label': 'Outcomes' }, ...p.outcomes.map((o) => outcomeCard(o, measuresOf(o.id, data.measures), period, o.code === outcomeCode))),
    tableAlternative('The counts as a table', dataTable(`Measures by rating and actions by status per outcome, ${period}`, table.header, table.rows, { numeric: table.header.map((_, i) => i).slice(1) }), window.innerWidth < 820),
    staleList(p, period),
  );
  const panel = h('section', { id: 'progress-outcome', tabindex: '-1', 'aria-live': 'polite', 'aria-label': 'The chosen outcome\'s measures and actions' });
  if (outcomeCode && (!drill || !drilled)) panel.append(h('p', {}, `The ${plan} plan has no outcome "${outcomeCode}": choose one above.`));
  else if (drill && drilled) panel.append(outcomePanel(drilled, drill, period, stale, plan, () => { focusDrillDown = false; choose({ outcome: null }); }));
  else panel.append(h('p', { class: 'muted' }, 'Choose an outcome\'s "Measures and actions" button to see its measures\' values and its actions\' updates here.'));
  root.append(panel);
  if (focusDrillDown) {
    focusDrillDown = false;
    panel.focus();
  }
}
