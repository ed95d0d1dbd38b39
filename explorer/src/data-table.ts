/**
 * The text alternative of a chart: the numbers behind it as a table, with a caption, that a screen reader
 * reads and a keyboard reaches. The same rows feed the CSV download.
 */
import { h } from './dom.js';

export type Cell = string | number | Node | null | undefined;

export function dataTable(caption: string, header: string[], rows: Cell[][], options: { numeric?: number[] } = {}): HTMLTableElement {
  const numeric = new Set(options.numeric ?? []);
  return h('table', { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...header.map((title, i) => h('th', { scope: 'col', class: numeric.has(i) ? 'num' : null }, title)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell, i) =>
      i === 0 ? h('th', { scope: 'row' }, cell ?? '') : h('td', { class: numeric.has(i) ? 'num' : null }, cell ?? ''))))),
  );
}

/** A disclosure holding the table, open by default on small screens where the chart is hard to read. */
export function tableAlternative(summary: string, table: HTMLTableElement, open = false): HTMLDetailsElement {
  return h('details', { class: 'table-alternative', open }, h('summary', {}, summary), h('div', scrollRegion(summary), table));
}

/**
 * A box that scrolls sideways on a narrow screen: focusable and named, so a keyboard user can scroll it too
 * (WCAG 2.1.1; axe-core's scrollable-region-focusable).
 */
export function scrollRegion(label: string): Record<string, string> {
  return { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label };
}
