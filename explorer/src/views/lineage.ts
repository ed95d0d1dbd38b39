/**
 * Lineage (question Q3 in docs/queries.md): the three Strategic Plans side by side, 2014-18 themes then 2018-22 and
 * 2022-26 outcomes, with what became of each (kept, renamed, merged, split, dropped, new) drawn between them.
 * Drawn as an alluvial chart (lineage-alluvial.ts: d3-sankey with the plans as its columns). Choosing an
 * item highlights its whole line; choosing a band shows why and where a paper says so.
 * URL: ?focus=<item id>&step=<link id>&hide=<kinds>.
 */
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { append, h } from '../dom.js';
import { downloadCsv, downloadSvg, downloadSvgAsPng, exportBar } from '../exports.js';
import { graphql } from '../generated/gql.js';
import { citationBlock } from '../items.js';
import { linkKindColour, linkKindDashed, linkKindLabel } from '../link-kinds.js';
import { hrefFor, listParam, setParams } from '../url-state.js';
import { alluvialSvg } from './lineage-alluvial.js';
import { collectLineage, type LineageGraph, type Step } from './lineage-model.js';

const LINEAGE = graphql(`query LineageView($council: String) {
  plans(council: $council) { id period title
    themes { id code name lineage(direction: BOTH) { ...LineageStepFields } }
    outcomes { id code name lineage(direction: BOTH) { ...LineageStepFields } } }
}

fragment LineageStepFields on LineageStep {
  kind basis rationale citation { quote at line source { key title body date file } }
  from { __typename id ... on StrategicPlan { period } } to { __typename id ... on StrategicPlan { period } }
}`);

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const data = await ask(LINEAGE, { council: councilParam(params) });
  const lineage = collectLineage(data.plans);
  const hidden = new Set(listParam(params, 'hide'));
  const chart = () => alluvialSvg(lineage, { onItem: (id) => { choose(id); reveal(); }, onStep: (id) => { choose(id); reveal(); } });
  const svg = chart();
  const graphBox = h('div', { class: 'chart alluvial scrolls', id: 'lineage-graph' }, svg);
  const panel = h('aside', { class: 'side-panel', id: 'lineage-panel', tabindex: '-1', 'aria-live': 'polite', 'aria-label': 'Details' },
    h('p', { class: 'muted' }, 'Choose an outcome to follow its line, or a link to read why.'));
  const kinds = [...new Set(lineage.steps.map((s) => s.kind))].sort();
  const filter = h('fieldset', {}, h('legend', {}, 'Show'), h('div', { class: 'checks' }, ...kinds.map((kind) =>
    h('label', {}, h('input', { type: 'checkbox', checked: !hidden.has(kind), onchange: (e: Event) => {
      if ((e.target as HTMLInputElement).checked) hidden.delete(kind); else hidden.add(kind);
      setParams({ hide: [...hidden].join(',') });
      applyFilter();
    } }), h('span', { class: 'swatch', style: `background:${linkKindColour(kind)}` }), linkKindLabel(kind)))));
  const csvHeader = ['from plan', 'from', 'what became of it', 'to plan', 'to', 'basis', 'why', 'source paper', 'at', 'quote'];
  const rowsOf = (steps: Step[]) => steps.map((s) => [lineage.columnOf(s.from), lineage.label(s.from), s.kind, lineage.columnOf(s.to), lineage.label(s.to), s.basis, s.rationale, s.citation?.source.title, s.citation?.at, s.citation?.quote]);
  append(root,
    h('h1', {}, 'Lineage of the plans'),
    h('p', { class: 'lede' }, 'What became of each theme and outcome from one Strategic Plan to the next. Choose an outcome to follow its line; choose a link to read why.'),
    h('div', { class: 'controls' }, filter, exportBar([
      { label: 'Download SVG', run: () => downloadSvg('lineage.svg', chart()) },
      { label: 'Download PNG', run: () => downloadSvgAsPng('lineage.png', chart()) },
      { label: 'Download CSV', run: () => downloadCsv('lineage.csv', csvHeader, rowsOf(lineage.steps)) },
    ])),
    h('div', { class: 'view-grid' }, h('div', {}, graphBox,
      tableAlternative(`The lineage as a table: ${lineage.steps.length} steps`, dataTable('What became of each theme and outcome', ['From', 'Became', 'To', 'Why', 'Source'],
        lineage.steps.map((s) => [`${lineage.columnOf(s.from)}: ${lineage.label(s.from)}`, linkKindLabel(s.kind), `${lineage.columnOf(s.to)}: ${lineage.label(s.to)}`, s.rationale,
          s.citation ? `${s.citation.source.title}, ${s.citation.at}` : 'analyst\'s judgement (no paper states it)'])), window.innerWidth < 820)),
    panel),
  );

  /** On a phone the panel sits below the chart: bring it into view when something is chosen on the chart. */
  function reveal(): void {
    if (window.matchMedia('(max-width: 820px)').matches) panel.scrollIntoView({ block: 'start' });
  }

  /** Every item and step on the line through `id`: what it came from, all the way back, and what it became. */
  function lineThrough(id: string): Set<string> {
    const line = new Set([id]);
    for (const forward of [true, false]) {
      const queue = [id];
      while (queue.length) {
        const at = queue.shift()!;
        for (const st of lineage.steps) {
          const [near, far] = forward ? [st.from, st.to] : [st.to, st.from];
          if (near !== at) continue;
          line.add(st.id);
          if (!line.has(far)) { line.add(far); queue.push(far); }
        }
      }
    }
    return line;
  }

  function applyFilter(): void {
    for (const band of svg.querySelectorAll<SVGElement>('[data-step]')) band.classList.toggle('hidden', hidden.has(band.dataset.kind!));
  }

  function choose(id: string | null, focusPanel = false): void {
    const step = id ? lineage.steps.find((st) => st.id === id) : undefined;
    const line = !id ? null : step ? new Set([step.id, step.from, step.to]) : lineThrough(id);
    for (const element of svg.querySelectorAll<SVGElement>('[data-step], [data-item]')) {
      const key = element.dataset.step ?? element.dataset.item!;
      element.classList.toggle('chosen', key === id);
      element.classList.toggle('faded', line !== null && !line.has(key));
    }
    const item = id ? lineage.items.get(id) : undefined;
    setParams(step ? { step: id, focus: null } : { focus: id, step: null });
    if (step) panel.replaceChildren(stepPanel(lineage, step));
    else if (item) {
      const steps = lineage.steps.filter((s) => s.from === id || s.to === id);
      panel.replaceChildren(h('div', {}, h('p', { class: 'kind' }, lineage.columnOf(id!)), h('h3', {}, lineage.label(id!)),
        h('ul', {}, ...steps.map((s) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => choose(s.id, true) },
          s.from === id ? `${linkKindLabel(s.kind)} → ${lineage.label(s.to)}` : `← ${linkKindLabel(s.kind)} from ${lineage.label(s.from)}`)))),
        item.typename !== 'StrategicPlan' ? h('p', {}, h('a', { href: hrefFor('thread', { plan: lineage.columnOf(id!), item: id! }) }, 'Open in the thread view')) : null));
    }
    if (focusPanel) panel.focus();
  }

  applyFilter();
  const initial = params.get('step') ?? params.get('focus');
  if (initial && (lineage.items.has(initial) || lineage.steps.some((st) => st.id === initial))) choose(initial);
  return () => {};
}

function stepPanel(lineage: LineageGraph, step: Step): HTMLElement {
  return h('div', {},
    h('p', { class: 'kind' }, 'Lineage step'),
    h('h3', {}, `${lineage.label(step.from)} `, h('span', { class: 'muted' }, linkKindLabel(step.kind)), ` → ${lineage.label(step.to)}`),
    h('dl', {}, h('dt', {}, 'From'), h('dd', {}, `${lineage.columnOf(step.from)}: ${lineage.label(step.from)}`), h('dt', {}, 'To'), h('dd', {}, `${lineage.columnOf(step.to)}: ${lineage.label(step.to)}`),
      h('dt', {}, 'Basis'), h('dd', {}, step.basis === 'CITED' ? 'stated in a council paper' : "an analyst's judgement")),
    h('h4', {}, 'Why'), h('p', {}, step.rationale),
    h('h4', {}, 'Source'), citationBlock(step.citation, 'No paper states this step in so many words: the rationale above is an analyst\'s reading of the plans.'),
  );
}
