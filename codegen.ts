/**
 * Resolver types generated from the SDL (`npm run codegen`; CI runs `npm run codegen:check`). The mappers
 * point GraphQL types at the models the repositories return, so resolvers are checked end to end; each domain
 * declares its own in its index.ts (src/modules.ts lists the domains).
 * src/generated/ is output: never edit it by hand.
 * clients/possible-types.{ts,json} is output too, shipped for client caches: which concrete types each interface
 * and union can be (Apollo Client's `possibleTypes`), so a normalised cache can match fragments on `Node`,
 * `Item` and the like without guessing. @graphql-codegen/fragment-matcher writes it from the same SDL.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { modules } from './src/modules.js';

// Each domain declares the models of the types it resolves (its index.ts `mappers`, paths under src/);
// generated code lives in src/generated/, one level down.
const mappers = Object.fromEntries(modules.flatMap((m) => Object.entries('mappers' in m ? m.mappers : {})).map(([type, model]) => [type, `../${model}`]));

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphQLContext',
        mappers,
        scalars: { ID: 'string', Pence: 'number', Date: 'string', DateTime: 'string' },
      },
    },
    'clients/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'clients/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
  },
};

export default config;
