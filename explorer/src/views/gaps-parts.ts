/** The gaps view's vocabulary (what each kind of support is, and what closes its gap) and its bar chart. */
import type { GapsViewQuery, SupportType } from '../generated/graphql.js';
import { s, svgRoot } from '../svg.js';

/** One kind of support's share, as the gaps view asks for it (GapsView in gaps.ts). */
export type Share = NonNullable<GapsViewQuery['plan']>['coverage']['shares'][number];

/** Each kind of support, in the board's words, with the step that closes its gap (and the API that takes it). */
export const SUPPORT: Record<SupportType, { label: string; todo: string }> = {
  AIM: { label: 'aim', todo: 'Set an aim under it (createAim).' },
  ACTION: { label: 'action', todo: 'Name an action that delivers it (createAction, or a SUPPORTS link).' },
  OWNER: { label: 'owner', todo: 'Name the department that owns it or one of its actions.' },
  MEASURE: { label: 'measure', todo: 'Agree a measure to judge it by (createMeasure).' },
  PARTNER_PRIORITY: { label: 'partner priority', todo: 'Find the partner strategy priority it serves (an ALIGNS_WITH link).' },
  BUSINESS_PLAN_COMMITMENT: { label: 'business-plan commitment', todo: 'Have a departmental business plan commit to it (a DELIVERS link).' },
};

/** A support type the URL names, or false for a word that is none. */
export const isSupportType = (word: string): word is SupportType => word in SUPPORT;

/** Horizontal bars, one per kind of support, labelled with the count and the share (not colour alone). */
export function sharesChart(shares: Share[], completeness: number, title: string): SVGSVGElement {
  const labelWidth = 190;
  const barWidth = 200;
  const row = 34;
  const width = labelWidth + barWidth + 110;
  const height = 40 + row * shares.length + 30;
  const svg = svgRoot(width, height, title);
  svg.append(s('text', { x: 8, y: 22, 'font-size': 14, 'font-weight': 700, fill: '#1b1f24' }, `Completeness ${Math.round(completeness * 100)}%`));
  shares.forEach((share, i) => {
    const y = 40 + i * row;
    svg.append(
      s('text', { x: 8, y: y + 17, 'font-size': 13, fill: '#1b1f24' }, SUPPORT[share.type]?.label ?? share.type),
      s('rect', { x: labelWidth, y: y + 4, width: barWidth, height: 18, fill: '#f4f6f8', stroke: '#5f6b7a' }),
      s('rect', { x: labelWidth, y: y + 4, width: Math.round(barWidth * share.share), height: 18, fill: '#0b5394' }),
      s('text', { x: labelWidth + barWidth + 8, y: y + 17, 'font-size': 13, fill: '#1b1f24' }, `${share.count}/${share.of} (${Math.round(share.share * 100)}%)`),
    );
  });
  svg.append(s('text', { x: 8, y: height - 10, 'font-size': 11, fill: '#4a5360' }, 'Share of sub-outcomes with each kind of support. Source: plan.coverage.'));
  return svg;
}
