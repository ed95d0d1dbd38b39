/**
 * The board report page's parts: a statement with what it rests on (the update, value, savings line or the
 * paper's words), and one outcome's section (counts, each measure's chart and its table, actions off track
 * with the owner's commentary, coverage gaps, savings at risk). Every figure is the API's.
 */
import { dataTable, scrollRegion } from '../data-table.js';
import { h, illustrativeBadge } from '../dom.js';
import { ragBar, ragChip, statusBar, trendChart } from './progress-charts.js';
import { countWords, figure, RAG_WORDS, STATUS_WORDS, words, type ActionStatus, type Counts, type Rag } from './progress-model.js';

interface Citation { quote: string; at: string; source: { title: string } }

export interface Statement {
  text: string;
  illustrative: boolean;
  outcome: { code: string };
  tracesTo: {
    kind: 'ACTION_UPDATE' | 'MEASURE_VALUE' | 'SAVINGS_LINE' | 'CITATION';
    update: { id: string; period: { label: string }; recordedAt: string; recordedBy: string; action: { code: string } } | null;
    value: { id: string; period: { label: string }; value: number; source: string | null; measure: { code: string } } | null;
    savingsLine: { reference: string; description: string | null } | null;
    citation: Citation | null;
  };
}

export interface OutcomeReport {
  outcome: { id: string; code: string; name: string };
  rollUp: Counts;
  measures: {
    rag: Rag; trend: string; illustrative: boolean;
    measure: { id: string; code: string; name: string; unit: string | null; trend: { values: { id: string; period: { label: string }; value: number; target: number | null; rag: Rag }[] } };
    value: { id: string; value: number; target: number | null; source: string | null; note: string | null; period: { label: string }; recordedAt: string; recordedBy: string } | null;
  }[];
  offTrackActions: { id: string; status: ActionStatus; commentary: string; revisedDate: string | null; recordedAt: string; recordedBy: string; illustrative: boolean; period: { label: string }; action: { code: string; text: string; owner: { name: string } | null } }[];
  coverageGaps: { code: string; name: string; citation: Citation | null }[];
  savingsAtRisk: { status: string; illustrative: boolean; line: { reference: string; description: string | null }; reaches: { __typename: string; code?: string; name?: string }; fallingMeasures: { code: string; name: string }[] }[];
}

const cited = (c: Citation) => `${c.source.title}, ${c.at}: "${c.quote}"`;

/** What a statement rests on, in words, with the record's id (the docx prints the same id). */
export function traceText(t: Statement['tracesTo']): string {
  if (t.kind === 'ACTION_UPDATE' && t.update) return `the owner's update ${t.update.id} on action ${t.update.action.code} for ${t.update.period.label}, recorded ${t.update.recordedAt.slice(0, 10)} by ${t.update.recordedBy}`;
  if (t.kind === 'MEASURE_VALUE' && t.value) return `the value ${t.value.id} of ${t.value.measure.code} for ${t.value.period.label}, ${figure(t.value.value)} (source: ${t.value.source ?? 'not given'})`;
  if (t.kind === 'SAVINGS_LINE' && t.savingsLine) return `savings line ${t.savingsLine.reference}${t.savingsLine.description ? ` (${t.savingsLine.description})` : ''}`;
  if (t.citation) return cited(t.citation);
  return 'no record (the API gave none)';
}

const traceId = (t: Statement['tracesTo']) => t.update?.id ?? t.value?.id ?? t.savingsLine?.reference ?? t.citation?.source.title ?? '';

export function statementList(title: string, id: string, statements: Statement[]): HTMLElement {
  return h('section', { class: 'report-section', 'aria-labelledby': id, 'data-section': id },
    h('h2', { id }, title),
    statements.length ? h('ol', { class: 'statements' }, ...statements.map((x) => h('li', { 'data-statement': '' },
      h('span', { class: 'statement-text' }, x.text), ' ', illustrativeBadge(x.illustrative),
      h('p', { class: 'trace', 'data-trace': traceId(x.tracesTo) }, `Outcome ${x.outcome.code}. Rests on ${traceText(x.tracesTo)}.`))))
      : h('p', { class: 'muted' }, 'None for this period.'));
}

function measureFigure(m: OutcomeReport['measures'][number], period: string): HTMLElement {
  const title = `${m.measure.code} ${m.measure.name}`;
  return h('figure', { class: 'report-measure', 'data-measure': m.measure.code },
    h('div', { class: 'chart' }, trendChart(m.measure.trend.values, title, m.measure.unit)),
    h('figcaption', {}, ragChip(m.rag), ` for ${period}, trend ${words(m.trend)} `, illustrativeBadge(m.illustrative),
      m.value ? h('span', { class: 'trace', 'data-trace': m.value.id }, ` Rests on the value ${m.value.id}, source: ${m.value.source ?? 'not given'}${m.value.note ? `; note: ${m.value.note}` : ''}.`) : ' No value for the period.'));
}

export function outcomeSection(o: OutcomeReport, period: string): HTMLElement {
  const code = o.outcome.code;
  const measuresTitle = `Measures of outcome ${code}, ${period}`;
  return h('section', { class: 'report-outcome', 'data-outcome': code, 'aria-labelledby': `report-outcome-${code}` },
    h('h2', { id: `report-outcome-${code}` }, `Outcome ${code}: ${o.outcome.name} `, illustrativeBadge(o.rollUp.illustrative)),
    h('p', { 'data-counts': '' }, 'Actions by status: ', countWords(o.rollUp.actionsByStatus, (x: { status: string }) => x.status), `; ${o.rollUp.actionsNeverUpdated} with no update. Measures by rating: `,
      countWords(o.rollUp.measuresByRag, (x: { rag: string }) => x.rag), '.'),
    h('div', { class: 'report-bars' }, h('div', { class: 'chart' }, ragBar(o.rollUp, `Measures of outcome ${code} by rating`)), h('div', { class: 'chart' }, statusBar(o.rollUp, `Actions of outcome ${code} by status`))),
    h('h3', {}, 'Measures'),
    o.measures.length ? h('div', { class: 'report-measures' }, ...o.measures.map((m) => measureFigure(m, period))) : h('p', { class: 'muted' }, 'No measure judges this outcome yet.'),
    o.measures.length ? h('div', scrollRegion(measuresTitle), dataTable(measuresTitle, ['Measure', 'Value', 'Target', 'Rating', 'Trend', 'Source'], o.measures.map((m) => [
      `${m.measure.code}: ${m.measure.name}${m.measure.unit ? ` (${m.measure.unit})` : ''}`, m.value ? figure(m.value.value) : 'none', m.value?.target == null ? 'none' : figure(m.value.target),
      RAG_WORDS[m.rag], words(m.trend), m.value?.source ?? '']), { numeric: [1, 2] })) : null,
    h('h3', {}, `Actions off track or at risk (${o.offTrackActions.length})`),
    o.offTrackActions.length ? h('ul', { class: 'statements' }, ...o.offTrackActions.map((a) => h('li', { 'data-off-track': a.action.code },
      h('strong', {}, `${a.action.code} is ${STATUS_WORDS[a.status]}`), `: ${a.commentary}${a.revisedDate ? ` Revised date: ${a.revisedDate}.` : ''} `, illustrativeBadge(a.illustrative),
      h('p', { class: 'trace', 'data-trace': a.id }, `Owner: ${a.action.owner?.name ?? 'none named'}. Rests on the owner's update ${a.id} for ${a.period.label}, recorded ${a.recordedAt.slice(0, 10)} by ${a.recordedBy}.`))))
      : h('p', { class: 'muted' }, 'None.'),
    h('h3', {}, `Coverage gaps (${o.coverageGaps.length})`),
    o.coverageGaps.length ? h('ul', {}, ...o.coverageGaps.map((g) => h('li', { 'data-gap': g.code }, `Nothing reports progress on ${g.code} ${g.name}.`,
      h('p', { class: 'trace' }, g.citation ? `Rests on ${cited(g.citation)}.` : 'Not stated in a council paper.'))))
      : h('p', { class: 'muted' }, 'None: a measure or an action reports on every sub-outcome.'),
    h('h3', {}, `Savings at risk (${o.savingsAtRisk.length})`),
    o.savingsAtRisk.length ? h('ul', {}, ...o.savingsAtRisk.map((l) => h('li', { 'data-savings-line': l.line.reference },
      `Savings line ${l.line.reference}${l.line.description ? ` (${l.line.description})` : ''} is ${words(l.status)}, on ${l.reaches.code ?? ''} ${l.reaches.name ?? ''}`.trimEnd(),
      l.fallingMeasures.length ? `; falling measures there: ${l.fallingMeasures.map((m) => m.code).join(', ')}.` : '.', ' ', illustrativeBadge(l.illustrative),
      h('p', { class: 'trace', 'data-trace': l.line.reference }, `Rests on savings line ${l.line.reference} and the finance team's status.`))))
      : h('p', { class: 'muted' }, 'None.'),
  );
}
