/**
 * The progress charts, as SVG (so they print sharp and download as files): a stacked bar of counts (measures
 * by rating, actions by status), each part labelled with its count and word, not colour alone; a sparkline of
 * a measure's values with its target; and a larger trend chart for the printed report. Every chart has a
 * table beside it with the same numbers (progress.ts, report.ts).
 */
import { h } from '../dom.js';
import { s, svgRoot } from '../svg.js';
import { figure, RAG_WORDS, STATUS_WORDS, type Counts, type Rag } from './progress-model.js';

/** Fills with 3:1 or more against white, and a pattern-free legend in words beside each. */
export const RAG_FILL: Record<Rag, string> = { GREEN: '#1e6b2e', AMBER: '#9a6700', RED: '#b3261e', NO_TARGET: '#5f6b7a', NO_DATA: '#8a8f98' };
export const STATUS_FILL: Record<string, string> = {
  COMPLETE: '#1e6b2e', ON_TRACK: '#2e7d32', NOT_STARTED: '#5f6b7a', AT_RISK: '#9a6700', OFF_TRACK: '#b3261e', STOPPED: '#4a5360',
};

export interface Segment { key: string; label: string; count: number; fill: string }

/** One bar split by count, with a legend line of "n word" under it (zeros left out of the bar, kept in the table). */
export function stackedBar(segments: Segment[], title: string, width = 320): SVGSVGElement {
  const shown = segments.filter((x) => x.count > 0);
  const total = shown.reduce((n, x) => n + x.count, 0);
  const legendRows = Math.max(1, Math.ceil(shown.length / 3));
  const svg = svgRoot(width, 30 + legendRows * 18, title);
  svg.setAttribute('aria-label', `${title}: ${shown.map((x) => `${x.count} ${x.label}`).join(', ') || 'none'}`);
  if (!total) {
    svg.append(s('rect', { x: 0, y: 4, width, height: 16, fill: '#f4f6f8', stroke: '#5f6b7a' }), s('text', { x: 6, y: 40, 'font-size': 12, fill: '#1b1f24' }, 'none'));
    return svg;
  }
  let x = 0;
  for (const part of shown) {
    const w = (part.count / total) * width;
    svg.append(s('rect', { x, y: 4, width: w, height: 16, fill: part.fill, stroke: '#ffffff', 'data-segment': part.key }));
    x += w;
  }
  shown.forEach((part, i) => {
    const lx = (i % 3) * (width / 3);
    const ly = 38 + Math.floor(i / 3) * 18;
    svg.append(s('rect', { x: lx, y: ly - 10, width: 10, height: 10, fill: part.fill }), s('text', { x: lx + 14, y: ly, 'font-size': 12, fill: '#1b1f24' }, `${part.count} ${part.label}`));
  });
  return svg;
}

interface Point { period: { label: string }; value: number; target: number | null; rag: Rag }

function scale(points: Point[], height: number, pad: number): (v: number) => number {
  const all = points.flatMap((p) => (p.target == null ? [p.value] : [p.value, p.target]));
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  const span = hi - lo || Math.abs(hi) || 1;
  return (v: number) => pad + (height - 2 * pad) * (1 - (v - lo) / span);
}

/** A measure's values over the window as a line, each point coloured and titled with its rating; the target dashed. */
export function sparkline(points: Point[], title: string, width = 140, height = 36): SVGSVGElement {
  const svg = svgRoot(width, height, title);
  svg.setAttribute('class', 'sparkline');
  if (points.length === 0) {
    svg.append(s('text', { x: 4, y: height / 2 + 4, 'font-size': 12, fill: '#4a5360' }, 'no values'));
    return svg;
  }
  const y = scale(points, height, 5);
  const x = (i: number) => (points.length === 1 ? width / 2 : 5 + (i * (width - 10)) / (points.length - 1));
  const targets = points.map((p, i) => (p.target == null ? null : `${x(i)},${y(p.target)}`)).filter((t): t is string => t !== null);
  if (targets.length) svg.append(s('polyline', { points: targets.join(' '), fill: 'none', stroke: '#4a5360', 'stroke-dasharray': '3 2', 'stroke-width': 1 }));
  svg.append(s('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), fill: 'none', stroke: '#0b5394', 'stroke-width': 2 }));
  points.forEach((p, i) => {
    const dot = s('circle', { cx: x(i), cy: y(p.value), r: 3.5, fill: RAG_FILL[p.rag] });
    dot.append(s('title', {}, `${p.period.label}: ${figure(p.value)} (${RAG_WORDS[p.rag]})`));
    svg.append(dot);
  });
  return svg;
}

/** The report's chart of a measure: values with period labels and figures, target dashed, for print. */
export function trendChart(points: Point[], title: string, unit: string | null): SVGSVGElement {
  const [width, height, left, bottom] = [420, 150, 10, 34];
  const svg = svgRoot(width, height, title);
  svg.append(s('text', { x: left, y: 14, 'font-size': 12, 'font-weight': 700, fill: '#1b1f24' }, unit ? `${title} (${unit})` : title));
  if (points.length === 0) {
    svg.append(s('text', { x: left, y: 60, 'font-size': 12, fill: '#4a5360' }, 'No values for this period or the ones before it.'));
    return svg;
  }
  const plot = height - bottom;
  const y = scale(points, plot, 26);
  const x = (i: number) => (points.length === 1 ? width / 2 : left + 30 + (i * (width - left - 70)) / (points.length - 1));
  const targets = points.map((p, i) => (p.target == null ? null : `${x(i)},${y(p.target)}`)).filter((t): t is string => t !== null);
  if (targets.length) svg.append(s('polyline', { points: targets.join(' '), fill: 'none', stroke: '#4a5360', 'stroke-dasharray': '4 3', 'stroke-width': 1.5 }));
  svg.append(s('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), fill: 'none', stroke: '#0b5394', 'stroke-width': 2.5 }));
  points.forEach((p, i) => svg.append(
    s('circle', { cx: x(i), cy: y(p.value), r: 4.5, fill: RAG_FILL[p.rag] }),
    s('text', { x: x(i), y: y(p.value) - 8, 'font-size': 12, 'text-anchor': 'middle', fill: '#1b1f24' }, `${figure(p.value)} ${RAG_WORDS[p.rag]}`),
    s('text', { x: x(i), y: height - 18, 'font-size': 11, 'text-anchor': 'middle', fill: '#1b1f24' }, p.period.label),
  ));
  svg.append(s('text', { x: left, y: height - 3, 'font-size': 11, fill: '#4a5360' }, targets.length ? 'Dashed: the target for each period.' : 'No target set for these periods.'));
  return svg;
}

/** The roll-up's measures by rating, and actions by status, as bars. */
export const ragBar = (counts: Counts, title: string) => stackedBar(counts.measuresByRag.map((x) => ({ key: x.rag, label: RAG_WORDS[x.rag], count: x.count, fill: RAG_FILL[x.rag] })), title);
export const statusBar = (counts: Counts, title: string) => stackedBar(counts.actionsByStatus.map((x) => ({ key: x.status, label: STATUS_WORDS[x.status], count: x.count, fill: STATUS_FILL[x.status]! })), title);

/** A rating in words, coloured (styles.css: .rag-*), never colour alone. */
export const ragChip = (rag: keyof typeof RAG_WORDS) => h('span', { class: `rag rag-${rag.toLowerCase().replace('_', '-')}`, 'data-rag': rag }, RAG_WORDS[rag]);

