/**
 * How each kind of link is named and drawn. Colours keep 3:1 or more against white (WCAG AA for graphics);
 * the lineage kinds share a family of warm colours so "what became of it" reads as one idea.
 */
const KINDS: Record<string, { label: string; colour: string; dashed?: boolean }> = {
  HAS_OUTCOME: { label: 'has outcome', colour: '#5f6b7a' },
  HAS_SUB_OUTCOME: { label: 'has sub-outcome', colour: '#5f6b7a' },
  HAS_AIM: { label: 'has aim', colour: '#5f6b7a' },
  HAS_ACTION: { label: 'has action', colour: '#5f6b7a' },
  HAS_THEME: { label: 'has theme', colour: '#5f6b7a' },
  HAS_SUB_THEME: { label: 'has sub-theme', colour: '#5f6b7a' },
  HAS_PRIORITY: { label: 'has priority', colour: '#5f6b7a' },
  HAS_COMMITMENT: { label: 'has commitment', colour: '#5f6b7a' },
  SUPPORTS: { label: 'supports', colour: '#0b5394' },
  ALIGNS_WITH: { label: 'aligns with', colour: '#6a1b9a' },
  CONTRIBUTES_TO: { label: 'contributes to', colour: '#6a1b9a', dashed: true },
  DELIVERS: { label: 'delivers', colour: '#1e6b2e' },
  DELIVERED_THROUGH: { label: 'delivered through', colour: '#1e6b2e', dashed: true },
  FUNDS: { label: 'funds', colour: '#8a5a00' },
  AFFECTS: { label: 'affects', colour: '#8a5a00' },
  UNDERPINNED_BY: { label: 'underpinned by', colour: '#00695c', dashed: true },
  MONITORED_BY: { label: 'monitored by', colour: '#00695c' },
  OWNED_BY: { label: 'owned by', colour: '#7b3f00' },
  MEASURED_BY: { label: 'measured by', colour: '#7b3f00', dashed: true },
  KEPT: { label: 'kept', colour: '#1e6b2e' },
  RENAMED: { label: 'renamed', colour: '#0b5394' },
  MERGED: { label: 'merged', colour: '#b3261e' },
  SPLIT: { label: 'split', colour: '#a04000' },
  SPLIT_AND_MERGED: { label: 'split and merged', colour: '#8e2c48' },
  DROPPED: { label: 'dropped', colour: '#4a5360', dashed: true },
  NEW: { label: 'new', colour: '#4a5360', dashed: true },
};

export function linkKindLabel(kind: string): string {
  return KINDS[kind]?.label ?? kind.toLowerCase().replace(/_/g, ' ');
}

export function linkKindColour(kind: string): string {
  return KINDS[kind]?.colour ?? '#4a5360';
}

export function linkKindDashed(kind: string): boolean {
  return KINDS[kind]?.dashed ?? false;
}

/** Node fill and text colours per item type (text contrast 4.5:1 or more). */
const NODE_COLOURS: Record<string, [fill: string, ink: string]> = {
  StrategicPlan: ['#13294b', '#ffffff'],
  Outcome: ['#0b5394', '#ffffff'],
  SubOutcome: ['#cfe2f3', '#0b1f33'],
  Aim: ['#e8f0e0', '#1d3b12'],
  Action: ['#ffffff', '#1b1f24'],
  Theme: ['#4a2c6a', '#ffffff'],
  SubTheme: ['#e6dcf0', '#2d1846'],
  PartnerPriority: ['#6a1b9a', '#ffffff'],
  Document: ['#fff4d6', '#5c3b00'],
  Organisation: ['#e0f2f1', '#00332e'],
  BusinessPlanCommitment: ['#e6f4ea', '#14532d'],
  Measure: ['#f3e5d8', '#4a2600'],
  Statement: ['#eeeeee', '#1b1f24'],
  SavingsLine: ['#8a5a00', '#ffffff'],
};

export function nodeColours(typename: string): [string, string] {
  return NODE_COLOURS[typename] ?? ['#eeeeee', '#1b1f24'];
}
