/**
 * Resolver types generated from the SDL (`npm run codegen`; CI runs `npm run codegen:check`). The mappers
 * point GraphQL types at the models the repositories return, so resolvers are checked end to end.
 * src/generated/ is output: never edit it by hand.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const plans = '../domains/plans/plans.models.js';
const provenance = '../domains/provenance/provenance.models.js';
const documents = '../domains/documents/documents.models.js';
const governance = '../domains/governance/governance.models.js';
const traceability = '../domains/traceability/traceability.models.js';
const views = '../domains/traceability/traceability.views.js';
const coverage = '../domains/traceability/coverage.js';
const partners = '../domains/partners/partners.models.js';
const matrix = '../domains/partners/alignment-matrix.js';
const links = '../domains/links/links.models.js';
const history = '../domains/history/history.repository.js';
const finance = '../domains/finance/finance.models.js';
const financeViews = '../domains/finance/finance.views.js';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphQLContext',
        mappers: {
          StrategicPlan: `${plans}#PlanModel`,
          Outcome: `${plans}#OutcomeModel`,
          SubOutcome: `${plans}#SubOutcomeModel`,
          Aim: `${plans}#AimModel`,
          Action: `${plans}#ActionModel`,
          Theme: `${plans}#ThemeModel`,
          SubTheme: `${plans}#SubThemeModel`,
          Statement: `${plans}#StatementModel`,
          Measure: `${plans}#MeasureModel`,
          Citation: `${provenance}#CitationModel`,
          SourceDocument: `${provenance}#SourceDocumentModel`,
          Alias: `${provenance}#AliasModel`,
          OtherWording: `${views}#OtherWordingView`,
          Document: `${documents}#DocumentModel`,
          DocumentRelation: `${views}#DocumentRelationView`,
          Organisation: `${governance}#OrganisationModel`,
          Decision: `${governance}#DecisionModel`,
          Monitoring: `${governance}#MonitoringModel`,
          LinkFacts: `${traceability}#LinkFactsModel`,
          SupportingActionConnection: `${views}#SupportingActionPage`,
          SupportingActionEdge: `${views}#SupportingActionEdgeView`,
          PlanCoverage: `${coverage}#PlanCoverageModel`,
          OutcomeCoverage: `${coverage}#OutcomeCoverageModel`,
          SubOutcomeCoverage: `${traceability}#SubOutcomeCoverageModel`,
          SupportShare: `${coverage}#SupportShareModel`,
          LineageStep: `${traceability}#LineageStepModel`,
          Neighbour: `${traceability}#NeighbourModel`,
          ThreadPath: `${traceability}#PathModel`,
          PathStep: `${views}#PathStepView`,
          SearchResultConnection: `${views}#SearchPage`,
          SearchHitEdge: `${views}#SearchHitEdgeView`,
          PartnerPriority: `${partners}#PartnerPriorityModel`,
          Alignment: `${partners}#AlignmentModel`,
          AlignmentMatrix: `${matrix}#AlignmentMatrixModel`,
          AlignmentRow: `${matrix}#AlignmentRowModel`,
          AlignmentCell: `${matrix}#AlignmentCellModel`,
          SharedGround: `${matrix}#SharedGroundModel`,
          Link: `${links}#LinkModel`,
          LinkConnection: '../domains/links/links.views.js#LinkPage',
          LinkEdge: '../domains/links/links.views.js#LinkEdgeView',
          AuditEvent: `${history}#AuditEventModel`,
          ItemChange: '../domains/links/links.views.js#ItemChangeView',
          BusinessPlanCommitment: '../domains/business-plans/business-plans.models.js#CommitmentModel',
          SubOutcomeCommitments: '../domains/business-plans/business-plans.views.js#SubOutcomeCommitmentsView',
          ApiToken: '../auth/tokens.repository.js#TokenRecord',
          ImportResult: '../domains/imports/run-import.js#ImportResultModel',
          ImportChange: '../domains/imports/run-import.js#ImportChangeModel',
          Money: `${financeViews}#MoneyView`,
          YearAmount: `${financeViews}#YearAmountView`,
          YearlyMoney: `${financeViews}#YearlyMoneyView`,
          SavingsLine: `${finance}#SavingsLineModel`,
          SavingsApportionment: `${financeViews}#ApportionmentView`,
          CostPressure: `${finance}#CostPressureModel`,
          FinancialFigure: `${finance}#FinancialFigureModel`,
          MtfsSavings: `${financeViews}#EditionView`,
          OutcomeSavingsTotal: `${financeViews}#OutcomeSavingsTotalView`,
          SubOutcomeSavingsTotal: `${financeViews}#SubOutcomeSavingsTotalView`,
          DepartmentSavingsTotal: `${financeViews}#DepartmentSavingsTotalView`,
          StatusSavingsTotal: `${financeViews}#StatusSavingsTotalView`,
          SavingsFlow: `${financeViews}#SavingsFlowView`,
          SavingsProgress: `${financeViews}#SavingsProgressView`,
          ItemReach: `${financeViews}#ItemReachView`,
          ImpactedItem: `${financeViews}#ImpactedItemView`,
          SavingsImpact: `${financeViews}#SavingsImpactView`,
          ItemSavings: `${financeViews}#ItemSavingsView`,
          ItemSavingsLine: `${financeViews}#ItemSavingsLineView`,
          Council: '../domains/councils/councils.models.js#CouncilModel',
        },
        scalars: { ID: 'string', Pence: 'number' },
      },
    },
  },
};

export default config;
