/**
 * Money (questions Q12 and Q14 in docs/queries.md): an MTFS edition's savings lines, by department, flowing to the
 * council outcomes they are apportioned to, for one financial year or all; the part no share covers shown as
 * its own band. Every amount in the table and the totals is the API's own (`savings.flows`, `total`,
 * `unapportioned`), formatted by the API, so they match it to the penny. URL: ?edition=&year=&flow=.
 */
import { ask } from '../api.js';
import { COUNCIL_EDITIONS, councilParam, editionsOf } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { append, h, select } from '../dom.js';
import { downloadCsv, downloadSvg, downloadSvgAsPng, exportBar } from '../exports.js';
import { graphql } from '../generated/gql.js';
import type { YearlyAmountsFragment } from '../generated/graphql.js';
import { hrefFor, reloadView, setParams } from '../url-state.js';
import { sankeySvg, type Flow } from './money-sankey.js';

const MONEY = graphql(`query MoneyView($council: String, $edition: String!) {
  councils { key default financialStrategies { key title } }
  savings(council: $council, edition: $edition) { years illustrative total { ...YearlyAmounts } unapportioned { ...YearlyAmounts }
    flows { department { key name } outcome { id code name plan { period } } amount { ...YearlyAmounts } } }
}

fragment YearlyAmounts on YearlyMoney { total { pence formatted } years { year amount { pence formatted } } }`);

type Yearly = YearlyAmountsFragment;

/** The amount for the chosen year (or the whole edition), exactly as the API gives it. */
function amountIn(yearly: Yearly, year: string): { pence: number; formatted: string } {
  if (year === 'all') return yearly.total;
  return yearly.years.find((y) => y.year === year)?.amount ?? { pence: 0, formatted: '£0' };
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const council = councilParam(params);
  // Another council's editions are its own: its first is shown until one is chosen.
  const edition = params.get('edition') ?? (council ? editionsOf((await ask(COUNCIL_EDITIONS)).councils, council)[0]?.key : undefined) ?? 'mtfs-2017-21';
  const data = await ask(MONEY, { council, edition });
  const editions = editionsOf(data.councils, council);
  append(root, h('h1', {}, 'Money: savings to outcomes'),
    h('p', { class: 'lede' }, 'The savings lines of a Medium Term Financial Strategy edition, by department, flowing to the council outcomes they are apportioned to; the grey band is what no share covers yet.'));
  const editionPicker = select('MTFS edition', editions.map((d) => ({ value: d.key, text: d.title })), edition,
    (value) => { setParams({ edition: value, year: null, flow: null }, true); reloadView(); }, 'money-edition');
  const savings = data.savings;
  if (!savings || !savings.years.length) {
    append(root, h('div', { class: 'controls' }, editionPicker), h('p', {}, 'This edition has no savings lines loaded yet: the finance team loads them with `npm run import -- savings-lines <file>`.'));
    return;
  }
  const year = params.get('year') && savings.years.includes(params.get('year')!) ? params.get('year')! : 'all';
  const yearPicker = select('Financial year', [{ value: 'all', text: `All years (${savings.years[0]} to ${savings.years.at(-1)})` }, ...savings.years.map((y) => ({ value: y, text: y }))], year,
    (value) => { setParams({ year: value === 'all' ? null : value, flow: null }, true); reloadView(); }, 'money-year');
  const flows: Flow[] = savings.flows.map((f) => {
    const amount = amountIn(f.amount, year);
    return {
      source: f.department?.key ?? 'no-department', sourceLabel: f.department?.name ?? 'No department',
      target: f.outcome?.id ?? 'unapportioned', targetLabel: f.outcome ? `${f.outcome.code} ${f.outcome.name}` : 'Not apportioned to an outcome yet',
      pence: amount.pence, formatted: amount.formatted,
    };
  });
  const total = amountIn(savings.total, year);
  const unapportioned = amountIn(savings.unapportioned, year);
  const yearText = year === 'all' ? `${savings.years[0]} to ${savings.years.at(-1)}` : year;
  const title = `Savings by department to outcomes, ${yearText}: ${total.formatted}`;
  const panel = h('aside', { class: 'side-panel', id: 'money-panel', tabindex: '-1', 'aria-live': 'polite', 'aria-label': 'Chosen flow' },
    h('p', { class: 'muted' }, 'Choose a band (or a row of the table) to see its amount per year.'));
  function choose(index: number, focusPanel = true): void {
    const raw = savings!.flows[index];
    if (!raw) return;
    setParams({ flow: String(index) });
    const f = flows[index]!;
    panel.replaceChildren(h('p', { class: 'kind' }, 'Flow'), h('h3', {}, f.sourceLabel, h('br'), '→ ', f.targetLabel),
      dataTable('Amount per financial year', ['Year', 'Amount'], [...raw.amount.years.map((y) => [y.year, y.amount.formatted]), ['Total', raw.amount.total.formatted]], { numeric: [1] }),
      raw.outcome ? h('p', {}, h('a', { href: hrefFor('thread', { plan: raw.outcome.plan?.period ?? undefined, item: raw.outcome.id }) }, 'Open this outcome in the thread view')) : '');
    if (focusPanel) panel.focus();
  }
  const chart = () => sankeySvg(flows, title, (i) => choose(i));
  const header = ['department', 'outcome', `amount ${yearText} (£)`];
  append(root,
    h('div', { class: 'controls' }, editionPicker, yearPicker, exportBar([
      { label: 'Download SVG', run: () => downloadSvg(`money-${edition}-${year}.svg`, chart()) },
      { label: 'Download PNG', run: () => downloadSvgAsPng(`money-${edition}-${year}.png`, chart()) },
      { label: 'Download CSV', run: () => downloadCsv(`money-${edition}-${year}.csv`, header, [...flows.map((f) => [f.sourceLabel, f.targetLabel, (f.pence / 100).toFixed(2)]), ['Total', '', (total.pence / 100).toFixed(2)]]) },
    ])),
    savings.illustrative ? h('p', { class: 'notice' }, 'The savings lines are illustrative: the papers give the MTFS totals, not individual lines.') : null,
    h('p', { class: 'totals', id: 'money-totals' }, 'Total ', h('strong', { 'data-total': '' }, total.formatted), ', of which not apportioned to an outcome ',
      h('strong', { 'data-unapportioned': '' }, unapportioned.formatted), '.'),
    h('div', { class: 'view-grid' }, h('div', {}, h('div', { class: 'chart sankey scrolls' }, chart()),
      tableAlternative('The flows as a table (every amount to the penny)', dataTable(title, ['Department', 'Outcome', 'Amount'], [
        ...flows.map((f, i) => [f.sourceLabel, h('button', { type: 'button', class: 'linkish', onclick: () => choose(i) }, f.targetLabel), f.formatted]),
        ['Total', '', total.formatted],
      ], { numeric: [2] }), window.innerWidth < 820)),
    panel),
  );
  const flow = Number(params.get('flow'));
  if (params.get('flow') && Number.isInteger(flow)) choose(flow, false);
}
