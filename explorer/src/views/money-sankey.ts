/**
 * The money view's Sankey: departments on the left, outcomes (and "not apportioned yet") on the right, each
 * band as wide as the pence flowing along it. d3-sankey computes the layout; we draw its answer as SVG
 * (so the same element downloads as SVG or PNG). Bands are focusable and carry their amount as text.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { s, shorten, svgRoot } from '../svg.js';

export interface Flow {
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  pence: number;
  formatted: string;
}

type Node = { id: string; label: string; side: 'department' | 'outcome' };
type Link = { formatted: string; index: number };

const PALETTE = ['#0b5394', '#6a1b9a', '#1e6b2e', '#a04000', '#00695c', '#7b3f00', '#b3261e', '#13294b'];

/** A short amount for a chart label, e.g. £1.6m; the table beside it has every amount to the penny. */
export function shortPounds(pence: number): string {
  const pounds = pence / 100;
  return pounds >= 1e6 ? `£${(pounds / 1e6).toFixed(1)}m` : pounds >= 1e3 ? `£${Math.round(pounds / 1e3)}k` : `£${pounds.toFixed(0)}`;
}

export function sankeySvg(flows: Flow[], title: string, onChoose: (index: number) => void): SVGSVGElement {
  // Room either side for a whole department or outcome name and its amount at 15 px (names up to 44 characters).
  const width = 1080;
  const [leftRoom, rightRoom] = [410, 370];
  // Labels are 15 px at this width; the chart is never drawn narrower than 800 px (styles.css), so 11 px or more.
  const height = Math.max(360, 44 * new Set(flows.map((f) => f.target)).size + 60);
  const svg = svgRoot(width, height, title);
  // The bands are buttons, so the picture is a named group of controls, not one image (an image may not hold
  // controls: axe-core's nested-interactive).
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', title);
  const shown = flows.map((f, index) => ({ f, index })).filter(({ f }) => f.pence > 0);
  const nodes = new Map<string, Node>();
  for (const { f } of shown) {
    nodes.set(f.source, { id: f.source, label: f.sourceLabel, side: 'department' });
    nodes.set(f.target, { id: f.target, label: f.targetLabel, side: 'outcome' });
  }
  if (!shown.length) {
    svg.append(s('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', 'font-size': 16, fill: '#1b1f24' }, 'No savings in this year.'));
    return svg;
  }
  const layout = sankey<Node, Link>().nodeId((n) => n.id).nodeWidth(14).nodePadding(14).extent([[leftRoom, 30], [width - rightRoom, height - 20]]);
  const graph = layout({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: shown.map(({ f, index }) => ({ source: f.source, target: f.target, value: f.pence, formatted: f.formatted, index })),
  });
  const colourOf = new Map([...nodes.values()].filter((n) => n.side === 'department').map((n, i) => [n.id, PALETTE[i % PALETTE.length]!]));
  const path = sankeyLinkHorizontal<Node, Link>();
  svg.append(s('text', { x: 8, y: 18, 'font-size': 16, 'font-weight': 700, fill: '#1b1f24' }, title));
  const bands = s('g', { fill: 'none' });
  for (const link of graph.links as SankeyLink<Node, Link>[]) {
    const from = link.source as SankeyNode<Node, Link>;
    const to = link.target as SankeyNode<Node, Link>;
    const band = s('path', {
      d: path(link) ?? '', stroke: to.id === 'unapportioned' ? '#8a8f98' : colourOf.get(from.id) ?? '#5f6b7a',
      'stroke-opacity': 0.45, 'stroke-width': Math.max(1, link.width ?? 1), tabindex: 0, role: 'button', class: 'band',
      'data-flow': link.index, 'aria-label': `${from.label} to ${to.label}: ${link.formatted}`,
    });
    band.append(s('title', {}, `${from.label} → ${to.label}: ${link.formatted}`));
    band.addEventListener('click', () => onChoose(link.index));
    band.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onChoose(link.index); } });
    bands.append(band);
  }
  svg.append(bands);
  for (const node of graph.nodes as SankeyNode<Node, Link>[]) {
    const x0 = node.x0 ?? 0;
    const y0 = node.y0 ?? 0;
    const h = Math.max(1, (node.y1 ?? 0) - y0);
    const left = node.side === 'department';
    svg.append(
      s('rect', { x: x0, y: y0, width: (node.x1 ?? 0) - x0, height: h, fill: node.id === 'unapportioned' ? '#4a5360' : left ? colourOf.get(node.id)! : '#13294b' }),
      s('text', { x: left ? x0 - 6 : (node.x1 ?? 0) + 6, y: y0 + h / 2 + 4, 'text-anchor': left ? 'end' : 'start', 'font-size': 15, fill: '#1b1f24' },
        `${shorten(node.label, 44)} ${shortPounds(node.value ?? 0)}`),
    );
  }
  return svg;
}
