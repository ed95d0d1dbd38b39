/** The shapes the finance resolvers serve (codegen maps the GraphQL types onto these). Money is integer pence. */
import type { OutcomeModel, SubOutcomeModel } from '../plans/plans.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import type { ApportionmentModel, FinancialFigureModel, SavingsLineModel, SavingsStatus } from './finance.models.js';
import type { EditionTotals } from './savings-totals.js';

export interface YearlyMoneyView {
  years: string[];
  /** Aligned with `years`. */
  pence: number[];
  /** The part of `pence` that comes from illustrative savings lines, aligned with `years`. */
  illustrativePence: number[];
}

export interface YearAmountView {
  year: string;
  pence: number;
  illustrativePence: number;
}

export interface ApportionmentView {
  line: SavingsLineModel;
  share: ApportionmentModel;
  /** The line's parts on the share's target. */
  amount: YearlyMoneyView;
}

export interface EditionView {
  editionKey: string;
  lines: SavingsLineModel[];
  totals: EditionTotals;
  /** The same totals over the illustrative lines only: the illustrative part of every total. */
  illustrativeTotals: EditionTotals;
  /** True when the question left illustrative lines out. */
  withoutIllustrative: boolean;
}

export interface SubOutcomeSavingsTotalView {
  subOutcome: SubOutcomeModel;
  amount: YearlyMoneyView;
  lines: number;
}

export interface OutcomeSavingsTotalView {
  outcome: OutcomeModel;
  amount: YearlyMoneyView;
  direct: YearlyMoneyView;
  subOutcomes: SubOutcomeSavingsTotalView[];
  lines: number;
}

export interface StatusSavingsTotalView {
  status: SavingsStatus;
  amount: YearlyMoneyView;
  lines: number;
}

export interface DepartmentSavingsTotalView {
  departmentKey: string | null;
  amount: YearlyMoneyView;
  lines: number;
  byStatus: StatusSavingsTotalView[];
}

export interface SavingsFlowView {
  departmentKey: string | null;
  outcomeKey: string | null;
  amount: YearlyMoneyView;
}

export interface SavingsProgressView {
  target: FinancialFigureModel | null;
  includedCostPressures: FinancialFigureModel[];
  identified: number;
  delivered: number;
  onTrack: number;
  atRisk: number;
  notStarted: number;
  unachievable: number;
  achievable: number;
  gapToTarget: number | null;
  deliveredPercentOfTarget: number | null;
  /** Of `identified`, the pence from illustrative lines. */
  illustrativeIdentified: number;
  illustrative: boolean;
}

export type ImpactRelation = 'TARGET' | 'ABOVE' | 'BELOW';

export interface ItemReachView {
  line: SavingsLineModel;
  through: ApportionmentView;
  relation: ImpactRelation;
}

export interface ImpactedItemView {
  item: ItemRef;
  reach: ItemReachView[];
  apportioned: YearlyMoneyView | null;
}

export interface SavingsImpactView {
  lines: SavingsLineModel[];
  total: YearlyMoneyView;
  items: ImpactedItemView[];
}

export interface ItemSavingsLineView {
  line: SavingsLineModel;
  through: ApportionmentView[];
  apportioned: YearlyMoneyView;
}

export interface ItemSavingsView {
  item: ItemRef;
  lines: ItemSavingsLineView[];
  apportioned: YearlyMoneyView;
}

/** Money is integer pence; the Money type's fields format it. */
export type MoneyView = number;
