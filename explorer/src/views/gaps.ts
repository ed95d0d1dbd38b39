/**
 * Gaps (question Q2 in docs/queries.md): a plan's coverage as a list a board can act on. For each sub-outcome lacking
 * some kind of support, what it lacks and what would close the gap; the shares per kind as a bar chart (its
 * numbers as a table); the actions that support nothing. URL: ?plan=&lacking=<support types>.
 */
import { ask } from '../api.js';
import { councilParam } from '../council.js';
import { dataTable, tableAlternative } from '../data-table.js';
import { append, h, select } from '../dom.js';
import { downloadCsv, downloadSvg, downloadSvgAsPng, exportBar } from '../exports.js';
import { graphql } from '../generated/gql.js';
import { planChoices } from '../plan-choices.js';
import type { GapsViewQuery } from '../generated/graphql.js';
import { hrefFor, listParam, reloadView, setParams } from '../url-state.js';
import { isSupportType, sharesChart, SUPPORT } from './gaps-parts.js';

const GAPS = graphql(`query GapsView($council: String, $plan: String!, $lacking: [SupportType!]) {
  plans(council: $council) { period title }
  plan(council: $council, period: $plan) { period coverage {
    completeness shares { type count of share }
    gaps(lacking: $lacking) { lacks has subOutcome { id code name outcome { id code name } } }
    actionsSupportingNothing { id code text }
  } }
}`);

type Gap = NonNullable<GapsViewQuery['plan']>['coverage']['gaps'][number];

const percent = (share: number) => `${Math.round(share * 100)}%`;

export async function render(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const period = params.get('plan') ?? '2022-26';
  const lacking = listParam(params, 'lacking').filter(isSupportType);
  const data = await ask(GAPS, { council: councilParam(params), plan: period, lacking: lacking.length ? lacking : null });
  const picker = select('Plan', planChoices(data.plans, ['2014-18']), period,
    (value) => { setParams({ plan: value }, true); reloadView(); }, 'gaps-plan');
  append(root, h('h1', {}, 'Coverage gaps'),
    h('p', { class: 'lede' }, 'Sub-outcomes that lack an aim, an action, an owner, a measure, a partner priority or a business-plan commitment, with what would close each gap.'));
  if (!data.plan) {
    append(root, picker, h('p', {}, `No plan ${period}.`));
    return;
  }
  const coverage = data.plan.coverage;
  const typeFilter = h('fieldset', {}, h('legend', {}, 'Show sub-outcomes lacking'), h('div', { class: 'checks' }, ...Object.entries(SUPPORT).map(([type, s]) =>
    h('label', {}, h('input', { type: 'checkbox', value: type, checked: lacking.some((t) => t === type), onchange: () => {
      const chosen = [...typeFilter.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      setParams({ lacking: chosen.join(',') }, true);
      reloadView();
    } }), s.label))));
  const title = `Coverage of the ${period} plan: share of sub-outcomes with each kind of support`;
  const gapsCsv = () => downloadCsv(`gaps-${period}.csv`, ['outcome', 'sub-outcome code', 'sub-outcome', 'lacks', 'has', 'to close the gaps'],
    coverage.gaps.map((g) => [`${g.subOutcome.outcome.code} ${g.subOutcome.outcome.name}`, g.subOutcome.code, g.subOutcome.name, g.lacks.join('; '), g.has.join('; '),
      g.lacks.map((t) => SUPPORT[t]?.todo ?? t).join(' ')]));

  const byOutcome = new Map<string, Gap[]>();
  for (const gap of coverage.gaps) byOutcome.set(gap.subOutcome.outcome.id, [...(byOutcome.get(gap.subOutcome.outcome.id) ?? []), gap]);
  append(root,
    h('div', { class: 'controls' }, picker, exportBar([
      { label: 'Download chart SVG', run: () => downloadSvg(`coverage-${period}.svg`, sharesChart(coverage.shares, coverage.completeness, title)) },
      { label: 'Download chart PNG', run: () => downloadSvgAsPng(`coverage-${period}.png`, sharesChart(coverage.shares, coverage.completeness, title)) },
      { label: 'Download gaps CSV', run: gapsCsv },
    ])),
    // The summary comes first, so a phone shows it before the long list (styles.css keeps it on the right when wide).
    h('div', { class: 'view-grid summary-first' },
      h('aside', { class: 'side-panel', 'aria-labelledby': 'coverage-title' },
        h('h2', { id: 'coverage-title' }, `Completeness ${percent(coverage.completeness)}`),
        h('div', { class: 'chart' }, sharesChart(coverage.shares, coverage.completeness, title)),
        tableAlternative('The chart\'s numbers', dataTable(title, ['Kind of support', 'Sub-outcomes with it', 'Of', 'Share'],
          coverage.shares.map((s) => [SUPPORT[s.type]?.label ?? s.type, s.count, s.of, percent(s.share)]), { numeric: [1, 2, 3] }), true)),
      h('section', { 'aria-labelledby': 'gap-list-title' },
        typeFilter,
        h('h2', { id: 'gap-list-title' }, `${coverage.gaps.length} sub-outcome${coverage.gaps.length === 1 ? '' : 's'} with gaps`),
        coverage.gaps.length ? null : h('p', {}, 'None: every sub-outcome has the support asked about.'),
        ...[...byOutcome.values()].map((gaps) => h('div', {},
          h('h3', {}, `Outcome ${gaps[0]!.subOutcome.outcome.code} ${gaps[0]!.subOutcome.outcome.name}`),
          h('ul', { class: 'gap-list' }, ...gaps.map((g) => h('li', { 'data-sub-outcome': g.subOutcome.code },
            h('h4', {}, `${g.subOutcome.code} ${g.subOutcome.name}`),
            h('div', { class: 'chips', 'aria-label': 'Lacks' }, ...g.lacks.map((t) => h('span', { class: 'chip' }, `no ${SUPPORT[t]?.label ?? t}`))),
            h('ul', {}, ...g.lacks.map((t) => h('li', {}, SUPPORT[t]?.todo ?? t))),
            h('p', {}, h('a', { href: hrefFor('thread', { plan: period, item: g.subOutcome.id }) }, `See ${g.subOutcome.code} in the thread view`))))))),
        h('h2', {}, `Actions supporting nothing (${coverage.actionsSupportingNothing.length})`),
        coverage.actionsSupportingNothing.length
          ? h('ul', {}, ...coverage.actionsSupportingNothing.map((a) => h('li', {}, `${a.code} ${a.text} `, h('a', { href: hrefFor('thread', { plan: period, item: a.id }) }, 'link it'))))
          : h('p', { class: 'muted' }, 'None: every action of the plan supports something.'),
      ),
    ),
  );
}
