/**
 * Which kinds of item each kind of analyst link may join. Checked before anything is written, so a link
 * from a theme to a savings line is refused with a message saying what the kind accepts.
 */
import type { LinkKind } from '../../shared/link-keys.js';

export { kindOfLinkKey, type LinkKind } from '../../shared/link-keys.js';

export const LINK_RULES: Record<LinkKind, { from: string[]; to: string[]; meaning: string }> = {
  SUPPORTS: { from: ['Action', 'Aim', 'Document'], to: ['Outcome', 'SubOutcome', 'Aim'], meaning: 'an action, aim or strategy supports an outcome, sub-outcome or aim' },
  ALIGNS_WITH: { from: ['PartnerPriority'], to: ['Outcome', 'SubOutcome'], meaning: 'a partner priority aligns with a council outcome or sub-outcome' },
  CONTRIBUTES_TO: { from: ['Document', 'Outcome', 'SubOutcome'], to: ['Document', 'PartnerPriority'], meaning: 'a plan or outcome contributes to a partner strategy or priority' },
  DELIVERS: { from: ['Document', 'Action'], to: ['Action', 'SubOutcome', 'Aim'], meaning: 'a business plan or strategy delivers an action, aim or sub-outcome' },
  UNDERPINNED_BY: { from: ['Document', 'Outcome', 'SubOutcome'], to: ['Document'], meaning: 'a plan or outcome is underpinned by a strategy or plan' },
};

/** Why the ends do not fit the kind, or null when they do. */
export function linkEndsProblem(kind: LinkKind, fromLabels: string[], toLabels: string[]): string | null {
  const rule = LINK_RULES[kind];
  const fits = (labels: string[], allowed: string[]) => allowed.some((l) => labels.includes(l));
  if (fits(fromLabels, rule.from) && fits(toLabels, rule.to)) return null;
  return `a ${kind} link joins ${rule.from.join('/')} to ${rule.to.join('/')} (${rule.meaning}); got ${fromLabels.filter((l) => l !== 'Item').join('/')} to ${toLabels.filter((l) => l !== 'Item').join('/')}.`;
}
