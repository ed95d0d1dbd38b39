import type { GraphQLResolveInfo } from 'graphql';
import type { PlanModel, OutcomeModel, SubOutcomeModel, ThemeModel, SubThemeModel } from '../domains/plans/plans.models.js';
import type { CitationModel, SourceDocumentModel, AliasModel } from '../domains/provenance/provenance.models.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * Another wording of an item found in a paper (a name worded differently, a typo'd section number). Look-ups by
 * an alias find the canonical item; the alias keeps its own citation.
 */
export type Alias = {
  __typename?: 'Alias';
  citation?: Maybe<Citation>;
  kind: AliasKind;
  /** Why this wording is not the canonical one. */
  note?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type AliasKind =
  /** A different code or section number for the same item. */
  | 'CODE'
  /** A different wording of the name. */
  | 'NAME';

/**
 * Where a fact comes from: the council paper, the place in it (paragraph number or heading, as the paper shows
 * it) and a short quote found verbatim in the paper.
 */
export type Citation = {
  __typename?: 'Citation';
  /** Paragraph number or heading, as the paper shows it, e.g. `para 14` or `heading: Strong Economy`. */
  at: Scalars['String']['output'];
  /** Line of the paper's text file where the quote starts. */
  line?: Maybe<Scalars['Int']['output']>;
  /** The quoted words, verbatim (line breaks in the paper are shown as single spaces). */
  quote: Scalars['String']['output'];
  /** The committee paper quoted. */
  source: SourceDocument;
};

/** Where a document stands, as the papers record it. */
export type DocumentStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'PROPOSED'
  | 'REVISED'
  | 'SUPERSEDED'
  | 'UNKNOWN';

/** An item with a global id, stable across requests and releases: pass it to `node(id:)` to fetch the item again. */
export type Node = {
  /** Opaque global id. */
  id: Scalars['ID']['output'];
};

/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type Outcome = Node & {
  __typename?: 'Outcome';
  aliases: Array<Alias>;
  citation?: Maybe<Citation>;
  /** Section number or assigned code (see `codeBasis`). */
  code: Scalars['String']['output'];
  /** How the code was decided when the paper does not print one. */
  codeBasis?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  plan: StrategicPlan;
  /** The outcome statement, as the plan words it. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Sub-outcomes (supporting outcomes in 2018-22), in the plan's order. */
  subOutcomes: Array<SubOutcome>;
};

export type Query = {
  __typename?: 'Query';
  /** Any item by its global `id` (the `id` field of every item). Null when no item has that id. */
  node?: Maybe<Node>;
  /** Several items by global id, in the order asked; null in place of an id that matches nothing. */
  nodes: Array<Maybe<Node>>;
  /**
   * One outcome of a plan, by its code (`9`), its name (`Keeping People Safe and Well`) or any wording of it
   * recorded as an alias. Case, surrounding quotes and trailing punctuation do not matter. Null when none matches.
   */
  outcome?: Maybe<Outcome>;
  /**
   * One Strategic Plan by its period as the papers write it: `2014-18`, `2018-22` or `2022-26`. Null when no
   * plan covers that period.
   */
  plan?: Maybe<StrategicPlan>;
  /** The council's Strategic Plans, oldest first. */
  plans: Array<StrategicPlan>;
  /**
   * One sub-outcome of a plan, by its code (`9.3`), its name, or any recorded alias: a variant wording from
   * another paper (`Every child gets the best start in life`) or a typo'd section number (`6.13` for 6.3).
   * Null when none matches.
   */
  subOutcome?: Maybe<SubOutcome>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOutcomeArgs = {
  code: Scalars['String']['input'];
  plan: Scalars['String']['input'];
};


export type QueryPlanArgs = {
  period: Scalars['String']['input'];
};


export type QuerySubOutcomeArgs = {
  code: Scalars['String']['input'];
  plan: Scalars['String']['input'];
};

/** A council committee paper (or draft plan) that facts are cited from. Its text is in the project's `seeds/sources/`. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  /** The committee or board the paper went to. */
  body: Scalars['String']['output'];
  /** Date of the meeting, `YYYY-MM-DD`, when the paper has one. */
  date?: Maybe<Scalars['String']['output']>;
  /** Path of the paper's text inside the project, e.g. `seeds/sources/hwb-2021-11-25-draft-strategic-plan-2022-26.txt`. */
  file: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Short stable key, e.g. `hwb-2021-11-25`. */
  key: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlan = Node & {
  __typename?: 'StrategicPlan';
  citation?: Maybe<Citation>;
  id: Scalars['ID']['output'];
  /** Stable key; for plans, the period (e.g. `2022-26`). */
  key: Scalars['String']['output'];
  /** The plan's strategic outcomes, in the plan's order. */
  outcomes: Array<Outcome>;
  /** The period as the papers write it, e.g. `2022-26`. */
  period: Scalars['String']['output'];
  status: DocumentStatus;
  /** The plan's themes (the 2014-18 plan), in the plan's order. */
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  /** The plan's vision statement, where it has one. */
  vision?: Maybe<Scalars['String']['output']>;
};

/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcome = Node & {
  __typename?: 'SubOutcome';
  aliases: Array<Alias>;
  citation?: Maybe<Citation>;
  /** Section number such as `9.3`, or an assigned code (see `codeBasis`). */
  code: Scalars['String']['output'];
  codeBasis?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  outcome: Outcome;
};

/** A sub-theme of a 2014-18 theme, with its count of priorities. */
export type SubTheme = {
  __typename?: 'SubTheme';
  citation?: Maybe<Citation>;
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  priorityCount: Scalars['Int']['output'];
};

/** A theme of the 2014-18 plan, counting the supporting priorities under it. */
export type Theme = Node & {
  __typename?: 'Theme';
  citation?: Maybe<Citation>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Number of supporting priorities, as the paper counts them (the priorities themselves are not in the papers). */
  priorityCount: Scalars['Int']['output'];
  subThemes: Array<SubTheme>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: ( OutcomeModel ) | ( SourceDocumentModel ) | ( PlanModel ) | ( SubOutcomeModel ) | ( ThemeModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alias: ResolverTypeWrapper<AliasModel>;
  AliasKind: AliasKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationModel>;
  DocumentStatus: DocumentStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Outcome: ResolverTypeWrapper<OutcomeModel>;
  Query: ResolverTypeWrapper<{}>;
  SourceDocument: ResolverTypeWrapper<SourceDocumentModel>;
  StrategicPlan: ResolverTypeWrapper<PlanModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubOutcome: ResolverTypeWrapper<SubOutcomeModel>;
  SubTheme: ResolverTypeWrapper<SubThemeModel>;
  Theme: ResolverTypeWrapper<ThemeModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alias: AliasModel;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Outcome: OutcomeModel;
  Query: {};
  SourceDocument: SourceDocumentModel;
  StrategicPlan: PlanModel;
  String: Scalars['String']['output'];
  SubOutcome: SubOutcomeModel;
  SubTheme: SubThemeModel;
  Theme: ThemeModel;
};

export type AliasResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AliasKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Outcome' | 'SourceDocument' | 'StrategicPlan' | 'SubOutcome' | 'Theme', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codeBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['StrategicPlan'], ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subOutcomes?: Resolver<Array<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType, RequireFields<QueryOutcomeArgs, 'code' | 'plan'>>;
  plan?: Resolver<Maybe<ResolversTypes['StrategicPlan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'period'>>;
  plans?: Resolver<Array<ResolversTypes['StrategicPlan']>, ParentType, ContextType>;
  subOutcome?: Resolver<Maybe<ResolversTypes['SubOutcome']>, ParentType, ContextType, RequireFields<QuerySubOutcomeArgs, 'code' | 'plan'>>;
};

export type SourceDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategicPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StrategicPlan'] = ResolversParentTypes['StrategicPlan']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubOutcome'] = ResolversParentTypes['SubOutcome']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codeBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubTheme'] = ResolversParentTypes['SubTheme']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subThemes?: Resolver<Array<ResolversTypes['SubTheme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Alias?: AliasResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  StrategicPlan?: StrategicPlanResolvers<ContextType>;
  SubOutcome?: SubOutcomeResolvers<ContextType>;
  SubTheme?: SubThemeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
};

