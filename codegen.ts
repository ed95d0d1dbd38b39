/**
 * Resolver types generated from the SDL (`npm run codegen`; CI runs `npm run codegen:check`). The mappers
 * point GraphQL types at the models the repositories return, so resolvers are checked end to end.
 * src/generated/ is output: never edit it by hand.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const models = {
  plans: '../domains/plans/plans.models.js',
  provenance: '../domains/provenance/provenance.models.js',
};

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
          StrategicPlan: `${models.plans}#PlanModel`,
          Outcome: `${models.plans}#OutcomeModel`,
          SubOutcome: `${models.plans}#SubOutcomeModel`,
          Theme: `${models.plans}#ThemeModel`,
          SubTheme: `${models.plans}#SubThemeModel`,
          Citation: `${models.provenance}#CitationModel`,
          SourceDocument: `${models.provenance}#SourceDocumentModel`,
          Alias: `${models.provenance}#AliasModel`,
        },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
