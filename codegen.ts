/**
 * Resolver types generated from the SDL (`npm run codegen`; CI runs `npm run codegen:check`). The mappers
 * point GraphQL types at the models the repositories return, so resolvers are checked end to end; each domain
 * declares its own in its index.ts (src/modules.ts lists the domains).
 * src/generated/ is output: never edit it by hand.
 * clients/possible-types.{ts,json} is output too, shipped for client caches: which concrete types each interface
 * and union can be (Apollo Client's `possibleTypes`), so a normalised cache can match fragments on `Node`,
 * `Item` and the like without guessing. @graphql-codegen/fragment-matcher writes it from the same SDL.
 * explorer/src/generated/ and tests/generated/ are the client side (GraphQL Code Generator's client preset):
 * every `graphql(\`…\`)` document in the explorer's source or the tests is checked against the SDL and gets its
 * result and variables types, so a field renamed in the SDL fails `npm run typecheck` where it is asked for.
 * Documents are typed strings (`documentMode: 'string'`): the explorer POSTs them as they are, with no GraphQL
 * parser in the browser bundle, and so do the tests' helpers. Fragments are not masked: a view reads the fields
 * its fragments ask for directly.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { modules } from './src/modules.js';

// Each domain declares the models of the types it resolves (its index.ts `mappers`, paths under src/);
// generated code lives in src/generated/, one level down.
const mappers = Object.fromEntries(modules.flatMap((m) => Object.entries('mappers' in m ? m.mappers : {})).map(([type, model]) => [type, `../${model}`]));

const scalars = { ID: 'string', Pence: 'number', Date: 'string', DateTime: 'string' };

/** The client preset for one folder of documents: its typed `graphql()` and the operations' types beside it. */
const clientTypes = (documents: string) => ({
  preset: 'client' as const,
  documents: [`${documents}/**/*.ts`, `!${documents}/generated/**`],
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true, enumsAsTypes: true, documentMode: 'string' as const, onlyOperationTypes: true, scalars,
    // An answer always has every field it asked for (null when there is none): only variables may be left out.
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  },
});

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // Relative imports in generated code end in `.js`, as ES modules under NodeNext resolution need.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphQLContext',
        mappers,
        scalars,
      },
    },
    'explorer/src/generated/': clientTypes('explorer/src'),
    'tests/generated/': clientTypes('tests'),
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
