/**
 * The lineage as an alluvial chart: one column per plan, each theme or outcome a bar, each step a band from
 * it to what it became. d3-sankey computes the layout (columns fixed to the plans), so a merge shows as
 * bands converging and a split as bands fanning out, with no link labels to collide: a band's kind is its
 * colour (the legend is the filter above) and its name, read by screen readers and shown on hover.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { linkKindColour, linkKindLabel } from '../link-kinds.js';
import { s, svgRoot } from '../svg.js';
import type { LineageGraph } from './lineage-model.js';

type Node = { id: string; column: number; label: string; placeholder: boolean };
type Link = { id: string; kind: string };

/**
 * Drawn at this width and scaled to the box, never below 780 px (styles.css: narrower boxes scroll), so text
 * is never below 11 px; labels are cut to fit between two columns (the whole name is the bar's title).
 */
export const CHART_WIDTH = 1040;
export const LABEL_SIZE = 15;
const ROW = 40;

export interface AlluvialEvents {
  onItem(id: string): void;
  onStep(id: string): void;
}

export function alluvialSvg(lineage: LineageGraph, events: AlluvialEvents): SVGSVGElement {
  const rows = Math.max(...lineage.columns.map((c) => c.ids.length));
  const height = Math.max(400, rows * ROW + 60);
  const title = 'Lineage of the plans: what became of each theme and outcome';
  const svg = svgRoot(CHART_WIDTH, height, title);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', title);
  const nodes: Node[] = lineage.columns.flatMap((column, c) => column.ids.map((id) => ({
    id, column: c, label: lineage.label(id), placeholder: lineage.items.get(id)!.typename === 'StrategicPlan',
  })));
  const linked = new Set(lineage.steps.flatMap((st) => [st.from, st.to]));
  const layout = sankey<Node, Link>().nodeId((n) => n.id).nodeAlign((n) => n.column).nodeWidth(12).nodePadding(10)
    .nodeSort(null).extent([[8, 40], [CHART_WIDTH - 8, height - 10]]);
  const graph = layout({
    // An item with no step at all still gets its bar (a value of its own), so every item of a plan shows.
    nodes: nodes.map((n) => ({ ...n, ...(linked.has(n.id) ? {} : { fixedValue: 1 }) })),
    links: lineage.steps.map((st) => ({ source: st.from, target: st.to, value: 1, id: st.id, kind: st.kind })),
  });
  const columnX = lineage.columns.map((_c, i) => graph.nodes.find((n) => n.column === i)?.x0 ?? 0);
  lineage.columns.forEach((column, i) => {
    const anchor = i === 0 ? 'start' : i === lineage.columns.length - 1 ? 'end' : 'middle';
    const x = anchor === 'end' ? CHART_WIDTH - 8 : anchor === 'middle' ? columnX[i]! + 6 : 8;
    svg.append(s('text', { x, y: 24, 'text-anchor': anchor, 'font-size': LABEL_SIZE + 1, 'font-weight': 700, fill: '#13294b' }, `${column.period} ${column.organisedBy}`));
  });
  const path = sankeyLinkHorizontal<Node, Link>();
  const bands = s('g', { fill: 'none' });
  for (const link of graph.links as SankeyLink<Node, Link>[]) {
    const from = link.source as SankeyNode<Node, Link>;
    const to = link.target as SankeyNode<Node, Link>;
    const name = `${from.label} ${linkKindLabel(link.kind)} → ${to.label}`;
    const band = s('path', {
      d: path(link) ?? '', stroke: linkKindColour(link.kind), 'stroke-opacity': 0.5, 'stroke-width': Math.max(2, link.width ?? 2),
      tabindex: 0, role: 'button', class: 'band', 'data-step': link.id, 'data-kind': link.kind, 'aria-label': name,
    });
    band.append(s('title', {}, name));
    activate(band, () => events.onStep(link.id));
    bands.append(band);
  }
  svg.append(bands);
  const last = lineage.columns.length - 1;
  for (const node of graph.nodes as SankeyNode<Node, Link>[]) {
    const x0 = node.x0 ?? 0;
    const y0 = node.y0 ?? 0;
    const h = Math.max(2, (node.y1 ?? 0) - y0);
    const right = node.column === last;
    const group = s('g', { class: 'item', 'data-item': node.id, tabindex: 0, role: 'button', 'aria-label': `${lineage.columnOf(node.id)}: ${node.label}` });
    const label = s('text', { x: right ? x0 - 5 : (node.x1 ?? 0) + 5, y: y0 + h / 2 + 5, 'text-anchor': right ? 'end' : 'start', 'font-size': LABEL_SIZE, fill: node.placeholder ? '#4a5360' : '#1b1f24' }, cut(node.label, 29));
    // The ellipsis is drawn but not read: the shown words stay part of the bar's accessible name (the full name).
    if (label.textContent !== node.label) label.append(s('tspan', { 'aria-hidden': 'true' }, '…'));
    group.append(
      s('rect', { x: x0, y: y0, width: (node.x1 ?? 0) - x0, height: h, fill: node.placeholder ? '#ffffff' : '#13294b', stroke: '#4a5360', 'stroke-dasharray': node.placeholder ? '3 2' : 'none' }),
      label,
    );
    group.append(s('title', {}, node.label));
    activate(group, () => events.onItem(node.id));
    svg.append(group);
  }
  return svg;
}

/** The label's first words that fit in `max` characters (at least the code), cut between words. */
function cut(label: string, max: number): string {
  if (label.length <= max) return label;
  const words = label.slice(0, max - 1).split(' ');
  return words.length > 1 ? words.slice(0, -1).join(' ') : words[0]!;
}

function activate(element: SVGElement, run: () => void): void {
  element.addEventListener('click', run);
  element.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); run(); } });
}
