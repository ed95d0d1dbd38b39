/** Finance: the MTFS's savings lines, their apportionment to outcomes, totals, progress and what a cut affects. */
import type { DomainModule } from '../../shared/domain-module.js';
import { FINANCE_EXAMPLES } from './finance-examples.js';
import { createFinanceLoaders } from './finance.loaders.js';
import { financePrefetchers } from './finance.prefetch.js';
import { financeResolvers } from './finance.resolvers.js';

const models = 'domains/finance/finance.models.js';
const views = 'domains/finance/finance.views.js';

export const financeModule = {
  name: 'finance',
  typeDefs: ['finance.graphql'],
  resolvers: [financeResolvers],
  createLoaders: createFinanceLoaders,
  prefetchers: financePrefetchers,
  mappers: {
    Money: `${views}#MoneyView`, YearAmount: `${views}#YearAmountView`, YearlyMoney: `${views}#YearlyMoneyView`,
    SavingsLine: `${models}#SavingsLineModel`, SavingsApportionment: `${views}#ApportionmentView`, CostPressure: `${models}#CostPressureModel`,
    FinancialFigure: `${models}#FinancialFigureModel`, MtfsSavings: `${views}#EditionView`, OutcomeSavingsTotal: `${views}#OutcomeSavingsTotalView`,
    SubOutcomeSavingsTotal: `${views}#SubOutcomeSavingsTotalView`, DepartmentSavingsTotal: `${views}#DepartmentSavingsTotalView`,
    StatusSavingsTotal: `${views}#StatusSavingsTotalView`, SavingsFlow: `${views}#SavingsFlowView`, SavingsProgress: `${views}#SavingsProgressView`,
    ItemReach: `${views}#ItemReachView`, ImpactedItem: `${views}#ImpactedItemView`, SavingsImpact: `${views}#SavingsImpactView`,
    ItemSavings: `${views}#ItemSavingsView`, ItemSavingsLine: `${views}#ItemSavingsLineView`,
  },
  publicFiles: ['money.ts', 'savings-status-words.ts', 'edition-period.ts'],
  examples: FINANCE_EXAMPLES,
} as const satisfies DomainModule<'finance'>;
