/**
 * Alignment matrix (question Q9 in docs/queries.md): a plan's outcomes against partner strategies as a heatmap of
 * ALIGNS_WITH links; choosing a cell lists the priorities and links behind it, each with its rationale and
 * source. The heatmap is an HTML table (its own text alternative); arrow keys move between cells.
 * URL: ?plan=&cell=<outcome code>~<strategy key>.
 */
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { append, h, illustrativeBadge, select } from '../dom.js';
import { downloadCsv, downloadSvg, downloadSvgAsPng, exportBar } from '../exports.js';
import { scrollRegion } from '../data-table.js';
import { graphql } from '../generated/gql.js';
import { planChoices } from '../plan-choices.js';
import { hrefFor, reloadView, setParams } from '../url-state.js';
import { alignmentCellPanel, heatColour, heatmapSvg } from './alignment-parts.js';

const MATRIX = graphql(`query AlignmentView($council: String, $plan: String!) {
  plans(council: $council) { period title }
  plan(council: $council, period: $plan) { period alignmentMatrix {
    illustrative
    strategies { key title owner { name } }
    rows { links outcome { id code name } cells { strategy { key } links primary contributory illustrative
      alignments { strength rationale illustrative citation { quote at line source { key title body date file } }
        priority { id code name description illustrative strategy { title } }
        target { __typename ... on Outcome { id code name } ... on SubOutcome { id code name } } } } }
  } }
}`);

export async function render(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const period = params.get('plan') ?? '2022-26';
  const data = await ask(MATRIX, { council: councilParam(params), plan: period });
  root.append(h('h1', {}, 'Alignment matrix'),
    h('p', { class: 'lede' }, 'Council outcomes against partner strategies: each cell counts the ALIGNS_WITH links from the strategy\'s priorities to the outcome or its sub-outcomes. Choose a cell to see the priorities behind it.'));
  const picker = select('Plan', planChoices(data.plans, ['2014-18']), period,
    (value) => { setParams({ plan: value, cell: null }, true); reloadView(); }, 'alignment-plan');
  if (!data.plan) {
    root.append(picker, h('p', {}, `No plan ${period}.`));
    return;
  }
  const matrix = data.plan.alignmentMatrix;
  const max = Math.max(1, ...matrix.rows.flatMap((r) => r.cells.map((c) => c.links)));
  const panel = h('aside', { class: 'side-panel', id: 'alignment-panel', tabindex: '-1', 'aria-live': 'polite', 'aria-label': 'Links behind the chosen cell' },
    h('p', { class: 'muted' }, 'Choose a cell to see the partner priorities and links behind it.'));
  const title = `Alignment of the ${period} outcomes with partner strategies`;
  const csv = () => downloadCsv(`alignment-${period}.csv`, ['outcome code', 'outcome', ...matrix.strategies.flatMap((s) => [`${s.title}: links`, `${s.title}: primary`, `${s.title}: contributory`]), 'all links', 'illustrative'],
    matrix.rows.map((r) => [r.outcome.code, r.outcome.name, ...r.cells.flatMap((c) => [c.links, c.primary, c.contributory]), r.links, r.cells.some((c) => c.illustrative)]));

  const buttons: HTMLButtonElement[][] = [];
  function choose(rowIndex: number, colIndex: number, focusPanel: boolean): void {
    const row = matrix.rows[rowIndex]!;
    const strategy = matrix.strategies[colIndex]!;
    const cell = row.cells.find((c) => c.strategy.key === strategy.key)!;
    buttons.flat().forEach((b) => b.setAttribute('aria-pressed', 'false'));
    buttons[rowIndex]![colIndex]!.setAttribute('aria-pressed', 'true');
    setParams({ cell: `${row.outcome.code}~${strategy.key}` });
    panel.replaceChildren(alignmentCellPanel(row, strategy, cell, period));
    if (focusPanel) panel.focus();
  }

  const table = h('table', { class: 'heatmap', id: 'alignment-heatmap' },
    h('caption', { class: 'muted' }, `${title}: number of links (primary and contributory) per cell. `, illustrativeBadge(matrix.illustrative)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outcome'), ...matrix.strategies.map((s) => h('th', { scope: 'col' }, s.title)), h('th', { scope: 'col' }, 'All'))),
    h('tbody', {}, ...matrix.rows.map((row, r) => {
      buttons[r] = [];
      return h('tr', {}, h('th', { scope: 'row' }, `${row.outcome.code} ${row.outcome.name}`),
        ...matrix.strategies.map((strategy, c) => {
          const cell = row.cells.find((x) => x.strategy.key === strategy.key)!;
          const [fill, ink] = heatColour(cell.links, max);
          const button = h('button', {
            type: 'button', class: 'cell', 'aria-pressed': 'false', 'data-row': r, 'data-col': c, tabindex: r === 0 && c === 0 ? '0' : '-1',
            style: `background:${fill};color:${ink}`,
            onclick: () => choose(r, c, true),
            // The name is the visible text plus its context, so a screen reader and a speech user say the same
            // thing (WCAG 2.5.3, label in name).
          }, String(cell.links), h('small', {}, `${cell.primary} P · ${cell.contributory} C`),
          h('span', { class: 'visually-hidden' }, ` links (primary, contributory): ${row.outcome.code} ${row.outcome.name} and ${strategy.title}`));
          buttons[r]!.push(button);
          return h('td', {}, button);
        }),
        h('td', { class: 'num' }, String(row.links)));
    })),
  );
  // Arrow keys move between cells (one tab stop for the whole grid, as for a data grid).
  table.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('cell')) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const r = Math.min(buttons.length - 1, Math.max(0, Number(target.dataset.row) + move[0]));
    const c = Math.min(matrix.strategies.length - 1, Math.max(0, Number(target.dataset.col) + move[1]));
    target.tabIndex = -1;
    const next = buttons[r]![c]!;
    next.tabIndex = 0;
    next.focus();
  });

  const scale = h('div', { class: 'scale', 'aria-hidden': 'true' }, 'fewer links', ...[0, 0.25, 0.5, 0.75, 1].map((f) => h('span', { style: `background:${heatColour(Math.round(f * max), max)[0]}` })), 'more');
  append(root,
    h('div', { class: 'controls' }, picker, exportBar([
      { label: 'Download SVG', run: () => downloadSvg(`alignment-${period}.svg`, heatmapSvg(matrix, max, title)) },
      { label: 'Download PNG', run: () => downloadSvgAsPng(`alignment-${period}.png`, heatmapSvg(matrix, max, title)) },
      { label: 'Download CSV', run: csv },
    ])),
    matrix.illustrative ? h('p', { class: 'notice' }, 'The partner priorities and their links are illustrative: the council papers do not list partner strategies\' priorities.') : null,
    h('div', { class: 'view-grid' }, h('div', scrollRegion('Alignment matrix'), table, scale,
      h('p', {}, h('a', { href: hrefFor('gaps', { plan: period, lacking: 'PARTNER_PRIORITY' }) }, 'Sub-outcomes with no partner priority behind them'))), panel),
  );
  const [code, key] = (params.get('cell') ?? '').split('~');
  const r = matrix.rows.findIndex((row) => row.outcome.code === code);
  const c = matrix.strategies.findIndex((s) => s.key === key);
  if (r >= 0 && c >= 0) choose(r, c, false);
}
