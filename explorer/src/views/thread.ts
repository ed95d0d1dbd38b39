/**
 * Thread view (question Q11 in docs/queries.md): pick a plan and an outcome, sub-outcome, partner priority or savings
 * line, see it as a graph, expand any item's neighbours by clicking it, hide kinds of link, and open any item
 * or link in the side panel with its quoted source. URL: ?plan=&item=&open=<ids>&hide=<kinds>&sel=<item or link id>.
 */
import { ask } from '../api.js';
import { councilParam, editionsOf } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { errorBox, h, select } from '../dom.js';
import { download, downloadCsv, exportBar } from '../exports.js';
import { graphql } from '../generated/gql.js';
import { planChoices } from '../plan-choices.js';
import type { ThreadChoicesQuery } from '../generated/graphql.js';
import { itemLabel, kindName } from '../items.js';
import { linkKindColour, linkKindLabel } from '../link-kinds.js';
import { listParam, reloadView, setParams } from '../url-state.js';
import { ThreadGraph } from './thread-graph.js';
import { ThreadModel } from './thread-model.js';
import { itemPanel, linkPanel, type PanelActions } from './thread-panel.js';

const CHOICES = graphql(`query ThreadChoices($council: String, $plan: String!) {
  plans(council: $council) { period title }
  plan(council: $council, period: $plan) { outcomes { id code name subOutcomes { id code name } } themes { id code name } }
  documents(kinds: [PARTNER_STRATEGY]) { key title priorities { id code name subPriorities { id code name } } }
  councils { key default financialStrategies { key title } }
}`);

const SAVINGS_LINES = graphql(`query ThreadSavingsLines($edition: String!) { savings(edition: $edition) { lines { id reference description } } }`);

/** Savings lines of every MTFS edition: one request per edition, side by side. */
async function savingsLines(editions: { key: string; title: string }[]): Promise<{ value: string; text: string; group: string }[]> {
  const answers = await Promise.all(editions.map((e) => ask(SAVINGS_LINES, { edition: e.key })));
  return editions.flatMap((e, i) => (answers[i]!.savings?.lines ?? []).map((l) => ({ value: l.id, text: `${l.reference} ${l.description}`, group: `Savings lines: ${e.title}` })));
}

function itemOptions(choices: ThreadChoicesQuery) {
  const options: { value: string; text: string; group: string }[] = [];
  for (const o of choices.plan?.outcomes ?? []) options.push({ value: o.id, text: `${o.code} ${o.name}`, group: 'Outcomes' });
  for (const o of choices.plan?.outcomes ?? []) for (const s of o.subOutcomes) options.push({ value: s.id, text: `${s.code} ${s.name}`, group: 'Sub-outcomes' });
  for (const t of choices.plan?.themes ?? []) options.push({ value: t.id, text: `${t.code} ${t.name}`, group: 'Themes' });
  for (const d of choices.documents) {
    for (const p of d.priorities) {
      options.push({ value: p.id, text: `${p.code} ${p.name}`, group: `Partner priorities: ${d.title}` });
      for (const s of p.subPriorities) options.push({ value: s.id, text: `${s.code} ${s.name}`, group: `Partner priorities: ${d.title}` });
    }
  }
  return options;
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const period = params.get('plan') ?? '2022-26';
  const council = councilParam(params);
  const choices = await ask(CHOICES, { council, plan: period });
  const options = [...itemOptions(choices), ...(await savingsLines(editionsOf(choices.councils, council)))];
  const startId = params.get('item') && options.some((o) => o.value === params.get('item')) ? params.get('item')! : options[0]?.value;
  const hidden = new Set(listParam(params, 'hide'));

  const planPicker = select('Plan', planChoices(choices.plans), period,
    (value) => { setParams({ plan: value, item: null, open: null, sel: null, hide: null }, true); reloadView(); }, 'thread-plan');
  const itemPicker = select('Start from', options, startId ?? '',
    (value) => { setParams({ item: value, open: null, sel: null }, true); reloadView(); }, 'thread-item');
  const kindFilter = h('fieldset', { class: 'kind-filter' }, h('legend', {}, 'Show links of kind'));
  const graphBox = h('div', { class: 'graph', id: 'thread-graph', tabindex: '0', role: 'img', 'aria-label': 'Graph of the thread; the table below the graph lists the same links.' });
  const panel = h('aside', { class: 'side-panel', id: 'thread-panel', tabindex: '-1', 'aria-label': 'Details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click an item to see its details and expand its neighbours; click a link to see its source.'));
  const tableSlot = h('div', {});
  const status = h('p', { class: 'muted', id: 'thread-status', role: 'status' });
  root.append(
    h('h1', {}, 'The thread'),
    h('p', { class: 'lede' }, 'Start from an outcome, sub-outcome, partner priority or savings line; click any item to bring in what it links to, and any link to read the paper that states it.'),
    h('div', { class: 'controls' }, planPicker, itemPicker, exportBar([
      { label: 'Download PNG', run: async () => download(`thread-${period}.png`, await graph.png()) },
      { label: 'Download CSV', run: () => downloadCsv(`thread-${period}.csv`, CSV_HEADER, csvRows()) },
    ])),
    status,
    // The filter doubles as the legend, under the graph, so the graph starts on the first screen of a phone.
    h('div', { class: 'view-grid' }, h('div', {}, graphBox, kindFilter, tableSlot), panel),
  );
  if (!startId) {
    graphBox.replaceWith(h('p', {}, 'This plan has nothing to start from.'));
    return () => {};
  }

  const model = new ThreadModel();
  const actions: PanelActions = {
    chooseItem: (id) => choose(id, true),
    chooseLink: (id) => choose(id, true),
    expand: (id) => void expand(id),
  };
  const graph = new ThreadGraph(graphBox, { onNode: (id) => { choose(id); reveal(); void expand(id); }, onLink: (id) => { choose(id); reveal(); } });

  /** On a phone the panel sits below the graph: bring it into view when something is chosen on the graph. */
  function reveal(): void {
    if (window.matchMedia('(max-width: 820px)').matches) panel.scrollIntoView({ block: 'start' });
  }
  (window as unknown as { explorerGraph?: unknown }).explorerGraph = graph.cy; // for the end-to-end tests

  function choose(id: string | null, focusPanel = false): void {
    setParams({ sel: id });
    graph.choose(id);
    const item = id ? model.items.get(id) : undefined;
    const link = id ? model.links.get(id) : undefined;
    panel.replaceChildren(item ? itemPanel(model, item, actions) : link ? linkPanel(model, link, actions) : h('p', { class: 'muted' }, 'Nothing chosen.'));
    if (focusPanel) panel.focus();
  }

  async function expand(id: string): Promise<void> {
    if (model.expanded.includes(id)) return;
    status.textContent = 'Loading neighbours…';
    try {
      const added = await model.expand(id);
      setParams({ open: model.expanded.filter((x) => x !== startId).join(',') });
      refresh(id);
      status.textContent = `${added.length} item${added.length === 1 ? '' : 's'} added; ${model.items.size} on the graph.`;
      const chosen = new URLSearchParams(location.search).get('sel');
      if (chosen === id) choose(id);
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  }

  function refresh(focusId?: string): void {
    graph.update(model.items, model.links, startId!, focusId, new Set(model.newSince.keys()));
    renderKindFilter();
    graph.filter(hidden, startId!);
    renderTable();
  }

  function renderKindFilter(): void {
    kindFilter.replaceChildren(h('legend', {}, 'Show links of kind'), h('div', { class: 'checks' }, ...model.kinds().map((kind) =>
      h('label', {}, h('input', { type: 'checkbox', value: kind, checked: !hidden.has(kind), onchange: (e: Event) => {
        if ((e.target as HTMLInputElement).checked) hidden.delete(kind); else hidden.add(kind);
        setParams({ hide: [...hidden].join(',') });
        graph.filter(hidden, startId!);
        renderTable();
      } }), h('span', { class: 'swatch', style: `background:${linkKindColour(kind)}` }), linkKindLabel(kind)))));
  }

  const CSV_HEADER = ['from', 'from kind', 'link', 'to', 'to kind', 'basis', 'rationale', 'source paper', 'at', 'quote'];
  const shownLinks = () => [...model.links.values()].filter((l) => !hidden.has(l.facts.kind));
  function csvRows() {
    return shownLinks().map((l) => {
      const from = model.items.get(l.source)!;
      const to = model.items.get(l.target)!;
      const c = l.facts.citation;
      return [itemLabel(from, 500), kindName(from.__typename), l.facts.kind, itemLabel(to, 500), kindName(to.__typename), l.facts.basis, l.facts.rationale, c?.source.title, c?.at, c?.quote];
    });
  }

  function renderTable(): void {
    const rows = shownLinks().map((l) => {
      const from = model.items.get(l.source)!;
      const to = model.items.get(l.target)!;
      return [
        h('button', { type: 'button', class: 'linkish', onclick: () => choose(from.id, true) }, itemLabel(from, 90)),
        h('button', { type: 'button', class: 'linkish', onclick: () => choose(l.id, true) }, linkKindLabel(l.facts.kind)),
        h('button', { type: 'button', class: 'linkish', onclick: () => choose(to.id, true) }, itemLabel(to, 90)),
        l.facts.citation ? `${l.facts.citation.source.title}, ${l.facts.citation.at}` : (l.facts.rationale ?? ''),
      ];
    });
    tableSlot.replaceChildren(tableAlternative(`The graph as a table: ${rows.length} links between ${model.items.size} items`,
      dataTable('Links on the graph', ['From', 'Link', 'To', 'Source'], rows)));
  }

  status.textContent = 'Loading the thread…';
  try {
    await model.load(startId, listParam(params, 'open'));
    refresh();
    status.textContent = `${model.items.size} items and ${model.links.size} links on the graph. Click an item to expand it.`;
    const sel = params.get('sel');
    choose(sel && (model.items.has(sel) || model.links.has(sel)) ? sel : startId);
  } catch (error) {
    status.replaceChildren(errorBox(error));
  }
  return () => graph.destroy();
}
