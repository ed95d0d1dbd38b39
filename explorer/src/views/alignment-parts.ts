/** The alignment matrix's pieces: its answer's shape, the colour scale, the drill-down panel, the SVG. */
import { h, illustrativeBadge } from '../dom.js';
import type { AlignmentViewQuery } from '../generated/graphql.js';
import { citationBlock } from '../items.js';
import { s, shorten, svgRoot } from '../svg.js';
import { hrefFor } from '../url-state.js';

/** The matrix as the view asks for it (AlignmentView in alignment.ts). */
export type Matrix = NonNullable<AlignmentViewQuery['plan']>['alignmentMatrix'];
export type Row = Matrix['rows'][number];
export type Cell = Row['cells'][number];
export type Strategy = Matrix['strategies'][number];

/** Five steps of blue; text on each keeps 4.5:1 or more (dark on the light steps, white on the dark). */
const STEPS: [string, string][] = [['#f4f6f8', '#1b1f24'], ['#c6dbef', '#1b1f24'], ['#6baed6', '#1b1f24'], ['#2171b5', '#ffffff'], ['#08306b', '#ffffff']];

export function heatColour(links: number, max: number): [string, string] {
  if (links <= 0) return STEPS[0]!;
  return STEPS[Math.min(4, 1 + Math.floor(((links - 1) / Math.max(1, max)) * 4))]!;
}

export function alignmentCellPanel(row: Row, strategy: Strategy, cell: Cell, period: string): HTMLElement {
  return h('div', {},
    h('p', { class: 'kind' }, 'Cell'),
    h('h3', {}, `${row.outcome.code} ${row.outcome.name}`, h('br'), h('span', { class: 'muted' }, `and ${strategy.title}`)),
    h('p', {}, `${cell.links} link${cell.links === 1 ? '' : 's'}: ${cell.primary} primary, ${cell.contributory} contributory. `, illustrativeBadge(cell.illustrative)),
    cell.alignments.length
      ? h('ol', { class: 'alignment-list' }, ...cell.alignments.map((a) => h('li', {},
        h('p', {}, h('strong', {}, `${a.priority.code} ${a.priority.name}`), ' ', illustrativeBadge(a.priority.illustrative)),
        h('p', {}, `${a.strength.toLowerCase()} alignment with `, h('strong', {}, 'code' in a.target ? `${a.target.code} ${a.target.name}` : a.target.__typename)),
        a.rationale ? h('p', {}, h('em', {}, 'Why: '), a.rationale) : null,
        citationBlock(a.citation, a.illustrative ? 'Illustrative link: no paper states it.' : undefined),
        h('p', {}, h('a', { href: hrefFor('thread', { plan: period, item: a.priority.id }) }, 'Open this priority in the thread view')))))
      : h('p', { class: 'muted' }, 'No priority of this strategy aligns with this outcome or its sub-outcomes.'),
  );
}

/** The heatmap as a standalone SVG for download. */
export function heatmapSvg(matrix: Matrix, max: number, title: string): SVGSVGElement {
  const labelWidth = 300;
  const cellWidth = 150;
  const cellHeight = 44;
  const top = 90;
  const width = labelWidth + cellWidth * matrix.strategies.length + 20;
  const height = top + cellHeight * matrix.rows.length + 40;
  const svg = svgRoot(width, height, title);
  svg.append(s('text', { x: 10, y: 24, 'font-size': 16, 'font-weight': 700, fill: '#1b1f24' }, title + (matrix.illustrative ? ' (illustrative links)' : '')));
  matrix.strategies.forEach((strategy, c) => {
    svg.append(s('text', { x: labelWidth + c * cellWidth + cellWidth / 2, y: top - 12, 'text-anchor': 'middle', 'font-size': 12, fill: '#1b1f24' }, shorten(strategy.title, 24)));
  });
  matrix.rows.forEach((row, r) => {
    const y = top + r * cellHeight;
    svg.append(s('text', { x: 10, y: y + cellHeight / 2 + 4, 'font-size': 13, fill: '#1b1f24' }, shorten(`${row.outcome.code} ${row.outcome.name}`, 42)));
    matrix.strategies.forEach((strategy, c) => {
      const cell = row.cells.find((x) => x.strategy.key === strategy.key)!;
      const [fill, ink] = heatColour(cell.links, max);
      const x = labelWidth + c * cellWidth;
      svg.append(s('rect', { x: x + 2, y: y + 2, width: cellWidth - 4, height: cellHeight - 4, rx: 4, fill, stroke: '#c3cad3' }),
        s('text', { x: x + cellWidth / 2, y: y + cellHeight / 2 + 5, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, fill: ink }, `${cell.links} (${cell.primary}P ${cell.contributory}C)`));
    });
  });
  svg.append(s('text', { x: 10, y: height - 12, 'font-size': 11, fill: '#4a5360' }, 'P = primary, C = contributory. Source: Golden Thread API, plan.alignmentMatrix.'));
  return svg;
}
