/**
 * Bounds on the shape of one GraphQL request, checked before anything runs (OWASP's GraphQL cheat sheet):
 * depth and directives by GraphQL Armor's validation rules, distinct aliases by alias-limit.ts; tokens by graphql-js's own parser limit
 * (Apollo's `parseOptions`); list arguments by their `@listLimit` bounds (list-limits.ts) and cost by
 * graphql-query-complexity, in a plugin because only there are the variables known, so `first: $n` counts
 * as much as `first: 500` and `kinds: $k` as many values as `$k` holds. Each rejection names the limit, the
 * setting that raises it and what to do, so a legitimate client can fix the query.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { maxDistinctAliasesRule } from './alias-limit.js';
import { checkListArguments, refuseLongVariables, type ListLimitTable } from './list-limits.js';

export type QueryLimits = Config['queryLimits'];

/** The error every limit answers with: GRAPHQL_VALIDATION_FAILED (HTTP 400), the limit and setting named. */
export function limitError(limit: string, setting: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, setting, ...extra, http: { status: 400 } },
  });
}

/** Armor reports "… limit of N exceeded, found M."; we keep its counting and say it in our own words. */
function armorRule(
  rule: (options: object) => ValidationRule,
  n: number,
  describe: (found: number) => GraphQLError,
): ValidationRule {
  const onReject = [(context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(describe(found));
  }];
  return rule({ n, exposeLimits: true, propagateOnRejection: false, onReject });
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    armorRule(maxDepthRule, limits.maxDepth, (found) => limitError('maxDepth', 'GT_MAX_DEPTH',
      `The query is nested ${found} levels deep; the limit is ${limits.maxDepth} (GT_MAX_DEPTH). Ask for fewer nested levels, or split it into several queries.`)),
    maxDistinctAliasesRule(limits.maxAliases, (found) => limitError('maxAliases', 'GT_MAX_ALIASES',
      `The query uses ${found} aliases; the limit is ${limits.maxAliases} (GT_MAX_ALIASES), each alias of a field counted once however often a fragment repeats it. Send several smaller queries instead.`)),
    armorRule(maxDirectivesRule, limits.maxDirectives, (found) => limitError('maxDirectives', 'GT_MAX_DIRECTIVES',
      `The query uses ${found} directives; the limit is ${limits.maxDirectives} (GT_MAX_DIRECTIVES). Remove repeated @include/@skip.`)),
  ];
}

/** Lists without `first` are counted as this long: about a plan's outcomes, or an outcome's sub-outcomes. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * A field costs 1 (or its `@cost(base:)`: search, paths and others that run a Neo4j statement of their own
 * each time they are asked for, not batched with the rest), plus 1 for each value of its list arguments (repeats counted once where the argument is
 * distinct), plus its selection times how many items it may return: `first` (from the literal, the variables
 * or the default), the number of values of an argument marked `@listLimit(sizesAnswer: true)` (the `ids` of
 * `nodes`, the `lines` of `savingsImpact`), or ASSUMED_LIST_SIZE for other lists. A connection's `edges` are
 * counted once, by the `first` of the field that returns the connection. A list argument over its bound
 * throws here (list-limits.ts), with the variables applied.
 */
function listSizeEstimator(table: ListLimitTable): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const lists = checkListArguments(table, type.name, field.name, args);
    let size = 1;
    if (typeof args.first === 'number') size = Math.max(args.first, 0);
    else if (lists.size !== undefined) size = lists.size;
    // By the type's printed form (`[Outcome!]!`), not isListType: under vitest this file's graphql is another
    // instance than the schema's, and graphql-js refuses types "from another module or realm".
    else if (String(field.type).startsWith('[') && field.name !== 'edges') size = ASSUMED_LIST_SIZE;
    return (table.baseCosts.get(`${type.name}.${field.name}`) ?? 1) + lists.values + size * Math.max(childComplexity, 1);
  };
}

/** The cost of one operation of a document (throws when the variables do not fit their types, or a list is too long). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, table: ListLimitTable): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator(table)] });
}

/** The list bounds and the cost limit, in that order: a list over its bound is refused before it is coerced or costed. */
export function costLimitPlugin(limits: QueryLimits, table: ListLimitTable): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          refuseLongVariables(table, request.variables);
          // Introspection (GraphiQL's docs pane) is bounded by the schema, not by the caller.
          if (document.definitions.every((d) => d.kind === 'OperationDefinition' && d.selectionSet.selections.every(
            (s) => s.kind === 'Field' && s.name.value.startsWith('__')))) return;
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined, table);
          } catch (error) {
            // Variables that do not fit their types: execution refuses them, with graphql-js's own message,
            // before any resolver runs, so there is nothing to bound here. Anything else is a fault of ours.
            if ((error as Error).name === 'GraphQLError' && /Variable "\$/.test((error as Error).message)) return;
            throw error;
          }
          if (cost > limits.maxCost) {
            throw limitError('maxCost', 'GT_MAX_COST',
              `The query would cost ${cost}; the limit is ${limits.maxCost} (GT_MAX_COST). A list costs its \`first\` (or ${ASSUMED_LIST_SIZE} without one) times what is asked for each item: ask for smaller pages or fewer nested lists.`,
              { cost, maxCost: limits.maxCost });
          }
        },
      };
    },
  };
}

/** graphql-js's parser says "Document contains more that N tokens"; we name the setting and what to do. */
export function explainTokenLimit(formatted: GraphQLFormattedError, limits: QueryLimits): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !/more tha[nt] \d+ tokens/.test(formatted.message)) return formatted;
  return {
    ...formatted,
    message: `The query has more than ${limits.maxTokens} tokens (names, punctuation, values); the limit is ${limits.maxTokens} (GT_MAX_TOKENS). Send a shorter query, or pass long values as variables.`,
    extensions: { ...formatted.extensions, limit: 'maxTokens', setting: 'GT_MAX_TOKENS' },
  };
}
