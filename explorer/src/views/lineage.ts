/**
 * Lineage (PRODUCT.md question 3): the three Strategic Plans side by side, 2014-18 themes then 2018-22 and
 * 2022-26 outcomes, with what became of each (kept, renamed, merged, split, dropped, new) drawn between them.
 * Cytoscape draws it with the columns given (a preset layout: the plans' order is the layout). Choosing an
 * item highlights its whole line; choosing a link shows why and where a paper says so.
 * URL: ?focus=<item id>&step=<link id>&hide=<kinds>.
 */
import cytoscape from 'cytoscape';
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { append, h } from '../dom.js';
import { download, downloadCsv, exportBar } from '../exports.js';
import { CITATION_FIELDS, citationBlock } from '../items.js';
import { linkKindColour, linkKindDashed, linkKindLabel } from '../link-kinds.js';
import { hrefFor, listParam, setParams } from '../url-state.js';
import { collectLineage, type LineageGraph, type Step } from './lineage-model.js';

const STEP_FIELDS = `kind basis rationale ${CITATION_FIELDS} from { __typename id ... on StrategicPlan { period } } to { __typename id ... on StrategicPlan { period } }`;
const LINEAGE = `query LineageView($council: String) {
  plans(council: $council) { id period title
    themes { id code name lineage(direction: BOTH) { ${STEP_FIELDS} } }
    outcomes { id code name lineage(direction: BOTH) { ${STEP_FIELDS} } } }
}`;

const COLUMN = 420;
const ROW = 86;

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const data = await ask<{ plans: Parameters<typeof collectLineage>[0] }>(LINEAGE, { council: councilParam(params) });
  const lineage = collectLineage(data.plans);
  const hidden = new Set(listParam(params, 'hide'));
  const graphBox = h('div', { class: 'graph', id: 'lineage-graph', tabindex: '0', role: 'img', 'aria-label': 'Lineage of the plans\' outcomes; the table below lists the same steps.' });
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
      { label: 'Download PNG', run: async () => download('lineage.png', await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) },
      { label: 'Download CSV', run: () => downloadCsv('lineage.csv', csvHeader, rowsOf(lineage.steps)) },
    ])),
    h('div', { class: 'view-grid' }, h('div', {}, graphBox,
      tableAlternative(`The lineage as a table: ${lineage.steps.length} steps`, dataTable('What became of each theme and outcome', ['From', 'Became', 'To', 'Why', 'Source'],
        lineage.steps.map((s) => [`${lineage.columnOf(s.from)}: ${lineage.label(s.from)}`, linkKindLabel(s.kind), `${lineage.columnOf(s.to)}: ${lineage.label(s.to)}`, s.rationale,
          s.citation ? `${s.citation.source.title}, ${s.citation.at}` : 'analyst\'s judgement (no paper states it)'])), window.innerWidth < 820)),
    panel),
  );

  const cy = cytoscape({
    container: graphBox,
    elements: elementsOf(lineage),
    layout: { name: 'preset', fit: true, padding: 24 },
    autoungrabify: true,
    style: [
      { selector: 'node', style: { shape: 'round-rectangle', width: 250, height: 56, 'background-color': '#cfe2f3', 'border-width': 1, 'border-color': '#4a5360', label: 'data(label)', 'font-size': 12, color: '#0b1f33', 'text-wrap': 'wrap', 'text-max-width': '236px', 'text-valign': 'center' } },
      { selector: 'node.heading', style: { 'background-opacity': 0, 'border-width': 0, 'font-size': 16, 'font-weight': 'bold', color: '#13294b', events: 'no' } },
      { selector: 'node.placeholder', style: { 'background-color': '#ffffff', 'border-style': 'dashed', color: '#4a5360' } },
      { selector: 'edge', style: { width: 3, 'curve-style': 'bezier', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', label: 'data(label)', 'font-size': 11, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, color: '#1b1f24' } },
      { selector: 'edge.dashed', style: { 'line-style': 'dashed' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: '.chosen', style: { 'border-width': 5, 'border-color': '#ffbf47', width: 6 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  (window as unknown as { explorerGraph?: unknown }).explorerGraph = cy; // for the end-to-end tests

  function applyFilter(): void {
    cy.batch(() => cy.edges().forEach((e) => { e.toggleClass('hidden', hidden.has(e.data('kind'))); }));
  }

  function choose(id: string | null, focusPanel = false): void {
    cy.batch(() => {
      cy.elements().removeClass('faded chosen');
      if (!id) return;
      const element = cy.getElementById(id);
      element.addClass('chosen');
      const line = element.isNode() ? element.predecessors().union(element.successors()).union(element) : cy.collection().union(element).union((element as unknown as cytoscape.EdgeSingular).connectedNodes());
      cy.elements().not(line).not('.heading').addClass('faded');
    });
    const step = id ? lineage.steps.find((s) => s.id === id) : undefined;
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

  cy.on('tap', 'node', (e) => choose(e.target.id()));
  cy.on('tap', 'edge', (e) => choose(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) choose(null); });
  applyFilter();
  const initial = params.get('step') ?? params.get('focus');
  if (initial && cy.getElementById(initial).nonempty()) choose(initial);
  return () => cy.destroy();
}

function elementsOf(lineage: LineageGraph): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = lineage.columns.map((column, c) => ({
    data: { id: `heading-${column.period}`, label: `${column.period} ${column.organisedBy}` }, position: { x: c * COLUMN, y: -ROW }, classes: 'heading',
  }));
  lineage.columns.forEach((column, c) => column.ids.forEach((id, r) => {
    elements.push({ data: { id, label: lineage.label(id) }, position: { x: c * COLUMN, y: r * ROW }, classes: lineage.items.get(id)!.typename === 'StrategicPlan' ? 'placeholder' : '' });
  }));
  for (const s of lineage.steps) {
    elements.push({ data: { id: s.id, source: s.from, target: s.to, kind: s.kind, label: linkKindLabel(s.kind), colour: linkKindColour(s.kind) }, classes: linkKindDashed(s.kind) ? 'dashed' : '' });
  }
  return elements;
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
