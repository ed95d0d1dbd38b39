/**
 * Coverage arithmetic: from what each sub-outcome has, the shares per kind of support and a completeness
 * score (the mean of the shares), per outcome and for the plan. Pure, so the rule is easy to read and test.
 */
import { SUPPORT_TYPES, type SubOutcomeCoverageModel, type SupportType } from './traceability.models.js';

export interface SupportShareModel {
  type: SupportType;
  count: number;
  of: number;
  share: number;
}

export interface OutcomeCoverageModel {
  outcomeKey: string;
  hasNoSubOutcomes: boolean;
  shares: SupportShareModel[];
  completeness: number;
  subOutcomes: SubOutcomeCoverageModel[];
}

export interface PlanCoverageModel {
  planKey: string;
  shares: SupportShareModel[];
  completeness: number;
  outcomes: OutcomeCoverageModel[];
  subOutcomes: SubOutcomeCoverageModel[];
}

function sharesOf(subs: SubOutcomeCoverageModel[]): SupportShareModel[] {
  return SUPPORT_TYPES.map((type) => {
    const count = subs.filter((s) => s.has[type]).length;
    return { type, count, of: subs.length, share: subs.length ? count / subs.length : 0 };
  });
}

const mean = (shares: SupportShareModel[]) => shares.reduce((sum, s) => sum + s.share, 0) / shares.length;

export function computeCoverage(planKey: string, rows: SubOutcomeCoverageModel[]): PlanCoverageModel {
  const outcomeKeys = [...new Set(rows.map((r) => r.outcomeKey))];
  const subOutcomes = rows.filter((r) => r.subOutcomeKey !== null);
  const outcomes = outcomeKeys.map((outcomeKey) => {
    const subs = subOutcomes.filter((r) => r.outcomeKey === outcomeKey);
    const shares = sharesOf(subs);
    return { outcomeKey, hasNoSubOutcomes: subs.length === 0, shares, completeness: mean(shares), subOutcomes: subs };
  });
  const shares = sharesOf(subOutcomes);
  return { planKey, shares, completeness: mean(shares), outcomes, subOutcomes };
}

export function lacks(sub: SubOutcomeCoverageModel): SupportType[] {
  return SUPPORT_TYPES.filter((t) => !sub.has[t]);
}
