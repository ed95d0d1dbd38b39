/**
 * The progress view's drill-down: one outcome's measures (each value of the window with its target, rating,
 * source and note: the sparkline's table) and the actions listed under it (each one's latest update up to the
 * period, the owner's commentary, and whether the owner has reported for the period).
 */
import { dataTable, scrollRegion } from '../data-table.js';
import { h, illustrativeBadge } from '../dom.js';
import { hrefFor } from '../url-state.js';
import { sparkline } from './progress-charts.js';
import { countWords, figure, RAG_WORDS, STATUS_WORDS, words, yesNo, type ActionEdge, type Measure, type OutcomeProgress } from './progress-model.js';

const RAG_CLASS = (rag: string) => `rag rag-${rag.toLowerCase().replace('_', '-')}`;

/** Where an action sits under the outcome, in the plan's words. */
const placeOf = (e: ActionEdge) => (e.how === 'UNDER_AIM' ? `aim ${e.aim?.code}` : `sub-outcome ${e.subOutcome?.code}`);

/** The actions' rows, for the table and its CSV: the latest update up to the period, and whether it is stale. */
export function actionRows(listed: ActionEdge[], stale: Set<string>): string[][] {
  return listed.map(({ node: a }) => {
    const u = a.latestUpdate;
    return [`${a.code} ${a.text}`, a.owner?.name ?? '', u ? STATUS_WORDS[u.status] : 'no update', u?.period.label ?? '', u?.commentary ?? '', u?.revisedDate ?? '',
      yesNo(!stale.has(a.id)), yesNo(u?.illustrative ?? a.illustrative)];
  });
}

function measureBlock(m: Measure, period: string): HTMLElement {
  const title = `Values of ${m.code} ${m.name}`;
  const direction = m.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : m.direction === 'LOWER_IS_BETTER' ? 'lower is better' : 'no direction set';
  return h('article', { class: 'measure-detail', 'data-measure': m.code },
    h('h4', {}, `${m.code} ${m.name} `, h('span', { class: RAG_CLASS(m.rag), 'data-rag': m.rag }, RAG_WORDS[m.rag]), ' ', illustrativeBadge(m.illustrative || m.trend.values.some((v) => v.illustrative))),
    h('p', { class: 'muted' }, `${m.unit ?? 'no unit given'}; ${direction}; amber within ${figure(m.tolerance)} of target; trend ${words(m.trend.trend)}${m.trend.change == null ? '' : ` (${m.trend.change > 0 ? '+' : ''}${figure(m.trend.change)} over the window)`}.`),
    h('div', { class: 'chart' }, sparkline(m.trend.values, `${m.name}: values up to ${period}`, 280, 60)),
    h('div', scrollRegion(title), dataTable(title, ['Period', 'Value', 'Target', 'Rating', 'Source', 'Note'],
      m.trend.values.map((v) => [v.period.label, figure(v.value), v.target == null ? 'none' : figure(v.target), h('span', { class: RAG_CLASS(v.rag) }, RAG_WORDS[v.rag]),
        h('span', {}, v.source ?? 'not given', ' ', illustrativeBadge(v.illustrative)), v.note ?? '']), { numeric: [1, 2] })),
    m.trend.values.length ? null : h('p', { class: 'muted' }, `No value recorded up to ${period}.`));
}

function actionsTable(listed: ActionEdge[], stale: Set<string>, period: string, code: string): HTMLElement {
  const title = `Actions of outcome ${code}: each one's latest update up to ${period}`;
  return h('div', scrollRegion(title), dataTable(title, ['Action', 'Under', 'Owner', 'Status', 'Update', 'Owner\'s commentary', 'Revised date'],
    listed.map((e) => {
      const a = e.node;
      const u = a.latestUpdate;
      return [
        h('span', { 'data-action': a.code }, h('strong', {}, a.code), ` ${a.text}`),
        placeOf(e),
        a.owner?.name ?? 'none named',
        u ? h('span', { class: `status status-${u.status.toLowerCase().replace('_', '-')}` }, STATUS_WORDS[u.status]) : h('span', { class: 'muted' }, 'no update'),
        h('span', {}, u ? `${u.period.label}, recorded ${u.recordedAt.slice(0, 10)} by ${u.recordedBy} ` : '', illustrativeBadge(u?.illustrative),
          stale.has(a.id) ? h('span', { class: 'chip stale-chip', 'data-stale': '' }, `no update for ${period}`) : null),
        u?.commentary ?? '',
        u?.revisedDate ?? '',
      ];
    })));
}

export function outcomePanel(o: OutcomeProgress, drill: { measures: Measure[]; listed: ActionEdge[]; linked: number }, period: string, stale: Set<string>, plan: string, close: () => void): HTMLElement {
  const measures = drill.measures;
  const staleHere = drill.listed.filter((e) => stale.has(e.node.id)).length;
  return h('div', { class: 'outcome-drill', 'data-outcome': o.code },
    h('h2', {}, `Outcome ${o.code} ${o.name}: ${period} `, illustrativeBadge(o.progress.illustrative)),
    h('p', {}, 'Measures: ', countWords(o.progress.measuresByRag, (x: { rag: string }) => x.rag), '. Actions: ', countWords(o.progress.actionsByStatus, (x: { status: string }) => x.status),
      `; ${o.progress.actionsNeverUpdated} never updated; ${staleHere} with no update for ${period}.`),
    h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: close }, 'Back to all outcomes'), ' ',
      h('a', { href: hrefFor('thread', { plan, item: o.id }) }, `Open outcome ${o.code} in the thread view`)),
    h('h3', {}, `Measures (${measures.length})`),
    ...(measures.length ? measures.map((m) => measureBlock(m, period)) : [h('p', { class: 'muted' }, 'No measure judges this outcome or anything below it yet.')]),
    h('h3', {}, `Actions (${drill.listed.length})`),
    drill.linked ? h('p', { class: 'muted' }, `${drill.linked} more action${drill.linked === 1 ? '' : 's'} from elsewhere in the plan ${drill.linked === 1 ? 'is' : 'are'} linked to it; the counts above are of the actions listed under it.`) : null,
    drill.listed.length ? actionsTable(drill.listed, stale, period, o.code) : h('p', { class: 'muted' }, 'No action is listed under this outcome.'));
}
