/**
 * Coverage arithmetic: from what each sub-outcome has, the shares per kind of support and a completeness
 * score (the mean of the shares), per outcome and for the plan. A kind counts for a sub-outcome when the
 * thread lists such support or a paper says it has some without listing it ("unlisted"): only having none
 * is a gap. Illustrative support is counted, and its part reported, unless the question leaves it out.
 * Pure, so the rules are easy to read and test.
 */
import { SUPPORT_TYPES, type SubOutcomeCoverageModel, type SupportType } from './traceability.models.js';

export interface SubOutcomeCoverageView {
  outcomeKey: string;
  subOutcomeKey: string;
  has: SupportType[];
  unlisted: SupportType[];
  /** Kinds it has only through illustrative data. */
  illustrative: SupportType[];
  lacks: SupportType[];
  /** Kinds counted only because of illustrative data (they would be gaps without it). */
  restsOnIllustrative: SupportType[];
}

export interface SupportShareModel {
  type: SupportType;
  count: number;
  unlisted: number;
  illustrative: number;
  of: number;
  share: number;
  illustrativeShare: number;
}

export interface OutcomeCoverageModel {
  outcomeKey: string;
  hasNoSubOutcomes: boolean;
  shares: SupportShareModel[];
  completeness: number;
  illustrativeCompleteness: number;
  unlisted: SupportType[];
  subOutcomes: SubOutcomeCoverageView[];
}

export interface PlanCoverageModel {
  planKey: string;
  shares: SupportShareModel[];
  completeness: number;
  illustrativeCompleteness: number;
  withoutIllustrative: boolean;
  unlisted: SupportType[];
  outcomes: OutcomeCoverageModel[];
  subOutcomes: SubOutcomeCoverageView[];
}

function viewOf(row: SubOutcomeCoverageModel & { outcomeKey: string }, includeIllustrative: boolean): SubOutcomeCoverageView {
  const listed = (t: SupportType) => (includeIllustrative ? row.has[t] : row.hasOwn[t]);
  const illustrative = includeIllustrative ? SUPPORT_TYPES.filter((t) => row.has[t] && !row.hasOwn[t]) : [];
  return {
    outcomeKey: row.outcomeKey,
    subOutcomeKey: row.subOutcomeKey!,
    has: SUPPORT_TYPES.filter(listed),
    unlisted: SUPPORT_TYPES.filter((t) => !listed(t) && row.stated.includes(t)),
    illustrative,
    lacks: SUPPORT_TYPES.filter((t) => !listed(t) && !row.stated.includes(t)),
    restsOnIllustrative: illustrative.filter((t) => !row.stated.includes(t)),
  };
}

function sharesOf(subs: SubOutcomeCoverageView[]): SupportShareModel[] {
  return SUPPORT_TYPES.map((type) => {
    const count = subs.filter((s) => s.has.includes(type)).length;
    const unlisted = subs.filter((s) => s.unlisted.includes(type)).length;
    const illustrative = subs.filter((s) => s.restsOnIllustrative.includes(type)).length;
    const of = subs.length;
    return { type, count, unlisted, illustrative, of, share: of ? (count + unlisted) / of : 0, illustrativeShare: of ? illustrative / of : 0 };
  });
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0);

const union = (...lists: SupportType[][]) => SUPPORT_TYPES.filter((t) => lists.some((l) => l.includes(t)));

export function computeCoverage(planKey: string, rows: SubOutcomeCoverageModel[], options: { includeIllustrative?: boolean } = {}): PlanCoverageModel {
  const includeIllustrative = options.includeIllustrative ?? true;
  const outcomeKeys = [...new Set(rows.map((r) => r.outcomeKey).filter((k): k is string => k !== null))];
  const subOutcomes = rows
    .filter((r): r is SubOutcomeCoverageModel & { outcomeKey: string } => r.subOutcomeKey !== null && r.outcomeKey !== null)
    .map((r) => viewOf(r, includeIllustrative));
  const planStated = rows[0]?.planStated ?? [];
  const outcomes = outcomeKeys.map((outcomeKey) => {
    const subs = subOutcomes.filter((r) => r.outcomeKey === outcomeKey);
    const shares = sharesOf(subs);
    const outcomeStated = rows.find((r) => r.outcomeKey === outcomeKey)?.outcomeStated ?? [];
    return {
      outcomeKey, hasNoSubOutcomes: subs.length === 0, shares, completeness: mean(shares.map((s) => s.share)),
      illustrativeCompleteness: mean(shares.map((s) => s.illustrativeShare)), unlisted: union(outcomeStated, planStated), subOutcomes: subs,
    };
  });
  const shares = sharesOf(subOutcomes);
  return {
    planKey, shares, completeness: mean(shares.map((s) => s.share)), illustrativeCompleteness: mean(shares.map((s) => s.illustrativeShare)),
    withoutIllustrative: !includeIllustrative, unlisted: union(planStated), outcomes, subOutcomes,
  };
}
