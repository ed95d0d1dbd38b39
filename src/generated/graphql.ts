import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CouncilModel } from '../domains/councils/councils.models.js';
import type { PlanModel, OutcomeModel, SubOutcomeModel, AimModel, ActionModel, ThemeModel, SubThemeModel, StatementModel } from '../domains/plans/plans.models.js';
import type { ItemChangeView } from '../domains/plans/plans.views.js';
import type { CitationModel, SourceDocumentModel, AliasModel, ContactOfficerModel } from '../domains/provenance/provenance.models.js';
import type { DocumentModel, DocumentRelationView } from '../domains/documents/documents.models.js';
import type { OrganisationModel, DecisionModel, MonitoringModel, AssessmentModel } from '../domains/governance/governance.models.js';
import type { OtherWordingView, SupportingActionPage, SupportingActionEdgeView, PathStepView, SearchPage, SearchHitEdgeView } from '../domains/traceability/traceability.views.js';
import type { LinkFactsModel, LineageStepModel, NeighbourModel, PathModel } from '../domains/traceability/traceability.models.js';
import type { PlanCoverageModel, OutcomeCoverageModel, SubOutcomeCoverageView, SupportShareModel } from '../domains/traceability/coverage.js';
import type { UnlistedSupportModel } from '../domains/traceability/unlisted-support.repository.js';
import type { PartnerPriorityModel, AlignmentModel } from '../domains/partners/partners.models.js';
import type { AlignmentMatrixModel, AlignmentRowModel, AlignmentCellModel, SharedGroundModel } from '../domains/partners/alignment-matrix.js';
import type { LinkModel } from '../domains/links/links.models.js';
import type { LinkPage, LinkEdgeView } from '../domains/links/links.views.js';
import type { AuditEventModel } from '../domains/history/history.repository.js';
import type { ImportResultModel, ImportChangeModel } from '../domains/imports/run-import.js';
import type { TokenRecord } from '../auth/tokens.repository.js';
import type { CommitmentModel } from '../domains/business-plans/business-plans.models.js';
import type { SubOutcomeCommitmentsView } from '../domains/business-plans/business-plans.views.js';
import type { MoneyView, YearAmountView, YearlyMoneyView, ApportionmentView, EditionView, OutcomeSavingsTotalView, SubOutcomeSavingsTotalView, DepartmentSavingsTotalView, StatusSavingsTotalView, SavingsFlowView, SavingsProgressView, ItemReachView, ImpactedItemView, SavingsImpactView, ItemSavingsView, ItemSavingsLineView } from '../domains/finance/finance.views.js';
import type { SavingsLineModel, CostPressureModel, FinancialFigureModel } from '../domains/finance/finance.models.js';
import type { MeasureModel, MeasuredItemModel } from '../domains/measures/measures.models.js';
import type { PeriodModel, MeasureValueModel, MeasureTargetRecord, MeasureTrendModel, ActionUpdateModel, StaleActionModel, ProgressChangeModel, ProgressRollUpModel, TraceModel, ReportStatementModel, ReportMeasureModel, ReportSavingsLineModel, OutcomeReportModel, OutcomeBoardReportModel } from '../domains/progress/progress.models.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, `YYYY-MM-DD` (RFC 3339 `full-date`), e.g. `2022-02-23`: the day of a meeting or a paper.
   * Sent and read as a string.
   */
  Date: { input: string; output: string; }
  /**
   * A moment, in UTC: RFC 3339 `date-time` with milliseconds, e.g. `2026-03-31T09:15:00.000Z` (when a link was made
   * or an audit event recorded). Sent and read as a string.
   */
  DateTime: { input: string; output: string; }
  /**
   * Whole pence, as a JSON integer. GraphQL's Int stops at about £21m in pence, so money has its own scalar;
   * it is exact up to 2^53 pence (about £90 trillion).
   */
  Pence: { input: number; output: number; }
};

/**
 * An action of the plan (`We will ...`), listed under an aim, directly under a sub-outcome, or free-standing and
 * linked to what it supports.
 */
export type Action = Node & {
  __typename?: 'Action';
  /** The aim it is listed under, if any. */
  aim?: Maybe<Aim>;
  /** Where the paper lists the action; null for an analyst's action. */
  citation?: Maybe<Citation>;
  /** Code assigned by the project, e.g. `9.3-A1-4`. */
  code: Scalars['String']['output'];
  /** Delivery strategies and plans the action names (e.g. the Healthy Weight Strategy). */
  deliveredThrough: Array<Document>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the action is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** Its latest update up to the end of the period given (now when null): its current status. */
  latestUpdate?: Maybe<ActionUpdate>;
  /** Analysts' links from or to the action (not retired). */
  links: Array<Link>;
  /** How the action was read, where it needed reading (a lost bullet, a broken line). */
  note?: Maybe<Scalars['String']['output']>;
  /** The department or body that owns it, where known. */
  owner?: Maybe<Organisation>;
  /** When, by whom and why the action was retired (retired actions appear only when asked for by id). */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why an analyst retired the action; null while it is current. */
  retiredReason?: Maybe<Scalars['String']['output']>;
  /** The sub-outcome it is listed under (through its aim or directly), if any. */
  subOutcome?: Maybe<SubOutcome>;
  /** True when the paper summarises the action in its own words rather than listing it. */
  summarised: Scalars['Boolean']['output'];
  /** The action in the paper's words, e.g. `We will provide weight management support and guidance to residents, ...`. */
  text: Scalars['String']['output'];
  /** Every update its owner recorded, newest first. */
  updates: Array<ActionUpdate>;
  /** Increases with every change; send it back as `expectedVersion` when changing the action. */
  version: Scalars['Int']['output'];
};


/**
 * An action of the plan (`We will ...`), listed under an aim, directly under a sub-outcome, or free-standing and
 * linked to what it supports.
 */
export type ActionLatestUpdateArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

/** Where an action stands, as its owner reports it each period: the latest update is the action's current status. */
export type ActionStatus =
  /** Under way, with a risk of not delivering as planned. */
  | 'AT_RISK'
  /** Delivered. */
  | 'COMPLETE'
  /** Not yet begun. */
  | 'NOT_STARTED'
  /** Not delivering as planned. */
  | 'OFF_TRACK'
  /** Under way and expected to deliver as planned. */
  | 'ON_TRACK'
  /** Stopped before completion (the commentary says why). */
  | 'STOPPED';

/** How many actions stand at one status. */
export type ActionStatusCount = {
  __typename?: 'ActionStatusCount';
  /** Actions whose latest update up to the period has this status. */
  count: Scalars['Int']['output'];
  /** The same count for the previous period. */
  previousCount: Scalars['Int']['output'];
  /** The status. */
  status: ActionStatus;
};

/** An owner's update on an action for a reporting period. Every update is kept; none is edited or deleted. */
export type ActionUpdate = {
  __typename?: 'ActionUpdate';
  /** The action. */
  action: Action;
  /** The owner's commentary, in their words. */
  commentary: Scalars['String']['output'];
  /** Opaque id of the update (pass it as `after` when recording the next one). */
  id: Scalars['ID']['output'];
  /** True when the update is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** The reporting period it is for. */
  period: Period;
  /** When it was recorded (UTC, ISO 8601). */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the token's or the tool's name). */
  recordedBy: Scalars['String']['output'];
  /** A revised completion date, `YYYY-MM-DD`, when the owner gives one. */
  revisedDate?: Maybe<Scalars['Date']['output']>;
  /** Where the action stands. */
  status: ActionStatus;
};

/** An aim under a sub-outcome (2022-26), e.g. `Improved healthy life expectancy and reduced health inequalities`. */
export type Aim = Node & {
  __typename?: 'Aim';
  /** The actions listed under the aim, in the plan's order. */
  actions: Array<Action>;
  /** Where the paper states the aim; null for an analyst's aim. */
  citation?: Maybe<Citation>;
  /** Code assigned by the project, e.g. `9.3-A1` (the papers do not number aims). */
  code: Scalars['String']['output'];
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** Measures the aim is judged by (for 2022-26, the indicators some aims are worded as). */
  measures: Array<Measure>;
  /** How the aim was read, where it needed reading. */
  note?: Maybe<Scalars['String']['output']>;
  /** The aim's progress for a period (see `ProgressRollUp`). */
  progress: ProgressRollUp;
  /** The sub-outcome it is under (every aim has one; nullable as an action's `subOutcome` is, so the two ask alike). */
  subOutcome?: Maybe<SubOutcome>;
  /** True when the paper summarises the aim in its own words rather than listing it. */
  summarised: Scalars['Boolean']['output'];
  /** The aim in the paper's words (for a summarised aim, the paper's summary without its lead-in). */
  text: Scalars['String']['output'];
  /** Increases with every change; send it back as `expectedVersion` when changing the aim. */
  version: Scalars['Int']['output'];
};


/** An aim under a sub-outcome (2022-26), e.g. `Improved healthy life expectancy and reduced health inequalities`. */
export type AimProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};

/**
 * Another wording of an item found in a paper (a name worded differently, a typo'd section number). Look-ups by
 * an alias find the canonical item; the alias keeps its own citation.
 */
export type Alias = {
  __typename?: 'Alias';
  /** Where the paper prints this wording. */
  citation?: Maybe<Citation>;
  /** A different wording of the name, or a different code. */
  kind: AliasKind;
  /** Why this wording is not the canonical one. */
  note?: Maybe<Scalars['String']['output']>;
  /** The other wording, as the paper prints it (or the other code, e.g. `6.13`). */
  text: Scalars['String']['output'];
};

/** What an alias differs in: the wording or the code. */
export type AliasKind =
  /** A different code or section number for the same item. */
  | 'CODE'
  /** A different wording of the name. */
  | 'NAME';

/** An ALIGNS_WITH link between a partner priority and a council outcome or sub-outcome. */
export type Alignment = {
  __typename?: 'Alignment';
  /** Where a paper states the alignment; null for illustrative ones (all of the seeds'). */
  citation?: Maybe<Citation>;
  /** Stable id for client caches (made of the partner priority and the outcome or sub-outcome); not an item's id: `node(id:)` answers null for it. */
  id: Scalars['ID']['output'];
  /** True when the link is illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The partner strategy's priority. */
  priority: PartnerPriority;
  /** Why the priority aligns with the outcome or sub-outcome. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** How strongly it aligns: PRIMARY or CONTRIBUTORY. */
  strength: AlignmentStrength;
  /** The council outcome or sub-outcome. */
  target: Node;
};

/** One cell of the alignment matrix: a council outcome against a partner strategy. */
export type AlignmentCell = {
  __typename?: 'AlignmentCell';
  /** The links behind the cell, to drill into. */
  alignments: Array<Alignment>;
  /** Links of strength CONTRIBUTORY (the priority contributes to the outcome). */
  contributory: Scalars['Int']['output'];
  /** True when any link behind the cell is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Of `links`, those that are illustrative data: asked with `includeIllustrative: false`, the cell loses them. */
  illustrativeLinks: Scalars['Int']['output'];
  /** ALIGNS_WITH links from the strategy's priorities to the outcome or its sub-outcomes. */
  links: Scalars['Int']['output'];
  /** Links of strength PRIMARY (the priority and the outcome aim at the same result). */
  primary: Scalars['Int']['output'];
  /** The partner strategy of the cell's column. */
  strategy: Document;
};

/** Council outcomes against partner strategies, with link counts and strength. */
export type AlignmentMatrix = {
  __typename?: 'AlignmentMatrix';
  /** True when any link in the matrix is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Of `links`, those that are illustrative data (with the seeds, all of them: the papers list no partner priorities). */
  illustrativeLinks: Scalars['Int']['output'];
  /** Links in the whole matrix. */
  links: Scalars['Int']['output'];
  /** One row per outcome of the plan, in the plan's order. */
  rows: Array<AlignmentRow>;
  /** The columns: every partner strategy with priorities. */
  strategies: Array<Document>;
  /** True when the answer leaves illustrative data out (`includeIllustrative: false`). */
  withoutIllustrative: Scalars['Boolean']['output'];
};

/** A row of the alignment matrix: one council outcome. */
export type AlignmentRow = {
  __typename?: 'AlignmentRow';
  /** One cell per strategy, in the order of the matrix's `strategies`. */
  cells: Array<AlignmentCell>;
  /** Of `links`, those that are illustrative data. */
  illustrativeLinks: Scalars['Int']['output'];
  /** Links across all strategies. */
  links: Scalars['Int']['output'];
  /** The council outcome of the row. */
  outcome: Outcome;
};

/** How strongly a partner priority aligns with a council outcome. */
export type AlignmentStrength =
  /** The priority contributes to the outcome. */
  | 'CONTRIBUTORY'
  /** The priority and the outcome aim at the same result. */
  | 'PRIMARY';

/** The units amounts are written in. */
export type AmountUnit =
  /** Millions of pounds (£m). */
  | 'MILLIONS'
  /** Pounds (£). */
  | 'POUNDS'
  /** Thousands of pounds (£000, £'000, £k). */
  | 'THOUSANDS';

/** An API token as stored: its secret is never kept (only a hash). `node(id:)` answers it to admins only (a scoped admin: its scope's tokens). */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When the token was made (set for every token; typed as a link's `createdAt` is, which older links lack). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The token's global id (not its secret): pass it to `revokeApiToken`, or to `node(id:)` as an admin. */
  id: Scalars['ID']['output'];
  /** Whose token it is, e.g. `Finance team`: unique (any case); the audit trail and links' `createdBy` name people by it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  role: Role;
  /**
   * The key of the organisation (a council, a partnership) whose items the token may change: its plans and
   * their trees, strategies, MTFS editions and savings lines, and the departments part of it. A scoped token may
   * link from an item in scope to one outside it, never change the far end. Null: the whole graph.
   */
  scope?: Maybe<Scalars['String']['output']>;
};

/** An assessment of a document, as a paper reports it (for 2022-26: a screening that found no full impact assessment was needed). */
export type Assessment = {
  __typename?: 'Assessment';
  /** Where a paper reports the assessment. */
  citation?: Maybe<Citation>;
  /** What the assessment concluded, in the paper's words; null when the papers do not say. */
  conclusion?: Maybe<Scalars['String']['output']>;
  /** The document assessed. */
  document: Document;
  /** Stable key, e.g. `assessment-2022-26-equality-and-human-rights-screening`. */
  key: Scalars['String']['output'];
  /** What kind of assessment. */
  kind: AssessmentKind;
  /** How it was read from the papers, where it needed reading. */
  note?: Maybe<Scalars['String']['output']>;
};

/** What kind of assessment a paper reports. */
export type AssessmentKind =
  /** An equality and human rights impact screening: whether a full impact assessment is needed. */
  | 'EQUALITY_AND_HUMAN_RIGHTS_SCREENING';

/** One recorded change: who, when, what, the value before and after, and the request it came from. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What was done, e.g. `link.create`, `link.validate`, `item.reword`, `seeds.load`. */
  action: Scalars['String']['output'];
  /**
   * Who made the change: the name of their token (the same name a link's `createdBy` shows), or the tool (seeds,
   * the import CLI). Token ids and roles are not shown; token management events are visible to admins only.
   */
  actor: Scalars['String']['output'];
  /** The change made (JSON or text). */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The value before the change (JSON), where there was one. */
  before?: Maybe<Scalars['String']['output']>;
  /** The event's global id: `node(id:)` answers it to whoever `history` shows it to (token management events: admins only). */
  id: Scalars['ID']['output'];
  /** Why, where the change was given a reason (e.g. `apportionSavingsLine(reason:)`). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The id of the request that made the change (the `x-request-id` of its answer; the API's log has the same); null for the tools. */
  requestId?: Maybe<Scalars['String']['output']>;
  /**
   * The key of the organisation the token that made the change was scoped to (e.g. `lcc`), so a change can be
   * told apart by whose rights made it; null when the token had no scope (it may change the whole graph), for the
   * tools (seeds, the import CLI), and for changes recorded before tokens had scopes.
   */
  scope?: Maybe<Scalars['String']['output']>;
  /** Key of the item or link changed. */
  targetKey?: Maybe<Scalars['String']['output']>;
  /** Kind of thing changed: Link, Action, Aim... */
  targetType?: Maybe<Scalars['String']['output']>;
};

/**
 * A commitment of a departmental business plan, delivering actions, aims or sub-outcomes of the Strategic Plan.
 * The papers give no business plan contents: the ones loaded from the project's seeds are illustrative, and say so.
 */
export type BusinessPlanCommitment = Node & {
  __typename?: 'BusinessPlanCommitment';
  /** The departmental business plan it is in (a BUSINESS_PLAN document). */
  businessPlan: Document;
  /** The commitment's code in its business plan, e.g. `PH-1`. */
  code: Scalars['String']['output'];
  /** The actions, aims and sub-outcomes it delivers. */
  delivers: Array<Node>;
  /** The department whose business plan it is. */
  department?: Maybe<Organisation>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the commitment is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** The commitment as the business plan words it. */
  text: Scalars['String']['output'];
};

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

/** An officer a paper names to contact about it. */
export type ContactOfficer = {
  __typename?: 'ContactOfficer';
  /** The paper's contact block, quoted as printed. */
  citation?: Maybe<Citation>;
  /** The department, where the paper names it. */
  department?: Maybe<Organisation>;
  /** As the paper prints it, e.g. `Tom Purnell`. */
  name: Scalars['String']['output'];
  /** Job title as the paper prints it, e.g. `Assistant Chief Executive`. */
  post: Scalars['String']['output'];
};

/**
 * A cost pressure the MTFS savings requirement includes (for the 2017/18-2020/21 edition, the paper's £25m of
 * "unavoidable cost pressures"). The papers give only the total: the breakdown is illustrative and adds up to it.
 */
export type CostPressure = {
  __typename?: 'CostPressure';
  /** The pressure per financial year and in total. */
  amounts: YearlyMoney;
  /** The department it falls on; null where none is given. */
  department?: Maybe<Organisation>;
  /** What drives the pressure, e.g. `Demand for adult social care`. */
  description: Scalars['String']['output'];
  /** Stable id for client caches (made of the edition and the reference); not an item's id: `node(id:)` answers null for it. */
  id: Scalars['ID']['output'];
  /** True when the breakdown is illustrative (the papers give only the £25m total). */
  illustrative: Scalars['Boolean']['output'];
  /** Why it is illustrative, when it is. */
  illustrativeNote?: Maybe<Scalars['String']['output']>;
  /** `<edition>/<reference>`, e.g. `mtfs-2017-21/CP1`. */
  key: Scalars['String']['output'];
  /** The cost pressure's reference in the MTFS, e.g. `CP1`. */
  reference: Scalars['String']['output'];
};

/**
 * A council whose Strategic Plans, MTFS editions and savings lines the graph holds. One deployment can serve
 * many councils; each look-up answers for one council only.
 */
export type Council = {
  __typename?: 'Council';
  /** True for the council that look-ups without a `council` argument mean (GT_DEFAULT_COUNCIL). */
  default: Scalars['Boolean']['output'];
  /** The council's Medium Term Financial Strategy editions (FINANCIAL_STRATEGY documents it owns), by title. */
  financialStrategies: Array<Document>;
  /** True when the council is illustrative data (a synthetic council of the benchmark), not a real council. */
  illustrative: Scalars['Boolean']['output'];
  /** The council's key, e.g. `lcc`: what a look-up's `council` argument takes (its name or place name work too). */
  key: Scalars['String']['output'];
  /** The council's name as its papers write it, e.g. `Leicestershire County Council`. */
  name: Scalars['String']['output'];
  /** The council as an organisation: its id, departments and boards. */
  organisation: Organisation;
  /** The council's Strategic Plans, oldest first (as `plans(council:)` answers). */
  plans: Array<StrategicPlan>;
};

/** An analyst's action to add: under an aim or sub-outcome, or free-standing in a plan. */
export type CreateActionInput = {
  /** Key of the owning department (an Organisation key), where known. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The plan's period, e.g. `2022-26`. */
  plan: Scalars['String']['input'];
  /** The action, at least 3 characters, at most 2,000 (e.g. `We will ...`). */
  text: Scalars['String']['input'];
  /** Id of the aim or sub-outcome the action is listed under; omit for a free-standing action (link it with SUPPORTS). */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** An analyst's aim to add under a sub-outcome. */
export type CreateAimInput = {
  /** Key of the owning department, where known. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Id of the sub-outcome the aim is under. */
  subOutcome: Scalars['ID']['input'];
  /** The aim, at least 3 characters, at most 2,000. */
  text: Scalars['String']['input'];
};

/** A link to make: its ends, kind and why it holds. */
export type CreateLinkInput = {
  /** Id of the item the link starts from (e.g. an action). */
  from: Scalars['ID']['input'];
  /** What the link says; the kind decides which items it may join. */
  kind: LinkKind;
  /** Why the link holds: required. */
  rationale: Scalars['String']['input'];
  /** Percent, above 0 and at most 100. */
  share?: InputMaybe<Scalars['Float']['input']>;
  /** PRIMARY or CONTRIBUTORY, where it matters (alignments, support); null for none. */
  strength?: InputMaybe<AlignmentStrength>;
  /** Id of the item the link points to (e.g. a sub-outcome). */
  to: Scalars['ID']['input'];
};

/** A measure to add: the indicator, what it judges, and (optionally) its unit, target and owner. */
export type CreateMeasureInput = {
  /** Id of the aim or sub-outcome the measure judges. */
  for: Scalars['ID']['input'];
  /** The indicator, in words, at least 3 characters, e.g. `Council greenhouse gas emissions`. */
  name: Scalars['String']['input'];
  /** Key of the owning department, where known. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The target, as free text, e.g. `net zero by 2030`. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** What it counts in, e.g. `tCO2e`. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A decision a meeting took (or was scheduled to take) on a document. */
export type Decision = {
  __typename?: 'Decision';
  /** The body that met. */
  body: Organisation;
  /** Where a paper records the decision. */
  citation?: Maybe<Citation>;
  /** The meeting's date; null where the paper gives only the month (`month` has it). */
  date?: Maybe<Scalars['Date']['output']>;
  /** The document decided on. */
  document: Document;
  /** Stable id for client caches (made of the meeting, the document and the kind of decision); not an item's id: `node(id:)` answers null for it. */
  id: Scalars['ID']['output'];
  /** What the meeting did. */
  kind: DecisionKind;
  /** The meeting's month, `YYYY-MM`, always given (the timeline is ordered by it, then by `date`). */
  month: Scalars['String']['output'];
  /** What was decided, in the papers' words, and how it was read. */
  summary: Scalars['String']['output'];
};

/** What a meeting did with a document. */
export type DecisionKind =
  /** The meeting approved the document. */
  | 'APPROVED'
  /** The document was put to the meeting; its resolution is not in the sources. */
  | 'CONSIDERED'
  /** The meeting (or a consultation) gave views on a draft. */
  | 'CONSULTED'
  /** The meeting made a declaration bearing on the document (the climate emergency of 15 May 2019). */
  | 'DECLARED'
  /** The meeting proposed the document. */
  | 'PROPOSED'
  /** The meeting approved a revised version (2018-22 on 8 July 2020). */
  | 'REVISED'
  /** A paper announces the meeting for a later date; what happened is not in the sources. */
  | 'SCHEDULED';

/** A department's savings in an edition. */
export type DepartmentSavingsTotal = {
  __typename?: 'DepartmentSavingsTotal';
  /** The department's lines' savings, per year and in total. */
  amount: YearlyMoney;
  /** The department's savings by status (delivered, on track, at risk...). */
  byStatus: Array<StatusSavingsTotal>;
  /** Null for lines with no department. */
  department?: Maybe<Organisation>;
  /** How many lines the department has. */
  lines: Scalars['Int']['output'];
};

/** A strategy, plan or programme. Strategic Plans are also documents (their outline here; their tree under `StrategicPlan`). */
export type Document = Node & {
  __typename?: 'Document';
  /** Assessments of the document the papers report (impact screenings). */
  assessments: Array<Assessment>;
  /** Where a paper names the document; null for illustrative documents. */
  citation?: Maybe<Citation>;
  /** A business plan's commitments, in order. */
  commitments: Array<BusinessPlanCommitment>;
  /** Decisions taken on the document, oldest first. */
  decisions: Array<Decision>;
  /** What the document is. */
  documentKind: DocumentKind;
  /** Where it stands, as the papers record it (UNKNOWN where they do not say). */
  documentStatus: DocumentStatus;
  /** Figures the papers give for this document (MTFS editions, programmes). */
  financialFigures: Array<FinancialFigure>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the document is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** Stable key, e.g. `jhws`, `mtfs-2017-21`, `2022-26`. */
  key: Scalars['String']['output'];
  /**
   * What the document is (as `documentKind`).
   * @deprecated Use `documentKind`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  kind: DocumentKind;
  /** How the document was read from the papers, where it needed reading (which edition, why no owner...). */
  note?: Maybe<Scalars['String']['output']>;
  /** Outcomes the document states (Strategic Plans and the 2017 framework). */
  outcomes: Array<Outcome>;
  /** The organisation that owns it, where a paper says (or illustrative data does: see `ownerIsIllustrative`). */
  owner?: Maybe<Organisation>;
  /** True when the ownership is illustrative data: the papers do not say who owns the document. */
  ownerIsIllustrative: Scalars['Boolean']['output'];
  /** Period as the paper writes it, where known. */
  period?: Maybe<Scalars['String']['output']>;
  /** The strategy's priorities, in order (top level; sub-priorities under each). */
  priorities: Array<PartnerPriority>;
  /** How the document relates to other documents, as the papers state (both directions). */
  relations: Array<DocumentRelation>;
  /** Objectives and other statements of the document. */
  statements: Array<Statement>;
  /**
   * Where it stands (as `documentStatus`).
   * @deprecated Use `documentStatus`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  status: DocumentStatus;
  /** The title as the papers give it, e.g. `Joint Health and Wellbeing Strategy`. */
  title: Scalars['String']['output'];
  /** The strategy's priorities (at any level) with no council outcome or sub-outcome behind them. */
  unalignedPriorities: Array<PartnerPriority>;
};


/** A strategy, plan or programme. Strategic Plans are also documents (their outline here; their tree under `StrategicPlan`). */
export type DocumentRelationsArgs = {
  kinds?: InputMaybe<Array<DocumentRelationKind>>;
};


/** A strategy, plan or programme. Strategic Plans are also documents (their outline here; their tree under `StrategicPlan`). */
export type DocumentStatementsArgs = {
  kind?: InputMaybe<StatementKind>;
};

/** What a document is. */
export type DocumentKind =
  /** A departmental business plan (the papers name them together, as the Departmental Business Plans). */
  | 'BUSINESS_PLAN'
  /** A strategy that delivers actions of the plan (Healthy Weight Strategy, Domestic Abuse Strategy, ...). */
  | 'DELIVERY_STRATEGY'
  /** A Medium Term Financial Strategy edition. */
  | 'FINANCIAL_STRATEGY'
  /** The 2017 Single Outcomes Framework (proposed priority outcomes). */
  | 'OUTCOMES_FRAMEWORK'
  /** A partnership's strategy: Joint Health and Wellbeing Strategy, Sustainability and Transformation Plan, Strategic Economic Plan. */
  | 'PARTNER_STRATEGY'
  /** A policy or framework of the council (the Policy Framework, the Communities Strategy, the equality strategy...). */
  | 'POLICY'
  /** A programme such as the Transformation Programme or the Strategic Change Portfolio. */
  | 'PROGRAMME'
  /** A County Council Strategic Plan (2014-18, 2018-22, 2022-26): its tree is under `plan(period:)`. */
  | 'STRATEGIC_PLAN';

/** A stated relation between two documents, seen from one of them. */
export type DocumentRelation = {
  __typename?: 'DocumentRelation';
  /** CITED when the quote states the relation (naming both documents); ANALYST_JUDGEMENT when it is read from the papers (see `rationale`). */
  basis: LinkBasis;
  /** The passage that states the relation, or that a judgement rests on. */
  citation?: Maybe<Citation>;
  /** OUTGOING when the document asked about is the subject (`this UNDERPINNED_BY other`), INCOMING when it is the object. */
  direction: RelationDirection;
  /** How the documents relate. */
  kind: DocumentRelationKind;
  /** How the quote was read (which plan 'the Plan' is, which edition an MTFS mention means), where it needed reading. */
  note?: Maybe<Scalars['String']['output']>;
  /** The document at the other end. */
  other: Document;
  /** Why the relation holds: how the quote states it, or the reading an analyst's judgement rests on. */
  rationale?: Maybe<Scalars['String']['output']>;
};

/** How one document relates to another, as a paper states it. */
export type DocumentRelationKind =
  /** The first aligns with the second (e.g. the Departmental Business Plans with the 2018-22 outcomes). */
  | 'ALIGNS_WITH'
  /** The first is complemented by the second (e.g. the plan by the MTFS). */
  | 'COMPLEMENTED_BY'
  /** The first contributes to the second (e.g. the plan to the Joint Health and Wellbeing Strategy). */
  | 'CONTRIBUTES_TO'
  /** The first depends on funding from the second (e.g. the Better Care Fund). */
  | 'FUNDED_BY'
  /** The first is part of the second (e.g. a Strategic Plan of the Policy Framework). */
  | 'PART_OF'
  /** The first is replaced by the second. */
  | 'SUCCEEDED_BY'
  /** The first is supported by the second. */
  | 'SUPPORTED_BY'
  /** The first is underpinned by the second (e.g. the plan by the departmental business plans). */
  | 'UNDERPINNED_BY';

/** Where a document stands, as the papers record it. */
export type DocumentStatus =
  /** Approved, as a paper records (2014-18 in May 2014, 2018-22 on 6 December 2017). */
  | 'APPROVED'
  /** A draft under consultation or development (2022-26 in November 2021). */
  | 'DRAFT'
  /** Past its period. */
  | 'EXPIRED'
  /** Put forward for approval, the approval not in the sources (the 2017 proposed outcomes, the 2014 Transformation Programme). */
  | 'PROPOSED'
  /** Approved, then revised (the papers record the decision: see `decisions`). */
  | 'REVISED'
  /** Replaced by a later edition. */
  | 'SUPERSEDED'
  /** The papers do not say. */
  | 'UNKNOWN';

/** A financial figure exactly as a paper states it, with its citation. */
export type FinancialFigure = {
  __typename?: 'FinancialFigure';
  /** The amount, exact (e.g. £66,000,000.00). */
  amount: Money;
  /** Where the paper states the figure. */
  citation?: Maybe<Citation>;
  /** What the figure is, in the papers' words and how it was read. */
  description: Scalars['String']['output'];
  /** The document the figure belongs to (an MTFS edition or a programme). */
  document: Document;
  /** Stable id for client caches (made of the figure's key); not an item's id: `node(id:)` answers null for it. */
  id: Scalars['ID']['output'];
  /** Stable key, e.g. `mtfs-2017-21-savings-required`. */
  key: Scalars['String']['output'];
  /** SAVINGS_REQUIRED, SAVINGS_TARGET or COST_PRESSURE. */
  kind: Scalars['String']['output'];
  /**
   * The figure this one is part of: the £25m cost pressures are part of the £66m ("This includes"); the £40m of
   * the Transformation Programme is part of the £110m (savings "required to ensure delivery of part of the MTFS",
   * over the same years). Null when the papers relate it to no other figure.
   */
  partOf?: Maybe<FinancialFigure>;
  /** The sentence that states the inclusion, when it is not this figure's own citation (for the £40m, Cabinet 2014 para 8). */
  partOfCitation?: Maybe<Citation>;
  /** How the inclusion is read from the papers, where it needs reading. */
  partOfNote?: Maybe<Scalars['String']['output']>;
  /** The years as the paper writes them, e.g. `2017/18 to 2020/21` or `by 2017/18`. */
  period?: Maybe<Scalars['String']['output']>;
};

/** How a savings line reaches an item. */
export type ImpactRelation =
  /** The share is on a sub-outcome of this outcome. */
  | 'ABOVE'
  /** The share is on an outcome or sub-outcome this item sits under. */
  | 'BELOW'
  /** The share is on the item itself. */
  | 'TARGET';

/** An item a savings cut reaches. */
export type ImpactedItem = {
  __typename?: 'ImpactedItem';
  /**
   * The lines' money counted against the item: for an outcome, the parts on it and its sub-outcomes; for a
   * sub-outcome, the parts on it. Null for aims and actions: shares are never split below a sub-outcome.
   */
  apportioned?: Maybe<YearlyMoney>;
  /** An Outcome, SubOutcome, Aim or Action. */
  item: Node;
  /** Each share by which a line reaches the item. */
  reach: Array<ItemReach>;
};

/** One change an import made (or, in a dry run, would make). */
export type ImportChange = {
  __typename?: 'ImportChange';
  /** The values after (JSON). */
  after?: Maybe<Scalars['String']['output']>;
  /** The values before (JSON), for CHANGED. */
  before?: Maybe<Scalars['String']['output']>;
  /** Added, changed or retired. */
  change: ImportChangeKind;
  /** The row's natural key (for links: from|KIND|to), or for RETIRED the link's key. */
  key: Scalars['String']['output'];
  /** Line of the file, for ADDED and CHANGED. */
  line?: Maybe<Scalars['Int']['output']>;
};

/** What an import does with a row. */
export type ImportChangeKind =
  /** A new item or link. */
  | 'ADDED'
  /** An existing item or link whose values change (see `before` and `after`). */
  | 'CHANGED'
  /** Imported earlier from the same source and absent now: retired, never deleted. */
  | 'RETIRED';

/** How a heading was matched to a column. */
export type ImportColumnMatch =
  /** The import mapping says so (given now, or remembered for the source). */
  | 'MAPPING'
  /** The heading is the column's own name (in any case). */
  | 'NAME'
  /** The heading follows the kind's pattern (a financial year: 2024/25, 2024-25 £m). */
  | 'PATTERN'
  /** The heading is one councils use for the column (Ref, Directorate, Delivery RAG, ...). */
  | 'SYNONYM';

/** One heading of the file and what the import took it as. */
export type ImportColumnReading = {
  __typename?: 'ImportColumnReading';
  /** In a workbook: the heading's cell (`Savings!B5`). */
  cell?: Maybe<Scalars['String']['output']>;
  /** The import kind's column, or null when the mapping says to ignore it. */
  column?: Maybe<Scalars['String']['output']>;
  /** As the file writes it. */
  heading: Scalars['String']['output'];
  /** How the heading was matched to the column: its exact name, a synonym, a remembered mapping, or the mapping given. */
  matchedBy: ImportColumnMatch;
  /** For an amount column: the unit its amounts are read in (from the heading, the mapping, the title rows, or the kind's default). */
  unit?: Maybe<AmountUnit>;
};

/** File formats the import accepts. */
export type ImportFormat =
  /** Comma-separated, first line the header; UTF-8 with or without BOM, Windows or Unix line endings. */
  | 'CSV'
  /**
   * An Excel workbook (.xlsx), sent as the file's bytes encoded in base64: the named sheet or the first visible
   * one, the header row found below any title block, formulas read as their saved values. Problems name cells
   * (`Savings!B7`).
   */
  | 'XLSX'
  /** A list of records (or `rows:` holding one), each a mapping of column: value. */
  | 'YAML';

/** How an import read its file. */
export type ImportReading = {
  __typename?: 'ImportReading';
  /** Organisation wordings the mapping states that were (or, for a dry run, would be) recorded as aliases. */
  aliasesRecorded: Scalars['Int']['output'];
  /** Each of the kind's columns and the heading of the file it was read from. */
  columns: Array<ImportColumnReading>;
  /** The row (workbook) or line (CSV) of the header; null for YAML. */
  headerRow?: Maybe<Scalars['Int']['output']>;
  /** The import mapping in effect (the one given now over the one remembered), as the YAML kept beside a file; empty when none. */
  mapping: Scalars['String']['output'];
  /** True when this import stored its mapping for the source (never for a dry run). */
  mappingSaved: Scalars['Boolean']['output'];
  /** True when a mapping remembered for this source was used. */
  rememberedMappingUsed: Scalars['Boolean']['output'];
  /** The sheet read, for a workbook. */
  sheet?: Maybe<Scalars['String']['output']>;
  /** Rows (lines) below the header that name themselves totals (Total, Grand total, Sub-total) with the other text columns blank: the sheet's own sums, skipped. */
  totalRowsSkipped: Array<Scalars['Int']['output']>;
};

/** What an import did, or (dry run) would do. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Rows new to the graph. */
  added: Scalars['Int']['output'];
  /** True when the changes were written (never for a dry run). */
  applied: Scalars['Boolean']['output'];
  /** Rows that match something already in the graph and change it. */
  changed: Scalars['Int']['output'];
  /** The changes, one per row added, changed or retired (the first 500). */
  changes: Array<ImportChange>;
  /** True when nothing was written: the counts say what an import would do. */
  dryRun: Scalars['Boolean']['output'];
  /** The import kind, e.g. `links`. */
  kind: Scalars['String']['output'];
  /** How the file was read: sheet, header row, what each heading was taken as. */
  reading: ImportReading;
  /** Rows imported earlier from the same source and absent now: retired. */
  retired: Scalars['Int']['output'];
  /** Rows read from the file. */
  rows: Scalars['Int']['output'];
  /** The source the rows are remembered under (by default the file name): a re-import of the same source retires what it no longer has. */
  source: Scalars['String']['output'];
  /** Rows already in the graph as they are. */
  unchanged: Scalars['Int']['output'];
};

/** The result of changing an item: the item, and how many analyst links the change flagged SUSPECT. */
export type ItemChange = {
  __typename?: 'ItemChange';
  /** The aim or action changed. */
  item: Node;
  /** How many analysts' links touching it became SUSPECT (to be re-confirmed or retired). */
  suspectLinksFlagged: Scalars['Int']['output'];
};

/** One way a savings line reaches an item: the share it comes through and where that share sits. */
export type ItemReach = {
  __typename?: 'ItemReach';
  /** The savings line. */
  line: SavingsLine;
  /** Whether the share is on the item, on something under it or on something above it. */
  relation: ImpactRelation;
  /** The share through which the line reaches the item. */
  through: SavingsApportionment;
};

/** The savings lines that reach one outcome or sub-outcome. */
export type ItemSavings = {
  __typename?: 'ItemSavings';
  /** The lines' parts counted against the item (for an outcome, with its sub-outcomes). */
  apportioned: YearlyMoney;
  /** The lines as CSV: one row per line and share. */
  csv: Scalars['String']['output'];
  /** True when any of the lines is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** The outcome or sub-outcome asked about. */
  item: Node;
  /** Each savings line that reaches it, with the shares it reaches it through. */
  lines: Array<ItemSavingsLine>;
};

/** A savings line reaching an outcome or sub-outcome, and how much of it falls there. */
export type ItemSavingsLine = {
  __typename?: 'ItemSavingsLine';
  /** The line's parts counted against the item. */
  apportioned: YearlyMoney;
  /** The savings line. */
  line: SavingsLine;
  /** The shares by which the line reaches the item. */
  through: Array<SavingsApportionment>;
};

/**
 * How sure an analyst's judgement is. LOW marks one a reviewer doubts or that has a defensible alternative; the
 * rationale names the alternative.
 */
export type JudgementConfidence =
  /** The judgement stands on the papers' words as far as they go. */
  | 'HIGH'
  /** Doubted, or one of several defensible readings: see the rationale before relying on it. */
  | 'LOW';

/** Which way along lineage to go from the item asked about. */
export type LineageDirection =
  /** What it came from. */
  | 'BACKWARD'
  /** Both ways. */
  | 'BOTH'
  /** What it became. */
  | 'FORWARD';

/**
 * What became of an item between two plans. The kind follows from how many successors the earlier item has in
 * the later plan and how many predecessors the later item has in the earlier one; the seed checker derives every
 * kind by this rule.
 */
export type LineageKind =
  /** No successor: `to` is the next plan itself. */
  | 'DROPPED'
  /** One to one, the same words (case and punctuation aside), e.g. 2017's O1 Strong Economy → 2018-22's Strong Economy. */
  | 'KEPT'
  /** Many to one: the later item also took in other earlier items (one link from each), and this earlier item went nowhere else. */
  | 'MERGED'
  /** No predecessor: `from` is the previous plan itself. */
  | 'NEW'
  /** One to one, other words, e.g. WO.1 'best start in life' → 7.1 'best start for life'. */
  | 'RENAMED'
  /** One to many: the earlier item also went into other later items (one link to each), and this later item came from it alone. */
  | 'SPLIT'
  /** Many to many: part of the earlier item (which went elsewhere too) went into a later item that also took in others. */
  | 'SPLIT_AND_MERGED';

/** One step of lineage: an item of one plan and what it became in the next. */
export type LineageStep = {
  __typename?: 'LineageStep';
  /** CITED when a paper states the step (see `citation`), ANALYST_JUDGEMENT otherwise (see `rationale`). */
  basis: LinkBasis;
  /** The passage that states the step, or that a judgement rests on. */
  citation?: Maybe<Citation>;
  /** How sure the judgement is: LOW for one a reviewer doubts or with a defensible alternative. */
  confidence: JudgementConfidence;
  /** FORWARD when the step is after the item asked about, BACKWARD when before. */
  direction: LineageDirection;
  /** Steps between the item asked about and this one, counting this one: 1 for a step from or to the item itself. */
  distance: Scalars['Int']['output'];
  /** The item of the earlier plan (for NEW, the earlier plan itself). */
  from: Node;
  /** What became of the item: the kind follows from the counts at the step's two ends. */
  kind: LineageKind;
  /**
   * True when every chain from the item asked about to this step passes an item that both took in several items
   * and went into several, so this step may concern only the other parts: e.g. for 7 Improving Opportunities,
   * T3 Better Care → WO Wellbeing and Opportunity (WO split into 7 and 9; Better Care's part went to 9).
   */
  partOnly: Scalars['Boolean']['output'];
  /** Why the step holds (for a CITED step, how the quote states it). */
  rationale: Scalars['String']['output'];
  /** The item of the later plan (for DROPPED, the later plan itself). */
  to: Node;
};

/** A link an analyst made, with its review status, version and history. */
export type Link = Node & {
  __typename?: 'Link';
  /** When it was made; null where no time was recorded (links loaded from the seeds). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who made the link (a token's name). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The item the link starts from (e.g. an action). */
  from: Node;
  /** The link's changes, newest first: at most `first` (up to 500); `history(id:)` with the link's id answers the same. */
  history: Array<AuditEvent>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the link is illustrative data (imported with `illustrative: yes`, as the project's examples are), not an analyst's judgement. */
  illustrative: Scalars['Boolean']['output'];
  /** What the link says: SUPPORTS, ALIGNS_WITH, CONTRIBUTES_TO, DELIVERS or UNDERPINNED_BY. */
  kind: LinkKind;
  /** Why the link holds, in its maker's words. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** When it was retired; null unless RETIRED. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retired it; null unless RETIRED. */
  retiredBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retired; null unless RETIRED. */
  retiredReason?: Maybe<Scalars['String']['output']>;
  /** Share in percent, where the link apportions something (e.g. a savings line to outcomes). */
  share?: Maybe<Scalars['Float']['output']>;
  /** Where the link stands in review. */
  status: LinkStatus;
  /** How strongly it holds, where given (PRIMARY or CONTRIBUTORY). */
  strength?: Maybe<AlignmentStrength>;
  /** Why the link is SUSPECT. */
  suspectReason?: Maybe<Scalars['String']['output']>;
  /** The item the link points to (e.g. a sub-outcome). */
  to: Node;
  /** When it was last changed; null when never changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed its rationale, strength or share; null when never changed. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** When it was confirmed; null until VALIDATED. */
  validatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The second editor who confirmed it; null until VALIDATED. */
  validatedBy?: Maybe<Scalars['String']['output']>;
  /** Increases with every change; send it back as `expectedVersion` when changing the link. */
  version: Scalars['Int']['output'];
};


/** A link an analyst made, with its review status, version and history. */
export type LinkHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who stated a link and on what grounds. */
export type LinkBasis =
  /** An analyst's judgement: see the rationale. */
  | 'ANALYST_JUDGEMENT'
  /** A council paper states it: see the citation. */
  | 'CITED'
  /** Illustrative data, not the council's or a partnership's: see the rationale. */
  | 'ILLUSTRATIVE';

/** A page of analysts' links. */
export type LinkConnection = {
  __typename?: 'LinkConnection';
  /** The page's links. */
  edges: Array<LinkEdge>;
  /** Where the page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
  /** All the links asked for, whatever page is asked for (for a scoped token with anonymous reading off, those it may read). */
  totalCount: Scalars['Int']['output'];
};

/** One link of a page. */
export type LinkEdge = {
  __typename?: 'LinkEdge';
  /** Cursor of this link, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: Link;
};

/** The facts of a link that someone stated or made: its kind, its basis, the citation or rationale, who and when. */
export type LinkFacts = {
  __typename?: 'LinkFacts';
  /** CITED, ANALYST_JUDGEMENT or ILLUSTRATIVE; null for structural links (HAS_AIM...), which the citation of the child states. */
  basis?: Maybe<LinkBasis>;
  /** The passage that states the link (for a structural link, where the paper lists the child); null for an analyst's link. */
  citation?: Maybe<Citation>;
  /** For an analyst's judgement (lineage, measures), how sure it is; null for other links. */
  confidence?: Maybe<JudgementConfidence>;
  /** When an analyst made the link (ISO 8601, UTC); null for links from the papers. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who made the link, for analysts' links. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** True when the link is illustrative data, not the council's or an analyst's word about the council's thread. */
  illustrative: Scalars['Boolean']['output'];
  /** The link's kind, e.g. `SUPPORTS`, `HAS_AIM`, or for lineage `RENAMED`. */
  kind: Scalars['String']['output'];
  /** Why the link holds, for a judgement (or how a CITED quote states it); null when none is recorded. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** Review status of an analyst's link: PROPOSED (one editor), VALIDATED (confirmed by a second), SUSPECT (an end changed since). */
  status?: Maybe<LinkStatus>;
};

/** Kinds of link an analyst can make between items of the thread. */
export type LinkKind =
  /** A partner priority aligns with a council outcome or sub-outcome. */
  | 'ALIGNS_WITH'
  /** A plan or outcome contributes to a partner strategy or priority. */
  | 'CONTRIBUTES_TO'
  /** A business plan or strategy delivers an action, aim or sub-outcome. */
  | 'DELIVERS'
  /** An action, aim or strategy supports an outcome, sub-outcome or aim. */
  | 'SUPPORTS'
  /** A plan or outcome is underpinned by a strategy or plan. */
  | 'UNDERPINNED_BY';

/** Where an analyst's link stands in review. */
export type LinkStatus =
  /** Made by one editor, not yet confirmed by a second. */
  | 'PROPOSED'
  /** Retired: kept with who, when and why, hidden from default answers. */
  | 'RETIRED'
  /** An end was reworded, retired or superseded since: an editor must re-confirm or retire the link. */
  | 'SUSPECT'
  /** Confirmed by a second editor. */
  | 'VALIDATED';

/**
 * An indicator that a plan, outcome, sub-outcome or aim is judged by: the ones the papers name, each cited (the
 * draft 2018-22 Plan's evidence, such as "the percentage of children achieving a good level of development at the
 * end of reception year"; the 2022-26 aims worded as indicators, such as "Increase in the proportion of people who
 * find it easy to access information and advice about adult social care services"; the 2014 paper's "agreed
 * performance indicators"), and those analysts add (`createMeasure`). The papers give no targets or values.
 */
export type Measure = Node & {
  __typename?: 'Measure';
  /** Other wordings of the indicator in the papers, each cited (a look-up or a search by one finds the measure). */
  aliases: Array<Alias>;
  /**
   * Every item the measure is used to judge, each with the MEASURED_BY link's facts: CITED when the quote says
   * the indicator is the item's (an aim worded as the indicator), an analyst's judgement otherwise (see the
   * rationale and confidence).
   */
  assesses: Array<MeasuredItem>;
  /** Where it started from, where known. */
  baseline?: Maybe<MeasureBaseline>;
  /** Where a paper names the indicator; null for an analyst's measure. */
  citation?: Maybe<Citation>;
  /** Short code: assigned by the project for the papers' measures (e.g. `GLD`), generated for an analyst's. */
  code: Scalars['String']['output'];
  /** Which way the measure should move; null until a target is set with one. */
  direction?: Maybe<MeasureDirection>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the measure is illustrative data, not named by the papers or an analyst's. */
  illustrative: Scalars['Boolean']['output'];
  /** The first item the measure judges (all of them: `assesses`). */
  judges: Node;
  /** Stable key: `measure/<code>` for a measure the papers name (e.g. `measure/HEALTHY-WEIGHT`), `<plan>/M-…` for an analyst's. */
  key: Scalars['String']['output'];
  /**
   * One indicator or a set (as `measureKind`).
   * @deprecated Use `measureKind`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  kind: MeasureKind;
  /** One indicator, or a set of indicators a paper names without listing them. */
  measureKind: MeasureKind;
  /** The indicator in the paper's words, e.g. `Proportion of residents with a healthy weight`. */
  name: Scalars['String']['output'];
  /** How the measure was read from the papers, where it needed reading. */
  note?: Maybe<Scalars['String']['output']>;
  /** The department that owns it, where known (analysts' measures). */
  owner?: Maybe<Organisation>;
  /** Its rating for a period (the value for exactly that period against its target). */
  rag: Rag;
  /** An analyst's target for it, as free text (e.g. `net zero by 2030`); null for the papers' measures, which give none. */
  target?: Maybe<Scalars['String']['output']>;
  /** Its current targets, by period (the latest set for each period). */
  targets: Array<MeasureTarget>;
  /** How far short of target is still AMBER, in the measure's unit (0 when not set). See `Rag`. */
  tolerance: Scalars['Float']['output'];
  /** Its last values of the period's kind up to the period, and which way they went. */
  trend: MeasureTrend;
  /** What it counts in, where known, e.g. `percentage of children`; null when no paper says. */
  unit?: Maybe<Scalars['String']['output']>;
  /** Every value ever recorded for one period, corrections and what they replaced, newest first. */
  valueHistory: Array<MeasureValue>;
  /** Its current values (corrections applied), oldest period first; `asOf`: as recorded by then. */
  values: Array<MeasureValue>;
  /** Increases with every change to the measure. */
  version: Scalars['Int']['output'];
};


/**
 * An indicator that a plan, outcome, sub-outcome or aim is judged by: the ones the papers name, each cited (the
 * draft 2018-22 Plan's evidence, such as "the percentage of children achieving a good level of development at the
 * end of reception year"; the 2022-26 aims worded as indicators, such as "Increase in the proportion of people who
 * find it easy to access information and advice about adult social care services"; the 2014 paper's "agreed
 * performance indicators"), and those analysts add (`createMeasure`). The papers give no targets or values.
 */
export type MeasureRagArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


/**
 * An indicator that a plan, outcome, sub-outcome or aim is judged by: the ones the papers name, each cited (the
 * draft 2018-22 Plan's evidence, such as "the percentage of children achieving a good level of development at the
 * end of reception year"; the 2022-26 aims worded as indicators, such as "Increase in the proportion of people who
 * find it easy to access information and advice about adult social care services"; the 2014 paper's "agreed
 * performance indicators"), and those analysts add (`createMeasure`). The papers give no targets or values.
 */
export type MeasureTrendArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  periods?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An indicator that a plan, outcome, sub-outcome or aim is judged by: the ones the papers name, each cited (the
 * draft 2018-22 Plan's evidence, such as "the percentage of children achieving a good level of development at the
 * end of reception year"; the 2022-26 aims worded as indicators, such as "Increase in the proportion of people who
 * find it easy to access information and advice about adult social care services"; the 2014 paper's "agreed
 * performance indicators"), and those analysts add (`createMeasure`). The papers give no targets or values.
 */
export type MeasureValueHistoryArgs = {
  period: Scalars['String']['input'];
};


/**
 * An indicator that a plan, outcome, sub-outcome or aim is judged by: the ones the papers name, each cited (the
 * draft 2018-22 Plan's evidence, such as "the percentage of children achieving a good level of development at the
 * end of reception year"; the 2022-26 aims worded as indicators, such as "Increase in the proportion of people who
 * find it easy to access information and advice about adult social care services"; the 2014 paper's "agreed
 * performance indicators"), and those analysts add (`createMeasure`). The papers give no targets or values.
 */
export type MeasureValuesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Where a measure started from. */
export type MeasureBaseline = {
  __typename?: 'MeasureBaseline';
  /** The period it was measured in, where known. */
  period?: Maybe<Period>;
  /** The baseline value, in the measure's unit. */
  value: Scalars['Float']['output'];
};

/** Which way a measure should move. */
export type MeasureDirection =
  /** More is better (e.g. the proportion of children with a good level of development). */
  | 'HIGHER_IS_BETTER'
  /** Less is better (e.g. the number of young people not in education, employment or training). */
  | 'LOWER_IS_BETTER';

/** What a measure is. */
export type MeasureKind =
  /** One indicator, e.g. the proportion of residents with a healthy weight. */
  | 'INDICATOR'
  /** A set of indicators a paper names without listing them, e.g. 2014-18's 'agreed performance indicators'. */
  | 'INDICATOR_SET';

/** A target a measure should reach in one period. */
export type MeasureTarget = {
  __typename?: 'MeasureTarget';
  /** Opaque id of this target. */
  id: Scalars['ID']['output'];
  /** True when the target is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** The period the target is for (a year's target applies to its quarters and months that have none). */
  period: Period;
  /** When it was set (UTC, ISO 8601). */
  setAt: Scalars['DateTime']['output'];
  /** Who set it. */
  setBy: Scalars['String']['output'];
  /** The target, in the measure's unit. */
  target: Scalars['Float']['output'];
};

/** A measure's last values and which way they went. */
export type MeasureTrend = {
  __typename?: 'MeasureTrend';
  /** Latest minus earliest, in the measure's unit; null with fewer than two values. */
  change?: Maybe<Scalars['Float']['output']>;
  /** Which way they went, judged by the measure's direction. */
  trend: Trend;
  /** Its values of the same period kind, oldest first, up to the period asked (at most `periods` of them). */
  values: Array<MeasureValue>;
};

/** A measure's value for one period. A correction does not overwrite: it supersedes, and both stay (`history`). */
export type MeasureValue = {
  __typename?: 'MeasureValue';
  /** Opaque id of this value (pass it as `supersedes` to correct it). */
  id: Scalars['ID']['output'];
  /** True when the value is illustrative data, not the council's. */
  illustrative: Scalars['Boolean']['output'];
  /** The measure. */
  measure: Measure;
  /** A note on the value, e.g. a caveat on how it was collected. */
  note?: Maybe<Scalars['String']['output']>;
  /** The period the value is for. */
  period: Period;
  /** Red, amber or green against the target, by the rule on `Rag`. */
  rag: Rag;
  /** When it was recorded (UTC, ISO 8601). */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the token's or the tool's name). */
  recordedBy: Scalars['String']['output'];
  /** Where the figure comes from, e.g. `Public Health Outcomes Framework, Nov 2023 release`. */
  source?: Maybe<Scalars['String']['output']>;
  /** True when a later correction has replaced it. */
  superseded: Scalars['Boolean']['output'];
  /** The id of the value this one corrected, if it is a correction. */
  supersedes?: Maybe<Scalars['ID']['output']>;
  /** The target it is judged against (its period's, or its financial year's); null when there is none. */
  target?: Maybe<Scalars['Float']['output']>;
  /** The value, in the measure's unit. */
  value: Scalars['Float']['output'];
};

/** An item a measure judges, and how that is known. */
export type MeasuredItem = {
  __typename?: 'MeasuredItem';
  /** The plan, outcome, sub-outcome or aim judged. */
  item: Node;
  /** The MEASURED_BY link: basis (CITED or ANALYST_JUDGEMENT), confidence, rationale and citation. */
  link: LinkFacts;
};

/** An amount of money, exact to the penny. */
export type Money = {
  __typename?: 'Money';
  /** For people: `£1,250,000.50`. */
  formatted: Scalars['String']['output'];
  /** Whole pence (an integer). */
  pence: Scalars['Pence']['output'];
  /** Pounds as an exact decimal, e.g. `1250000.50` (never rounded). */
  pounds: Scalars['String']['output'];
};

/** A board's monitoring of a plan or an outcome. */
export type Monitoring = {
  __typename?: 'Monitoring';
  /** The board or committee that monitors. */
  board: Organisation;
  /** Where a paper says so. */
  citation?: Maybe<Citation>;
  /** How the board monitors it, where a paper says. */
  how?: Maybe<Scalars['String']['output']>;
  /** Stable id for client caches (made of the board and the item monitored); not an item's id: `node(id:)` answers null for it. */
  id: Scalars['ID']['output'];
  /** The plan, outcome or sub-outcome monitored. */
  item: Node;
};

/** The savings of one MTFS edition, and every total the finance team asks of them. */
export type MtfsSavings = {
  __typename?: 'MtfsSavings';
  /** Totals per department, largest first. */
  byDepartment: Array<DepartmentSavingsTotal>;
  /** Every outcome of the plans the lines are apportioned to (zero where nothing falls), in plan order. */
  byOutcome: Array<OutcomeSavingsTotal>;
  /** Totals per status: delivered, on track, approved, proposed, at risk, unachievable. */
  byStatus: Array<StatusSavingsTotal>;
  /** The cost pressures the edition's savings requirement includes (for 2017/18-2020/21, the £25m broken down, illustratively). */
  costPressures: Array<CostPressure>;
  /** A view as CSV (UTF-8, comma-separated, amounts in pounds with pence), ready for a spreadsheet. */
  csv: Scalars['String']['output'];
  /** The MTFS edition (a FINANCIAL_STRATEGY document), e.g. `mtfs-2017-21`. */
  edition: Document;
  /** Figures the papers give for the edition. */
  figures: Array<FinancialFigure>;
  /** Department → outcome amounts, with the unapportioned part as a flow to no outcome. */
  flows: Array<SavingsFlow>;
  /**
   * Stable id for client caches (made of the edition and whether illustrative lines are left out, so the two
   * answers are cached apart); not an item's id: `node(id:)` answers null for it.
   */
  id: Scalars['ID']['output'];
  /** True when any line is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** How many of the lines are illustrative data; every total's `illustrativePart` says how much money that is. */
  illustrativeLines: Scalars['Int']['output'];
  /**
   * The lines, in reference order; filter by status, department key, or mapped or not. At most `first` (up to
   * 500); `total` and the other totals always count every line, and `csv(view: LINES)` lists them all.
   */
  lines: Array<SavingsLine>;
  /** Savings identified and delivered against the paper's target figure. */
  progress: SavingsProgress;
  /** Every line's savings, per year and in total. */
  total: YearlyMoney;
  /** What no share covers. Outcomes' totals plus this equal `total`, per year and overall, to the penny. */
  unapportioned: YearlyMoney;
  /** Lines with no share on any outcome or sub-outcome yet, in reference order: at most `first` (up to 500). */
  unmappedLines: Array<SavingsLine>;
  /** True when the answer leaves illustrative lines out (`includeIllustrative: false`). */
  withoutIllustrative: Scalars['Boolean']['output'];
  /** The financial years the lines cover, in order. */
  years: Array<Scalars['String']['output']>;
};


/** The savings of one MTFS edition, and every total the finance team asks of them. */
export type MtfsSavingsByOutcomeArgs = {
  plan?: InputMaybe<Scalars['String']['input']>;
};


/** The savings of one MTFS edition, and every total the finance team asks of them. */
export type MtfsSavingsCsvArgs = {
  view: SavingsView;
};


/** The savings of one MTFS edition, and every total the finance team asks of them. */
export type MtfsSavingsLinesArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mapped?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<SavingsStatus>>;
};


/** The savings of one MTFS edition, and every total the finance team asks of them. */
export type MtfsSavingsUnmappedLinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Replaces a savings line's shares (editor). Shares add up to at most 100%; targets are outcomes or
   * sub-outcomes. `expectedVersion` is the version you read (CONFLICT if it moved). Old shares are retired,
   * never deleted, and the change is in the audit trail.
   */
  apportionSavingsLine: SavingsLine;
  /** Adds an analyst's action to a plan (editor), under an aim or sub-outcome or free-standing. */
  createAction: Action;
  /** Adds an analyst's aim under a sub-outcome (editor). */
  createAim: Aim;
  /**
   * Creates a token for someone (admin). Send it as `Authorization: Bearer <token>`. Names are unique (any case,
   * active or revoked tokens alike): the audit trail and the review of links go by them.
   */
  createApiToken: NewApiToken;
  /** Links two items (editor). The link starts PROPOSED; a second editor validates it. */
  createLink: Link;
  /** Adds a measure an aim or sub-outcome is judged by (editor); recorded in the audit trail. */
  createMeasure: Measure;
  /**
   * Loads a file of the given kind (editor): the whole file is checked first and every problem reported with
   * line and column (`extensions.problems`), and nothing is written unless it is all valid; then in one
   * transaction. Loading the same file again changes nothing; `dryRun` returns the diff without writing.
   * Kinds: `links`, `partner-priorities`, `business-plan-commitments`, `thread-items`, `savings-lines` (see
   * docs/import.md and docs/finance.md). Headings are read as councils write them; `mapping` says what the rest
   * are (YAML: `sheet`, `header_row`, `units`, `columns`, `defaults`, `organisations`, `statuses`), and a mapping
   * given once is remembered for the `source`, so the next file of that source imports without it.
   */
  importFile: ImportResult;
  /** Records an owner's update on an action for a period (editor); audited, and never edited afterwards. */
  recordActionUpdate: ActionUpdate;
  /** Records a measure's value for a period, or corrects one (editor); the audit trail keeps both. */
  recordMeasureValue: MeasureValue;
  /** Loads an export into an EMPTY graph, all or nothing (admin). */
  restoreGraph: RestoreResult;
  /** Retires an aim or action (editor); its analyst links become SUSPECT. */
  retireItem: ItemChange;
  /** Retires a link (editor): kept with who, when and why, hidden from default answers. */
  retireLink: Link;
  /** Revokes a token (admin): kept, marked revoked; requests with it get UNAUTHENTICATED. */
  revokeApiToken: ApiToken;
  /** Rewords an aim or action (editor); its analyst links become SUSPECT. */
  rewordItem: ItemChange;
  /** Sets a measure's target for a period (editor), with its direction, tolerance and baseline; audited. */
  setMeasureTarget: Measure;
  /** Sets a savings line's status (editor), with the same version check and audit. */
  setSavingsLineStatus: SavingsLine;
  /**
   * Changes a link's rationale, strength or share (editor). CONFLICT if `expectedVersion` is stale. A VALIDATED
   * link goes back to PROPOSED, to be validated again; a change that changes nothing is refused.
   */
  updateLink: Link;
  /**
   * Confirms a PROPOSED link or re-confirms a SUSPECT one (editor): FORBIDDEN to the editor who created the link
   * or made its latest change (compared by token), and refused while either end is retired.
   */
  validateLink: Link;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationApportionSavingsLineArgs = {
  expectedVersion: Scalars['Int']['input'];
  line: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  shares: Array<SavingsShareInput>;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationCreateAimArgs = {
  input: CreateAimInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  role: Role;
  scope?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationCreateLinkArgs = {
  input: CreateLinkInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationCreateMeasureArgs = {
  input: CreateMeasureInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationImportFileArgs = {
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  edition?: InputMaybe<Scalars['String']['input']>;
  format: ImportFormat;
  kind: Scalars['String']['input'];
  mapping?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRecordActionUpdateArgs = {
  input: RecordActionUpdateInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRecordMeasureValueArgs = {
  input: RecordMeasureValueInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRestoreGraphArgs = {
  content: Scalars['String']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRetireItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRetireLinkArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationRewordItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationSetMeasureTargetArgs = {
  input: SetMeasureTargetInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationSetSavingsLineStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  line: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: SavingsStatus;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationUpdateLinkArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateLinkInput;
};


/**
 * The changes the API makes, each by a token with the role it needs, all-or-nothing, each recorded in the audit
 * trail. Each domain adds its own (`extend type Mutation`).
 */
export type MutationValidateLinkArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** An item one link away from the item asked about, and the link between them. */
export type Neighbour = {
  __typename?: 'Neighbour';
  /** True when the link points from the item asked about to this one as stored (Outcome HAS_SUB_OUTCOME SubOutcome); false when it points here. */
  forward: Scalars['Boolean']['output'];
  /** The item at the other end of the link. */
  item: Node;
  /** The link's kind (`HAS_SUB_OUTCOME`, `SUPPORTS`, `ALIGNS_WITH`, `OWNED_BY`, for lineage `RENAMED`...), basis and citation. */
  link: LinkFacts;
};

/** The items one link away from one item, as `neighbourhoods(ids:)` answers per id. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** Its neighbours, as `neighbours(id:)` gives them. */
  neighbours: Array<Neighbour>;
  /** The id asked about. */
  of: Scalars['ID']['output'];
};

/** A new token: `token` is shown this once and cannot be read again. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  /** The token's record, as `apiTokens` lists it (without the secret). */
  apiToken: ApiToken;
  /** The secret, shown this once (only its hash is stored): send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** An item with a global id, stable across requests and releases: pass it to `node(id:)` to fetch the item again. */
export type Node = {
  /** Opaque global id. */
  id: Scalars['ID']['output'];
};

/** A council, committee, board, partnership, NHS body or department. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Other wordings of the organisation: the papers' abbreviations, and names an import mapping recorded ("A&C"), which imports match. */
  aliases: Array<Alias>;
  /** A department's business plans: with `commitments { delivers }`, everything it commits to, up to the outcomes. */
  businessPlans: Array<Document>;
  /** Where a paper names it; null for illustrative organisations. */
  citation?: Maybe<Citation>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the organisation is illustrative data, not named by the papers. */
  illustrative: Scalars['Boolean']['output'];
  /** Stable key, e.g. `lcc`, `health-and-wellbeing-board`, `public-health-department`. */
  key: Scalars['String']['output'];
  /**
   * What the organisation is (as `organisationKind`).
   * @deprecated Use `organisationKind`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  kind: OrganisationKind;
  /** The name as the papers give it, e.g. `Health and Wellbeing Board`. */
  name: Scalars['String']['output'];
  /** How it was read from the papers, where it needed reading (why it is or is not part of the council...). */
  note?: Maybe<Scalars['String']['output']>;
  /** What the organisation is. */
  organisationKind: OrganisationKind;
  /** The organisation it belongs to (a department or committee of the council). */
  partOf?: Maybe<Organisation>;
  /** The organisation that took over its role, as a paper states (the Outcome Advisory Boards were replaced by the Outcome Boards). */
  replacedBy?: Maybe<Organisation>;
  /** The sentence that states the replacement. */
  replacedByCitation?: Maybe<Citation>;
  /** The organisations it replaced. */
  replaces: Array<Organisation>;
};

/** What an organisation is. */
export type OrganisationKind =
  /** A board: internal (Outcome Boards, Transformation Board) or a partnership board (Health and Wellbeing Board). */
  | 'BOARD'
  /** A council committee or the full Council as a meeting body (Cabinet, Scrutiny Commission...). */
  | 'COMMITTEE'
  /** A council (Leicestershire County Council). */
  | 'COUNCIL'
  /** A council department (Chief Executive's Department...). */
  | 'DEPARTMENT'
  /** An NHS organisation. */
  | 'NHS_BODY'
  /** A partnership of organisations (Children and Families Partnership, Local Economic Partnership...). */
  | 'PARTNERSHIP'
  /** A team or group inside the council (Corporate Management Team, Transformation Unit...). */
  | 'TEAM';

/** An item's canonical wording and another wording of it found in a paper. */
export type OtherWording = {
  __typename?: 'OtherWording';
  /** The other wording, with its citation. */
  alias: Alias;
  /** Its canonical wording (the one the data keeps as its name or text). */
  canonical: Scalars['String']['output'];
  /** The item worded differently. */
  item: Node;
};

/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type Outcome = Node & {
  __typename?: 'Outcome';
  /** Other wordings of the outcome in the papers, each cited. */
  aliases: Array<Alias>;
  /** Where the paper states the outcome. */
  citation?: Maybe<Citation>;
  /** Section number or assigned code (see `codeBasis`). */
  code: Scalars['String']['output'];
  /** How the code was decided when the paper does not print one. */
  codeBasis?: Maybe<Scalars['String']['output']>;
  /** The document that states the outcome: a Strategic Plan, or the 2017 Single Outcomes Framework. */
  document: Document;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** Where the outcome came from in the previous plan and what it became in the next, step by step. */
  lineage: Array<LineageStep>;
  /** Measures the outcome is judged by. */
  measures: Array<Measure>;
  /** The boards that monitor this outcome. */
  monitoredBy: Array<Monitoring>;
  /** The outcome's name, e.g. `Clean, Green Future`. */
  name: Scalars['String']['output'];
  /**
   * The text the plan gives under the outcome, describing its focus (the 2018-22 Plan's "What success looks like"),
   * paragraphs separated by blank lines; null where the papers give none.
   */
  narrative?: Maybe<Scalars['String']['output']>;
  /** Where the narrative stands in its paper (the quote is the narrative itself, line breaks as spaces). */
  narrativeCitation?: Maybe<Citation>;
  /** How the outcome was read from the papers, where it needed reading. */
  note?: Maybe<Scalars['String']['output']>;
  /** Partner priorities aligned with this outcome directly. */
  partnerAlignments: Array<Alignment>;
  /** The Strategic Plan the outcome belongs to; null for the 2017 proposed outcomes, which belong to a framework document. */
  plan?: Maybe<StrategicPlan>;
  /** The outcome's progress for a period (see `ProgressRollUp`). */
  progress: ProgressRollUp;
  /** Savings lines that reach the outcome (a share on it or a sub-outcome), optionally of one MTFS edition. */
  savings: ItemSavings;
  /** The outcome statement, as the plan words it. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Sub-outcomes (supporting outcomes in 2018-22), in the plan's order. */
  subOutcomes: Array<SubOutcome>;
  /** Every action supporting the outcome through its sub-outcomes, or linked to the outcome itself (`asOf`: as it stood then). */
  supportingActions: SupportingActionConnection;
  /** Support a paper says the outcome has without listing it, each with its quote. */
  unlistedSupport: Array<UnlistedSupport>;
};


/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type OutcomeLineageArgs = {
  direction?: InputMaybe<LineageDirection>;
};


/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type OutcomeProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type OutcomeSavingsArgs = {
  edition?: InputMaybe<Scalars['String']['input']>;
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A strategic outcome of a plan: the end result the council wants people to experience, e.g. `Clean, Green
 * Future`. Codes are the plan's section numbers where it has them (`5` to `9` in 2022-26).
 */
export type OutcomeSupportingActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An Outcome Board's six-monthly report to Corporate Management Team for a period: key achievements, challenges
 * and priorities, each statement traceable, then each monitored outcome's measures, off-track actions, gaps and
 * savings at risk. Statements are made by rule, not written:
 * - achievements: actions reported COMPLETE in the period; measures GREEN for the period;
 * - challenges: actions OFF_TRACK in the period; measures RED for the period; savings lines at risk;
 * - priorities: actions AT_RISK or OFF_TRACK with the owner's revised date; measures RED and WORSENING.
 */
export type OutcomeBoardReport = {
  __typename?: 'OutcomeBoardReport';
  /** Key achievements. */
  achievements: Array<ReportStatement>;
  /** The moment the report is as of; null for now. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Where a paper says the board reports, and what: the monitoring's citation. */
  basis: Array<Citation>;
  /** The board. */
  board: Organisation;
  /** Key challenges. */
  challenges: Array<ReportStatement>;
  /** True when anything in the report rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** Each outcome the board monitors, in the plan's order. */
  outcomes: Array<OutcomeReport>;
  /** The period reported on (usually a half-year's last quarter, e.g. `2023/24 Q2`). */
  period: Period;
  /** Priorities for the next period. */
  priorities: Array<ReportStatement>;
};

/** Coverage of one outcome: its sub-outcomes' support, kind by kind. */
export type OutcomeCoverage = {
  __typename?: 'OutcomeCoverage';
  /**
   * The mean of the shares, from 0 to 1: 1 when every sub-outcome has every kind of support, listed or said
   * without a list (unlisted support is not punished).
   */
  completeness: Scalars['Float']['output'];
  /** True when the outcome has no sub-outcome at all. */
  hasNoSubOutcomes: Scalars['Boolean']['output'];
  /** The part of `completeness` that rests on illustrative data (the mean of the shares' `illustrativeShare`). */
  illustrativeCompleteness: Scalars['Float']['output'];
  /** The outcome. */
  outcome: Outcome;
  /** Kind by kind, the share of the outcome's sub-outcomes that have it. */
  shares: Array<SupportShare>;
  /** Each sub-outcome's coverage, in the plan's order. */
  subOutcomes: Array<SubOutcomeCoverage>;
  /**
   * Kinds of support a paper says the outcome as a whole has without listing them (for the outcome itself or for
   * every outcome of its plan): shown, not counted for any sub-outcome.
   */
  unlisted: Array<SupportType>;
};

/** One outcome's part of a board's report. */
export type OutcomeReport = {
  __typename?: 'OutcomeReport';
  /** Sub-outcomes below it on which nothing reports: no measure with a value and no action with an update for the period. */
  coverageGaps: Array<SubOutcome>;
  /** Measures judging it or anything below it, with rating and trend, in the plan's order. */
  measures: Array<ReportMeasure>;
  /** Actions below it whose latest update is OFF_TRACK or AT_RISK, with the owner's commentary. */
  offTrackActions: Array<ActionUpdate>;
  /** The outcome. */
  outcome: Outcome;
  /** Its roll-up for the period. */
  rollUp: ProgressRollUp;
  /** Savings lines at risk (AT_RISK or UNACHIEVABLE) reaching it or below it. */
  savingsAtRisk: Array<ReportSavingsLine>;
};

/** An outcome's share of an edition's savings. */
export type OutcomeSavingsTotal = {
  __typename?: 'OutcomeSavingsTotal';
  /** Parts on the outcome itself plus parts on its sub-outcomes. */
  amount: YearlyMoney;
  /** Parts of shares on the outcome itself (not on a sub-outcome). */
  direct: YearlyMoney;
  /** Savings lines with a share on the outcome or one of its sub-outcomes. */
  lines: Scalars['Int']['output'];
  /** The outcome. */
  outcome: Outcome;
  /** Its sub-outcomes' totals (parts of shares on each sub-outcome), in the plan's order. */
  subOutcomes: Array<SubOutcomeSavingsTotal>;
};

/** Relay's page information for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the page's last item, to pass as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are items after this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when the page starts after the first item (an `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A priority of a partner strategy (the Joint Health and Wellbeing Strategy, the Sustainability and
 * Transformation Plan, the Strategic Economic Plan). The council papers do not list these priorities: the ones
 * loaded from the project's seeds are illustrative, and say so in `illustrative`.
 */
export type PartnerPriority = Node & {
  __typename?: 'PartnerPriority';
  /** The council outcomes and sub-outcomes the priority aligns with. */
  alignsWith: Array<Alignment>;
  /** The priority's code in its strategy, e.g. `JHWS-2`. */
  code: Scalars['String']['output'];
  /** Longer wording of the priority, where given; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the priority is illustrative data, not the partnership's own. */
  illustrative: Scalars['Boolean']['output'];
  /** The priority as the strategy words it, e.g. `Staying healthy and well`. */
  name: Scalars['String']['output'];
  /** The priority this one belongs to, for a sub-priority. */
  parent?: Maybe<PartnerPriority>;
  /** The partner strategy it belongs to (a PARTNER_STRATEGY document). */
  strategy: Document;
  /** The priorities under it, in order; empty for one with none. */
  subPriorities: Array<PartnerPriority>;
};

/** One link of a path, in the path's direction. */
export type PathStep = {
  __typename?: 'PathStep';
  /** True when the link points from `from` to `to` as stored (e.g. Aim HAS_ACTION Action); false when the path walks it backwards. */
  forward: Scalars['Boolean']['output'];
  /** The step's first item (the path's direction). */
  from: Node;
  /** The link between them: kind, basis and source. */
  link: LinkFacts;
  /** The step's second item. */
  to: Node;
};

/**
 * A reporting period in the council's financial year (1 April to 31 March). Written one of three ways, and only
 * these (anything else is refused naming the argument):
 * - a year: `2023/24` (April 2023 to March 2024; the second part is the next year's last two digits);
 * - a quarter: `2023/24 Q2` (Q1 is April-June, Q2 July-September, Q3 October-December, Q4 January-March);
 * - a month: `2023/24 M07` (M01 is April, M12 is March; so M07 is October 2023).
 * One period contains another when its months include the other's (`2023/24` contains `2023/24 Q2`, which
 * contains `2023/24 M04`-`M06`).
 */
export type Period = {
  __typename?: 'Period';
  /** Its last day, `YYYY-MM-DD`, e.g. `2023-09-30` for `2023/24 Q2`. */
  end: Scalars['Date']['output'];
  /** The financial year it falls in, e.g. `2023/24`. */
  financialYear: Scalars['String']['output'];
  /** A year, a quarter or a month. */
  kind: PeriodKind;
  /** The period as written, canonical form, e.g. `2023/24 Q2`. */
  label: Scalars['String']['output'];
  /** The period of the same kind just before it, e.g. `2023/24 Q1` for `2023/24 Q2`, `2022/23 Q4` for `2023/24 Q1`. */
  previous: Period;
  /** Its first day, `YYYY-MM-DD`, e.g. `2023-07-01` for `2023/24 Q2`. */
  start: Scalars['Date']['output'];
};

/** How long a period is. */
export type PeriodKind =
  /** A month of a financial year, e.g. `2023/24 M07` (October 2023). */
  | 'MONTH'
  /** A quarter of a financial year, e.g. `2023/24 Q2` (July to September 2023). */
  | 'QUARTER'
  /** A financial year, April to March, e.g. `2023/24`. */
  | 'YEAR';

/** Coverage gaps of a plan, as lists, counts and a completeness score a board can watch rise. */
export type PlanCoverage = {
  __typename?: 'PlanCoverage';
  /** Actions of the plan that support nothing: under no aim or sub-outcome and linked to nothing (at most the plan's actions, by key). */
  actionsSupportingNothing: Array<Action>;
  /** The mean of the plan's shares, from 0 to 1 (unlisted support counts as support; see `SupportShare`). */
  completeness: Scalars['Float']['output'];
  /** Sub-outcomes lacking the given kind of support (all kinds when none given): at most one per sub-outcome of the plan, in the plan's order. */
  gaps: Array<SubOutcomeCoverage>;
  /** The part of `completeness` that rests on illustrative data: asked with `includeIllustrative: false`, completeness falls by this. */
  illustrativeCompleteness: Scalars['Float']['output'];
  /** Each outcome's coverage, in the plan's order. */
  outcomes: Array<OutcomeCoverage>;
  /** Kind by kind, the share of the plan's sub-outcomes that have it. */
  shares: Array<SupportShare>;
  /** Kinds of support a paper says every outcome of the plan has without listing them (e.g. 2022-26's aims and actions). */
  unlisted: Array<SupportType>;
  /** True when the answer leaves illustrative data out (`includeIllustrative: false`). */
  withoutIllustrative: Scalars['Boolean']['output'];
};


/** Coverage gaps of a plan, as lists, counts and a completeness score a board can watch rise. */
export type PlanCoverageGapsArgs = {
  lacking?: InputMaybe<Array<SupportType>>;
};

/** What changed in one thing between the previous period and this one. */
export type ProgressChange = {
  __typename?: 'ProgressChange';
  /** Its status or rating in this period. */
  after: Scalars['String']['output'];
  /** Its status or rating in the previous period (`NO_DATA`/none when it had none). */
  before?: Maybe<Scalars['String']['output']>;
  /** True when the change rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The action or measure that changed. */
  item: Node;
  /** The update or value behind the new status: its id. */
  tracesTo?: Maybe<Scalars['ID']['output']>;
};

/**
 * Progress of a plan, outcome, sub-outcome or aim for one period: everything below it counted. Actions count at
 * their latest update up to the period's end; measures (those judging the item or anything below it) at their
 * value for the period; savings lines are those with a share to the item or below it.
 */
export type ProgressRollUp = {
  __typename?: 'ProgressRollUp';
  /** Actions below the item by status, every status listed (zeros included), with the previous period's counts. */
  actionsByStatus: Array<ActionStatusCount>;
  /** Actions below the item with no update at all up to the period's end. */
  actionsNeverUpdated: Scalars['Int']['output'];
  /** The moment the answer is as of: null for now, else as recorded by then (later records and corrections left out). */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Actions whose status and measures whose rating differ from the previous period's. */
  changes: Array<ProgressChange>;
  /** True when any count rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The item rolled up. */
  item: Node;
  /** Measures by RAG rating for the period, every rating listed, with the previous period's counts. */
  measuresByRag: Array<RagCount>;
  /** The period. */
  period: Period;
  /** Savings lines behind the item by status, every status listed. */
  savingsLinesByStatus: Array<SavingsLineStatusCount>;
};

/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type Query = {
  __typename?: 'Query';
  /** Every API token, active and revoked (admin). */
  apiTokens: Array<ApiToken>;
  /**
   * The councils whose plans the graph holds, by name. Every look-up of a plan, outcome, sub-outcome, MTFS
   * edition or savings line takes one of them as its `council` argument (its key, its name or its place name);
   * without one it means the council marked `default` (the deployment's GT_DEFAULT_COUNCIL).
   */
  councils: Array<Council>;
  /** One document (strategy, plan, programme, MTFS edition) by its key, e.g. `jhws` or `2022-26`. Null when none. */
  document?: Maybe<Document>;
  /** Documents of the given kinds, by title (all kinds when none given): at most `first` (up to 500); ask by kind for the rest. */
  documents: Array<Document>;
  /**
   * The whole graph (or one plan's tree) as a JSON export (admin): the same format `npm run export` writes and
   * `restoreGraph` / `npm run restore` load.
   */
  exportGraph: Scalars['String']['output'];
  /**
   * The audit trail of one item or link (by its id: other ids are refused), or of one actor, newest first, at
   * most `first` (up to 500). Token management events (token.create, token.revoke) are shown to admins only.
   * When anonymous reading is off, a token scoped to an organisation sees only events about what it may read
   * (its organisation's items and links and what they link to); the others are left out, so a page may hold
   * fewer than `first`. Costs 5,000 (a statement of its own).
   */
  history: Array<AuditEvent>;
  /** Analysts' links by status (default: all but retired), newest first, optionally only those touching a plan. Costs 5,000 (a statement of its own). */
  links: LinkConnection;
  /** One measure by its key, e.g. `measure/HEALTHY-WEIGHT`. Null when none has it. */
  measure?: Maybe<Measure>;
  /**
   * Every measure, the papers' first in their order, then analysts' by when they were added; of one kind when
   * given. To find measures by their words, use `search` (it finds them by name and by other wordings).
   */
  measures: Array<Measure>;
  /**
   * The neighbours of several items at once (ids from any `id` field, at most 100), in the order asked, each
   * as `neighbours(id:)` would answer it, each with at most `first` neighbours (up to 500): how the explorer
   * restores a view of many expanded items in one request (one batched statement for all of them). Repeated ids
   * are answered once.
   */
  neighbourhoods: Array<Neighbourhood>;
  /**
   * The items one link away from an item (id from any `id` field), in either direction, each with the link's
   * kind, direction, basis and citation: to explore the thread a step at a time. `kinds` keeps only links of
   * those kinds (as `link.kind` names them). Retired items and links are left out; at most `first` (up to 500).
   */
  neighbours: Array<Neighbour>;
  /**
   * Any item by its global `id` (the `id` field of every item). Null when no item has that id, when the token
   * (scoped to an organisation, with anonymous reading off) may not read it, or when the caller may not see the
   * record (an API token to anyone but an admin; a token management event to anyone but an unscoped admin).
   */
  node?: Maybe<Node>;
  /**
   * Several items by global id, in the order asked; null in place of an id that matches nothing, names an item
   * the token may not read (scoped to an organisation, with anonymous reading off), or a record the caller may
   * not see (as for `node`).
   */
  nodes: Array<Maybe<Node>>;
  /** An organisation (a department, board or partnership) by key, e.g. `public-health-department`. */
  organisation?: Maybe<Organisation>;
  /**
   * One outcome of a council's plan, by any name it goes by: its code (`9`), its name (`Keeping People Safe and
   * Well`), any wording recorded as an alias, or those as the papers frame them in running text (in quotes or
   * emphasis, with the word "outcome", code and name together: `'Clean, Green Future' Outcome`,
   * `O1 - Strong Economy`). Case, quotes and trailing punctuation do not matter. Null when none matches.
   */
  outcome?: Maybe<Outcome>;
  /** An Outcome Board's six-monthly report for a period: what the board monitors, rated, counted and traced. */
  outcomeBoardReport: OutcomeBoardReport;
  /**
   * Every path between two items (ids from any `id` field) of up to `maxDepth` links (1 to 6), shortest first,
   * through outcomes, sub-outcomes, aims, actions, themes and related strategies. Each step gives the link's
   * kind, direction and source. At most `first` paths (up to 100). Each path search costs 100,000 towards the
   * query's cost limit (a statement of its own): a query holds at most nine.
   */
  paths: Array<ThreadPath>;
  /** Parses a period as the API reads it (see `Period`); BAD_USER_INPUT naming `period` when it is not one. */
  period: Period;
  /**
   * One Strategic Plan of a council, by its period as the papers write it, in any of their forms: `2022-26`,
   * `2022-2026`, `2022 to 2026`, `(2022-26)`, `2018 - 22`, `2014 – 2018`; or by the plan's key (`c007-2022-26`).
   * Null when the council has no plan for that period. An unknown `council` is refused, naming the argument.
   */
  plan?: Maybe<StrategicPlan>;
  /** A council's Strategic Plans, oldest first: the default council's (GT_DEFAULT_COUNCIL) unless `council` names another. */
  plans: Array<StrategicPlan>;
  /** A plan, outcome, sub-outcome or aim's progress for a period, by its id (see `ProgressRollUp`). */
  progress: ProgressRollUp;
  /**
   * The savings of a council's MTFS edition: by the edition's key (`mtfs-2017-21`), or within the council by its
   * period in any wording (`2017/18 to 2020/21`, `2017/18-2020/21`, `2017-21`), its title or an alias. Null when
   * the council has no such edition; an unknown `council` is refused, naming the argument. Every total says how much
   * of it comes from illustrative lines.
   */
  savings?: Maybe<MtfsSavings>;
  /** What the given savings lines (global ids or keys such as `mtfs-2017-21/AC3`) touch. */
  savingsImpact: SavingsImpact;
  /** One savings line of a council's MTFS edition, by the edition (as in `savings`) and the line's reference (`AC3`, any case). */
  savingsLine?: Maybe<SavingsLine>;
  /**
   * Everything whose text mentions the words: names, statements, aims, actions, document titles, other wordings
   * and quotes, ranked by Neo4j's full-text index. Words are matched as typed (no query syntax). Each search
   * costs 150,000 towards the query's cost limit (a statement of its own): a query holds at most six.
   */
  search: SearchResultConnection;
  /**
   * One sub-outcome of a council's plan, by its code (`9.3`), its name, any recorded alias (a variant wording
   * from another paper, `Every child gets the best start in life`, or a typo'd section number, `6.13` for 6.3),
   * or those framed as the papers print them (`sub-outcome 7.1 'Every child gets the best start in life'`).
   * Null when none matches.
   */
  subOutcome?: Maybe<SubOutcome>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryDocumentArgs = {
  key: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<DocumentKind>>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryExportGraphArgs = {
  plan?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryHistoryArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<LinkStatus>>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryMeasureArgs = {
  key: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryMeasuresArgs = {
  kind?: InputMaybe<MeasureKind>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryNeighbourhoodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryNeighboursArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryOrganisationArgs = {
  key: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryOutcomeArgs = {
  code: Scalars['String']['input'];
  council?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryOutcomeBoardReportArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  board: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryPeriodArgs = {
  period: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryPlanArgs = {
  council?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryPlansArgs = {
  council?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QueryProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  of: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QuerySavingsArgs = {
  council?: InputMaybe<Scalars['String']['input']>;
  edition: Scalars['String']['input'];
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QuerySavingsImpactArgs = {
  lines: Array<Scalars['ID']['input']>;
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QuerySavingsLineArgs = {
  council?: InputMaybe<Scalars['String']['input']>;
  edition: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * The questions the API answers. Each domain adds its own (schema/<domain>.graphql, `extend type Query`).
 * On a server where anonymous reading is off (GT_ANONYMOUS_READ=false), a token scoped to an organisation reads
 * what that organisation owns and what its items link to, and nothing else: an item it may not read is null
 * where one item is asked for, null in its place in `nodes(ids:)`, and left out of every other list (`links` and
 * `supportingActions` count only what it may read). Figures the database adds up for an item it may read (an
 * outcome's savings, a plan's coverage, search's `totalCount`) are over the whole graph: they include another
 * organisation's lines or actions that point at that item, though the list of them leaves those out.
 */
export type QuerySubOutcomeArgs = {
  code: Scalars['String']['input'];
  council?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['String']['input'];
};

/**
 * Red, amber or green: where a value stands against its target. Computed, never typed in. The rule, with the
 * measure's `tolerance` (in the measure's own unit, 0 when not set):
 * - HIGHER_IS_BETTER: GREEN when value >= target; AMBER when target - tolerance <= value < target; RED when
 *   value < target - tolerance.
 * - LOWER_IS_BETTER: GREEN when value <= target; AMBER when target < value <= target + tolerance; RED when
 *   value > target + tolerance.
 * The target used is the one set for the value's own period, or else the one set for the financial year it falls
 * in. NO_TARGET when there is neither (or the measure has no direction); NO_DATA when there is no value.
 */
export type Rag =
  /** Short of target by no more than the measure's tolerance. */
  | 'AMBER'
  /** On or better than target. */
  | 'GREEN'
  /** No value for the period. */
  | 'NO_DATA'
  /** A value but no target for its period (or no direction to judge it by). */
  | 'NO_TARGET'
  /** Short of target by more than the measure's tolerance. */
  | 'RED';

/** How many measures stand at one RAG rating. */
export type RagCount = {
  __typename?: 'RagCount';
  /** Measures with this rating for the period. */
  count: Scalars['Int']['output'];
  /** The same count for the previous period. */
  previousCount: Scalars['Int']['output'];
  /** The rating. */
  rag: Rag;
};

/** An owner's update on an action. */
export type RecordActionUpdateInput = {
  /** Id of the action (`Action.id`); it must be current (not retired). */
  action: Scalars['ID']['input'];
  /** The id of the action's latest update as the owner last read it (null when it had none): else CONFLICT. */
  after?: InputMaybe<Scalars['ID']['input']>;
  /** The owner's commentary, at least 3 characters. */
  commentary: Scalars['String']['input'];
  /** The reporting period, e.g. `2023/24 Q2`. */
  period: Scalars['String']['input'];
  /** A revised completion date, `YYYY-MM-DD`. */
  revisedDate?: InputMaybe<Scalars['String']['input']>;
  /** Where the action stands. */
  status: ActionStatus;
};

/** A value to record for a measure. */
export type RecordMeasureValueInput = {
  /** Id of the measure (`Measure.id`). */
  measure: Scalars['ID']['input'];
  /** A note on the value. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period, e.g. `2023/24 Q2` (see `Period` for the forms). */
  period: Scalars['String']['input'];
  /** Where the figure comes from. */
  source?: InputMaybe<Scalars['String']['input']>;
  /**
   * The id of the current value for the period, when there is one: the new value corrects it (both are kept).
   * Required then, and must still be current (else CONFLICT), so two people cannot correct the same value blind.
   */
  supersedes?: InputMaybe<Scalars['ID']['input']>;
  /** The value, in the measure's unit: a finite number. */
  value: Scalars['Float']['input'];
};

/** Which way a relation points, seen from the document asked about. */
export type RelationDirection =
  /** The document asked about is the object: `other UNDERPINNED_BY this`. */
  | 'INCOMING'
  /** The document asked about is the subject: `this UNDERPINNED_BY other`. */
  | 'OUTGOING';

/** A measure in the report: its value, rating and trend for the period. */
export type ReportMeasure = {
  __typename?: 'ReportMeasure';
  /** True when it rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The measure. */
  measure: Measure;
  /** Its rating for the period. */
  rag: Rag;
  /** Its trend over the last four periods of the value's kind. */
  trend: Trend;
  /** Its value for the period; null when none. */
  value?: Maybe<MeasureValue>;
};

/** A savings line at risk behind one of the board's outcomes. */
export type ReportSavingsLine = {
  __typename?: 'ReportSavingsLine';
  /** Measures of that outcome or sub-outcome that are RED or WORSENING for the period (the case for looking at the line). */
  fallingMeasures: Array<Measure>;
  /** True when it rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The line. */
  line: SavingsLine;
  /** The outcome or sub-outcome it reaches. */
  reaches: Node;
  /** Its status (AT_RISK or UNACHIEVABLE). */
  status: SavingsStatus;
};

/** One sentence of the report, with what it rests on. */
export type ReportStatement = {
  __typename?: 'ReportStatement';
  /** True when it rests on illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The outcome it is about. */
  outcome: Outcome;
  /** The sentence, e.g. `9.3-A1-4 is off track: <the owner's commentary>`. */
  text: Scalars['String']['output'];
  /** What it is traceable to. */
  tracesTo: Trace;
};

/** What a restore loaded. */
export type RestoreResult = {
  __typename?: 'RestoreResult';
  /** Links (relationships) written. */
  links: Scalars['Int']['output'];
  /** Nodes written (items, audit events, tokens' hashes...). */
  nodes: Scalars['Int']['output'];
};

/** A caller's role: viewer reads; editor also writes links and items and imports; admin also manages tokens and restores. */
export type Role =
  /** Everything an editor may, and manages tokens, exports and restores the graph. */
  | 'ADMIN'
  /** Also makes, changes, validates and retires links; adds, rewords and retires aims, actions and measures; imports files. */
  | 'EDITOR'
  /** Reads (also when anonymous reading is off, GT_ANONYMOUS_READ=false). */
  | 'VIEWER';

/** A share of a savings line apportioned to a council outcome or sub-outcome (an AFFECTS link). */
export type SavingsApportionment = {
  __typename?: 'SavingsApportionment';
  /** The line's amounts that fall on the target under this share (rounded by the apportionment rule). */
  amount: YearlyMoney;
  /** True when the share is illustrative data. */
  illustrative: Scalars['Boolean']['output'];
  /** The savings line the share belongs to. */
  line: SavingsLine;
  /** The share in basis points (100 = 1%), as stored. */
  shareBasisPoints: Scalars['Int']['output'];
  /** The share in percent, e.g. 33.33. */
  sharePercent: Scalars['Float']['output'];
  /** The outcome or sub-outcome. */
  target: Node;
};

/** Money flowing from a department's savings lines to an outcome (or to nothing: unapportioned). */
export type SavingsFlow = {
  __typename?: 'SavingsFlow';
  /** The money from the department's lines falling on the outcome, per year and in total. */
  amount: YearlyMoney;
  /** The department the money comes from; null for lines with no department. */
  department?: Maybe<Organisation>;
  /** Null for the unapportioned part. */
  outcome?: Maybe<Outcome>;
};

/** What one or several savings lines touch. */
export type SavingsImpact = {
  __typename?: 'SavingsImpact';
  /** The items as CSV: one row per item and share. */
  csv: Scalars['String']['output'];
  /** True when any of the lines is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Outcomes, then sub-outcomes, then aims, then actions; each with the shares that reach it. */
  items: Array<ImpactedItem>;
  /** The savings lines asked about. */
  lines: Array<SavingsLine>;
  /** Their savings, per year and in total. */
  total: YearlyMoney;
};

/**
 * A line of the Medium Term Financial Strategy's savings: a reference unique within its MTFS edition, the
 * department, amounts per financial year and a status, apportioned by shares to council outcomes or
 * sub-outcomes. The papers give no savings lines: those loaded from the project's seeds are illustrative and
 * say so in `illustrative` and `illustrativeNote`.
 */
export type SavingsLine = Node & {
  __typename?: 'SavingsLine';
  /** The line's savings per financial year of its edition and in total (each saying how much is illustrative). */
  amounts: YearlyMoney;
  /** The line's shares on outcomes and sub-outcomes (they add up to at most 100%). */
  apportionments: Array<SavingsApportionment>;
  /** The department the line belongs to; null where the spreadsheet names none. */
  department?: Maybe<Organisation>;
  /** What the line saves, in finance's words, e.g. `Review of high-cost care packages` (every line has one; nullable as a partner priority's `description` is, so the two ask alike). */
  description?: Maybe<Scalars['String']['output']>;
  /** The MTFS edition (a FINANCIAL_STRATEGY document). */
  edition: Document;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** True when the line is illustrative data, not the council's figures (all of the seeds' lines). */
  illustrative: Scalars['Boolean']['output'];
  /** Why the line is illustrative, when it is. */
  illustrativeNote?: Maybe<Scalars['String']['output']>;
  /** What the line touches: outcomes, sub-outcomes, aims and actions, with shares. */
  impact: SavingsImpact;
  /** `<edition>/<reference>`, e.g. `mtfs-2017-21/AC3`. */
  key: Scalars['String']['output'];
  /** True when the line has at least one share. */
  mapped: Scalars['Boolean']['output'];
  /** The line's reference in the MTFS, e.g. `AC3`. */
  reference: Scalars['String']['output'];
  /** Where the line stands. */
  savingsStatus: SavingsStatus;
  /**
   * Where the line stands (as `savingsStatus`).
   * @deprecated Use `savingsStatus`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  status: SavingsStatus;
  /**
   * The status as the imported spreadsheet wrote it, when that was not the status's own word: a RAG rating
   * ("Green", "A", "Amber/Green") or "Complete", read by the rule in docs/finance.md. Null otherwise, and once
   * an editor sets the status.
   */
  statusAsWritten?: Maybe<Scalars['String']['output']>;
  /** The line's unapportioned part, in money (by the apportionment rule, docs/finance.md). */
  unapportioned: YearlyMoney;
  /** The part of the line no share covers, in percent (100 for an unmapped line). */
  unapportionedPercent: Scalars['Float']['output'];
  /** Increases with every change; pass it back as `expectedVersion` when changing the line. */
  version: Scalars['Int']['output'];
};

/** How many savings lines behind the item stand at one status (the finance team's status). */
export type SavingsLineStatusCount = {
  __typename?: 'SavingsLineStatusCount';
  /** Lines reaching the item (an AFFECTS share to it or below it) with this status. */
  count: Scalars['Int']['output'];
  /** The savings line status. */
  status: SavingsStatus;
};

/** Savings identified and delivered against the MTFS target figure the papers give. */
export type SavingsProgress = {
  __typename?: 'SavingsProgress';
  /** Identified minus unachievable. */
  achievable: Money;
  /** Lines AT_RISK. */
  atRisk: Money;
  /** Lines DELIVERED. */
  delivered: Money;
  /** Delivered as a percentage of the target (two decimals). */
  deliveredPercentOfTarget?: Maybe<Scalars['Float']['output']>;
  /** Target minus achievable (negative when the plan over-delivers); null without a target figure. */
  gapToTarget?: Maybe<Money>;
  /** All savings lines of the edition. */
  identified: Money;
  /** True when the lines are illustrative (the target figure itself is always the paper's). */
  illustrative: Scalars['Boolean']['output'];
  /** Of `identified`, the part from illustrative lines: with the project's seeds, all of it (the papers give only the totals). */
  illustrativeIdentified: Money;
  /** Cost-pressure figures the target includes (for 2017/18-2020/21: £25m), with citations. */
  includedCostPressures: Array<FinancialFigure>;
  /** PROPOSED and APPROVED lines not yet delivering. */
  notStarted: Money;
  /** Lines ON_TRACK. */
  onTrack: Money;
  /** The paper's savings requirement for the edition (for 2017/18-2020/21: £66m), with its citation. */
  target?: Maybe<FinancialFigure>;
  /** Lines UNACHIEVABLE (left out of `achievable`). */
  unachievable: Money;
};

/** A share to give a savings line. */
export type SavingsShareInput = {
  /** Percent, more than 0 and at most 100, two decimals at most. */
  sharePercent: Scalars['Float']['input'];
  /** An outcome or sub-outcome: global id or key, e.g. `2018-22/WO.5`. */
  target: Scalars['ID']['input'];
};

/** Where a savings line stands. */
export type SavingsStatus =
  /** Approved, not yet delivering. */
  | 'APPROVED'
  /** Delivering, at risk of falling short. */
  | 'AT_RISK'
  /** Delivered: the saving is made. */
  | 'DELIVERED'
  /** Delivering, on track. */
  | 'ON_TRACK'
  /** Proposed, not yet approved. */
  | 'PROPOSED'
  /** Will not be achieved: not counted as achievable against the target. */
  | 'UNACHIEVABLE';

/** The views of an edition that export to CSV. */
export type SavingsView =
  /** Each department's totals per year, then by status. */
  | 'BY_DEPARTMENT'
  /** Outcomes and sub-outcomes with their apportioned amounts per year, then the unapportioned row and the total. */
  | 'BY_OUTCOME'
  /** Totals per status, per year. */
  | 'BY_STATUS'
  /** Department to outcome amounts (the Sankey's links). */
  | 'FLOWS'
  /** Every line with its amounts and shares, in the format the `savings-lines` import reads. */
  | 'LINES'
  /** The target, the status totals and the gap. */
  | 'PROGRESS'
  /** Lines with no share on any outcome. */
  | 'UNMAPPED';

/** An item whose text matches, with where it sits in the thread. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** The citation of the matched text. */
  citation?: Maybe<Citation>;
  /** Cursor of this hit, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** Which field matched: name, text, statement, title, description, citationQuote, narrative or alias. */
  matchedField: Scalars['String']['output'];
  /** The text that matched: the item's own, or another wording (alias) of it. */
  matchedText: Scalars['String']['output'];
  /** The item found (for an alias hit, the item it is another wording of). */
  node: Node;
  /** Relevance from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
  /** The item's place in the thread, from the top: plan, outcome, sub-outcome, aim. */
  trail: Array<Node>;
};

/** A page of search hits, best first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The page's hits. */
  edges: Array<SearchHitEdge>;
  /** Where the page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
  /**
   * Number of matching items. Exact when `totalCountIsExact` is true (up to 100 matches, or as far as the
   * page reaches); beyond that the index is not asked for more, so the figure is a lower bound: there are at
   * least this many. Paging on with `after` keeps working (up to the 500th hit). For a token scoped to an
   * organisation, with anonymous reading off, hits it may not read are left out of each page (which may then
   * hold fewer than `first`) but are still counted here: the count is the index's, before that filter.
   */
  totalCount: Scalars['Int']['output'];
  /** True when `totalCount` is the exact number of matches; false when it is a lower bound (more may match). */
  totalCountIsExact: Scalars['Boolean']['output'];
};

/** A target to set for a measure, with the rules its rating follows. */
export type SetMeasureTargetInput = {
  /** The baseline value; unchanged when null. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The baseline's period, e.g. `2021/22`; unchanged when null. */
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  /** Which way the measure should move: required when the measure has none yet, else it keeps its own. */
  direction?: InputMaybe<MeasureDirection>;
  /** Id of the measure (`Measure.id`). */
  measure: Scalars['ID']['input'];
  /** The period the target is for, e.g. `2023/24` or `2023/24 Q2`. */
  period: Scalars['String']['input'];
  /** The target, in the measure's unit: a finite number. */
  target: Scalars['Float']['input'];
  /** How far short of target is still AMBER, 0 or more, in the measure's unit; unchanged when null. */
  tolerance?: InputMaybe<Scalars['Float']['input']>;
  /** The measure's `version` as last read (else CONFLICT). */
  version: Scalars['Int']['input'];
};

/** An outcome or sub-outcome several partnerships' strategies support. */
export type SharedGround = {
  __typename?: 'SharedGround';
  /** The ALIGNS_WITH links behind it. */
  alignments: Array<Alignment>;
  /** True when any link behind it is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Of `alignments`, how many are illustrative data. */
  illustrativeAlignments: Scalars['Int']['output'];
  /** Of `strategies`, how many are counted only through illustrative links (they would drop out without them). */
  illustrativeStrategies: Scalars['Int']['output'];
  /** The council outcome or sub-outcome the strategies share. */
  item: Node;
  /** The partnerships owning those strategies, where known. */
  partnerships: Array<Organisation>;
  /** The partner strategies with a priority aligned with it, at least `minStrategies` of them. */
  strategies: Array<Document>;
};

/** A council committee paper (or draft plan) that facts are cited from. Its text is in the project's `seeds/sources/`. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  /** The committee or board the paper went to. */
  body: Scalars['String']['output'];
  /** The officers the paper names to contact, in its order (none for the draft 2018-22 Plan). */
  contactOfficers: Array<ContactOfficer>;
  /** Date of the meeting, when the paper has one. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Path of the paper's text inside the project, e.g. `seeds/sources/hwb-2021-11-25-draft-strategic-plan-2022-26.txt`. */
  file: Scalars['String']['output'];
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** Short stable key, e.g. `hwb-2021-11-25`. */
  key: Scalars['String']['output'];
  /** The paper's title, e.g. `Leicestershire County Council's Strategic Plan 2022-2026 (report of the Chief Executive)`. */
  title: Scalars['String']['output'];
};

/**
 * An action whose owner has not reported for the period: no update for it (or for a period inside it), and the
 * action not already reported COMPLETE or STOPPED.
 */
export type StaleAction = {
  __typename?: 'StaleAction';
  /** The action. */
  action: Action;
  /** Its latest update before the period; null when none was ever recorded. */
  lastUpdate?: Maybe<ActionUpdate>;
  /** Its owner, where known. */
  owner?: Maybe<Organisation>;
};

/** A principle, cross-cutting approach priority or objective stated by a plan or programme. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** Where the paper states it. */
  citation?: Maybe<Citation>;
  /** Code assigned by the project (e.g. `P1`, `A1`, `O1`, `C1`) or printed by the paper (section `11`). */
  code: Scalars['String']['output'];
  /** The plan or programme that states it. */
  document: Document;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /**
   * What kind of statement it is (as `statementKind`).
   * @deprecated Use `statementKind`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  kind: StatementKind;
  /** The statement's name, e.g. `Good Value` or `Service Transformation`. */
  name: Scalars['String']['output'];
  /** What kind of statement it is. */
  statementKind: StatementKind;
  /** Its text, where the paper gives one; null when only a name is given. */
  statementText?: Maybe<Scalars['String']['output']>;
  /**
   * Its text (as `statementText`).
   * @deprecated Use `statementText`: an aim's or an action's `text` is never null, a statement's may be, so a query asking both needed aliases.
   */
  text?: Maybe<Scalars['String']['output']>;
};

/** What kind of statement a plan makes besides its outcomes. */
export type StatementKind =
  /** A cross-cutting priority of the plan's approach (2018-22: Fair and sustainable finance, ...). */
  | 'APPROACH'
  /** A distinct part of a programme (the 2014 Transformation Programme's Service and Enabling Transformation; the Strategic Change Portfolio's four key pillars). */
  | 'COMPONENT'
  /** An objective of a programme (the 2014 Transformation Programme's five). */
  | 'OBJECTIVE'
  /** How the council works to achieve the vision (2018-22: Good Value, Informed, ...). */
  | 'PRINCIPLE'
  /** A section of a plan besides its outcomes (2022-26: enabling services, the MTFS, the Strategic Change Portfolio, Monitoring Outcome Delivery). */
  | 'SECTION';

/** An edition's (or a department's) savings of one status. */
export type StatusSavingsTotal = {
  __typename?: 'StatusSavingsTotal';
  /** The lines' savings of that status, per year and in total. */
  amount: YearlyMoney;
  /** How many lines have that status. */
  lines: Scalars['Int']['output'];
  /** The status. */
  status: SavingsStatus;
};

/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlan = Node & {
  __typename?: 'StrategicPlan';
  /**
   * The alignment matrix: the plan's outcomes against partner strategies, with counts and strength, and how many
   * of the links are illustrative. `includeIllustrative: false` leaves illustrative links out.
   */
  alignmentMatrix: AlignmentMatrix;
  /** Assessments of the plan the papers report (impact screenings). */
  assessments: Array<Assessment>;
  /** Business-plan coverage: for each sub-outcome, the commitments and departments delivering it (empty where none). */
  businessPlanCoverage: Array<SubOutcomeCommitments>;
  /** Where a paper states the plan's status. */
  citation?: Maybe<Citation>;
  /**
   * Coverage gaps: which outcomes and sub-outcomes lack aims, actions, owners, measures, partner links, commitments,
   * told apart from support a paper says they have without listing it. With `asOf` (a date or a UTC time), as the
   * thread stood then (`actionsSupportingNothing` is always as of now). With `includeIllustrative: false`, support
   * that rests only on illustrative data (partner priorities, business-plan commitments, imported examples) is
   * left out, so the shares and completeness are the council's own.
   */
  coverage: PlanCoverage;
  /** The plan's timeline: every decision on it (approved, revised, consulted on, scheduled), oldest first. */
  decisions: Array<Decision>;
  /** Where the plan stands: 2014-18 and 2018-22 APPROVED, 2022-26 DRAFT (in the November 2021 papers). */
  documentStatus: DocumentStatus;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** Stable key: the period for the seed data's council (`2022-26`), prefixed by the council's for others (`c007-2022-26`). */
  key: Scalars['String']['output'];
  /** Measures the plan as a whole is judged by (for 2014-18 and 2018-22, the indicator sets the papers name). */
  measures: Array<Measure>;
  /** Which boards monitor the plan and each of its outcomes and sub-outcomes. */
  monitoring: Array<Monitoring>;
  /** Anything recorded about the plan that is not a fact from a paper (e.g. how its status was inferred). */
  note?: Maybe<Scalars['String']['output']>;
  /** Items of the plan worded differently in another paper: the canonical wording and each other one, cited. */
  otherWordings: Array<OtherWording>;
  /** The plan's strategic outcomes, in the plan's order. */
  outcomes: Array<Outcome>;
  /**
   * The period in the papers' usual form, e.g. `2022-26` (a council's other plans have other periods; other
   * councils' plans may share it). Every plan has one; nullable as a document's `period` is, so the two ask alike.
   */
  period?: Maybe<Scalars['String']['output']>;
  /** The plan's progress for a period (see `ProgressRollUp`). */
  progress: ProgressRollUp;
  /**
   * What underpins, complements, supports and funds the plan, and what it contributes to, as the papers say:
   * MTFS, Transformation Programme, Strategic Change Portfolio, departmental business plans, partner strategies.
   */
  relatedDocuments: Array<DocumentRelation>;
  /** Outcomes and sub-outcomes that at least `minStrategies` partner strategies align with. */
  sharedGround: Array<SharedGround>;
  /** Actions of the plan whose owners have not reported for the period, in the plan's order. */
  staleActions: Array<StaleAction>;
  /** The plan's principles, cross-cutting approach priorities and objectives, where it states them. */
  statements: Array<Statement>;
  /**
   * Where the plan stands (as `documentStatus`).
   * @deprecated Use `documentStatus`: `kind` and `status` on other items have other types, so a query asking several kinds of item needed aliases.
   */
  status: DocumentStatus;
  /**
   * Analysts' links touching the plan that are SUSPECT and wait for an editor, newest first: at most `first`
   * (up to 500). `links(statuses: [SUSPECT], plan:)` pages through every one of them.
   */
  suspectLinks: Array<Link>;
  /** The plan's themes (the 2014-18 plan), in the plan's order. */
  themes: Array<Theme>;
  /** The plan's title, e.g. `Leicestershire County Council Strategic Plan (2022-26)`. */
  title: Scalars['String']['output'];
  /** Support a paper says every outcome of the plan has without listing it (2022-26: aims and actions for each outcome). */
  unlistedSupport: Array<UnlistedSupport>;
  /** The plan's vision statement, where it has one. */
  vision?: Maybe<Scalars['String']['output']>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanAlignmentMatrixArgs = {
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanCoverageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanRelatedDocumentsArgs = {
  kinds?: InputMaybe<Array<DocumentRelationKind>>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanSharedGroundArgs = {
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
  minStrategies?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanStaleActionsArgs = {
  period: Scalars['String']['input'];
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanStatementsArgs = {
  kind?: InputMaybe<StatementKind>;
};


/**
 * A County Council Strategic Plan. The 2018-22 and 2022-26 plans are organised as outcomes and sub-outcomes;
 * the 2014-18 plan as themes of priorities.
 */
export type StrategicPlanSuspectLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcome = Node & {
  __typename?: 'SubOutcome';
  /** The sub-outcome's aims, in the plan's order. */
  aims: Array<Aim>;
  /** Other wordings (and a typo'd code) in the papers, each cited: look-ups by any of them find it. */
  aliases: Array<Alias>;
  /** Business plan commitments delivering the sub-outcome, directly or through its aims and actions. */
  businessPlanCommitments: Array<BusinessPlanCommitment>;
  /** Where the paper states the sub-outcome (and, where printed, its number). */
  citation?: Maybe<Citation>;
  /** Section number such as `9.3`, or an assigned code (see `codeBasis`). */
  code: Scalars['String']['output'];
  /** How the code was decided when the paper does not print it next to the name (a printed section number, list order...). */
  codeBasis?: Maybe<Scalars['String']['output']>;
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** Where the sub-outcome came from in the previous plan and what it became in the next, step by step. */
  lineage: Array<LineageStep>;
  /** Measures the sub-outcome is judged by. */
  measures: Array<Measure>;
  /** The sub-outcome as the canonical paper words it, e.g. `People enjoy long lives in good health`. */
  name: Scalars['String']['output'];
  /** How it was read from the papers, where it needed reading (extraction noise, a wording chosen). */
  note?: Maybe<Scalars['String']['output']>;
  /** The outcome it is under. */
  outcome: Outcome;
  /** Partner priorities aligned with this sub-outcome. */
  partnerAlignments: Array<Alignment>;
  /** The sub-outcome's progress for a period (see `ProgressRollUp`). */
  progress: ProgressRollUp;
  /** Savings lines that reach the sub-outcome (a share on it or on its outcome), optionally of one MTFS edition. */
  savings: ItemSavings;
  /**
   * Every action that supports the sub-outcome: listed under its aims, listed directly under it, or linked to it
   * from elsewhere. Each edge says how, under which aim, and where the paper says so. With `asOf` (a date,
   * `2024-03-31`, or a time, UTC), the answer as the thread stood then: what analysts had linked by that
   * moment and had not yet retired. Items from the papers count as always there.
   */
  supportingActions: SupportingActionConnection;
  /** Support a paper says the sub-outcome has without listing it, each with its quote (coverage reports it as `unlisted`, not as a gap). */
  unlistedSupport: Array<UnlistedSupport>;
};


/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcomeLineageArgs = {
  direction?: InputMaybe<LineageDirection>;
};


/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcomeProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcomeSavingsArgs = {
  edition?: InputMaybe<Scalars['String']['input']>;
  includeIllustrative?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A sub-outcome (a supporting outcome in 2018-22): a more specific result under an outcome, e.g. `9.3 People
 * enjoy long lives in good health`.
 */
export type SubOutcomeSupportingActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A sub-outcome and the business plan commitments delivering it (directly, or through its aims and actions). */
export type SubOutcomeCommitments = {
  __typename?: 'SubOutcomeCommitments';
  /** Commitments delivering it, directly or through its aims and actions; empty where none (a gap). */
  commitments: Array<BusinessPlanCommitment>;
  /** The departments those commitments come from. */
  departments: Array<Organisation>;
  /** The sub-outcome of the plan. */
  subOutcome: SubOutcome;
};

/** What one sub-outcome has behind it, what a paper says it has without listing, and what it lacks. */
export type SubOutcomeCoverage = {
  __typename?: 'SubOutcomeCoverage';
  /** Kinds of support listed in the thread. */
  has: Array<SupportType>;
  /** Kinds of support the sub-outcome has only through illustrative data (a subset of `has`). */
  illustrative: Array<SupportType>;
  /** Kinds of support it has none of, listed or said: the gaps. */
  lacks: Array<SupportType>;
  /** The sub-outcome. */
  subOutcome: SubOutcome;
  /** Kinds of support not listed, which a paper says the sub-outcome has (see its `unlistedSupport` for the quotes). */
  unlisted: Array<SupportType>;
};

/** A sub-outcome's share of an edition's savings. */
export type SubOutcomeSavingsTotal = {
  __typename?: 'SubOutcomeSavingsTotal';
  /** Parts of shares on the sub-outcome, per year and in total. */
  amount: YearlyMoney;
  /** Savings lines with a share on the sub-outcome. */
  lines: Scalars['Int']['output'];
  /** The sub-outcome. */
  subOutcome: SubOutcome;
};

/** A sub-theme of a 2014-18 theme, with its count of priorities. */
export type SubTheme = Node & {
  __typename?: 'SubTheme';
  /** Where the paper states the sub-theme and its count. */
  citation?: Maybe<Citation>;
  /** Code assigned by the project, e.g. `T2.1`. */
  code: Scalars['String']['output'];
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** The sub-theme's name, e.g. `Skills`. */
  name: Scalars['String']['output'];
  /** Number of priorities, as the paper counts them. */
  priorityCount: Scalars['Int']['output'];
};

/** How an action supports an outcome or sub-outcome. */
export type SupportRoute =
  /** Linked from elsewhere by a SUPPORTS link (an analyst's, or a paper's). */
  | 'LINKED'
  /** Listed under one of the sub-outcome's aims. */
  | 'UNDER_AIM'
  /** Listed directly under the sub-outcome, without an aim (the papers summarise some actions so). */
  | 'UNDER_SUB_OUTCOME';

/**
 * The share of sub-outcomes that have one kind of support. A sub-outcome counts when the thread lists such
 * support (`count`) or when a paper says it has some without listing it (`unlisted`): "has none" and "has some
 * the sources do not list" are told apart, and only the first is a gap.
 */
export type SupportShare = {
  __typename?: 'SupportShare';
  /** Sub-outcomes with this kind of support listed in the thread (illustrative data included, unless left out). */
  count: Scalars['Int']['output'];
  /** Sub-outcomes counted in `count` only through illustrative data: asked with `includeIllustrative: false`, they drop out. */
  illustrative: Scalars['Int']['output'];
  /** The part of `share` that rests on illustrative data: illustrative / of, from 0 to 1. */
  illustrativeShare: Scalars['Float']['output'];
  /** Sub-outcomes counted. */
  of: Scalars['Int']['output'];
  /** (count + unlisted) / of, from 0 to 1 (0 when there is nothing to count). */
  share: Scalars['Float']['output'];
  /** The kind of support counted. */
  type: SupportType;
  /** Sub-outcomes without it listed, but which a paper says have some (e.g. 6.1's 'specific aims and actions'). */
  unlisted: Scalars['Int']['output'];
};

/** A kind of support a sub-outcome can have behind it. */
export type SupportType =
  /** An action under it (through an aim or directly) or linked to it. */
  | 'ACTION'
  /** An aim under the sub-outcome. */
  | 'AIM'
  /** A departmental business plan commitment delivering it. */
  | 'BUSINESS_PLAN_COMMITMENT'
  /** A measure (indicator) it is judged by. */
  | 'MEASURE'
  /** An owning department, on the sub-outcome or on one of its actions. */
  | 'OWNER'
  /** A partner strategy priority aligned with it. */
  | 'PARTNER_PRIORITY';

/** A page of the actions supporting an outcome or sub-outcome. */
export type SupportingActionConnection = {
  __typename?: 'SupportingActionConnection';
  /** The page's actions, each with how it supports. */
  edges: Array<SupportingActionEdge>;
  /** Where the page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
  /** All supporting actions, whatever page is asked for (for a scoped token with anonymous reading off, those it may read). */
  totalCount: Scalars['Int']['output'];
};

/** An action supporting the outcome or sub-outcome asked about, and how it does. */
export type SupportingActionEdge = {
  __typename?: 'SupportingActionEdge';
  /** The aim it is listed under, for UNDER_AIM. */
  aim?: Maybe<Aim>;
  /** Where the paper lists the action (for LINKED, where the link is stated). */
  citation?: Maybe<Citation>;
  /** Cursor of this action, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** Whether it is listed under an aim, directly under the sub-outcome, or linked. */
  how: SupportRoute;
  /** The SUPPORTS link, for LINKED: basis, rationale or citation, who made it. */
  link?: Maybe<LinkFacts>;
  /** The action. */
  node: Action;
  /** The sub-outcome it supports through (the one asked about, or for an outcome one of its sub-outcomes). */
  subOutcome?: Maybe<SubOutcome>;
};

/** A theme of the 2014-18 plan, counting the supporting priorities under it. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Where the paper states the theme and its count. */
  citation?: Maybe<Citation>;
  /** Code assigned by the project, `T1` to `T5` in the paper's order. */
  code: Scalars['String']['output'];
  /** Opaque global id, stable across requests: pass it to `node(id:)` to fetch this item again. */
  id: Scalars['ID']['output'];
  /** What the 2014-18 theme became in the 2018-22 plan. */
  lineage: Array<LineageStep>;
  /** The theme's name, e.g. `Enabling Economic Growth`. */
  name: Scalars['String']['output'];
  /** How the theme was read, where it needed reading (Better Care's count is a sum). */
  note?: Maybe<Scalars['String']['output']>;
  /** Number of supporting priorities, as the paper counts them (the priorities themselves are not in the papers). */
  priorityCount: Scalars['Int']['output'];
  /** Its sub-themes, in the paper's order; empty for a theme with none. */
  subThemes: Array<SubTheme>;
};


/** A theme of the 2014-18 plan, counting the supporting priorities under it. */
export type ThemeLineageArgs = {
  direction?: InputMaybe<LineageDirection>;
};

/** A path between two items, link by link. */
export type ThreadPath = {
  __typename?: 'ThreadPath';
  /** The items along the path, from the start to the end. */
  items: Array<Node>;
  /** Number of links. */
  length: Scalars['Int']['output'];
  /** The links along the path, in the path's direction. */
  steps: Array<PathStep>;
};

/** What one report statement is traceable to. */
export type Trace = {
  __typename?: 'Trace';
  /** The paper's words, for CITATION. */
  citation?: Maybe<Citation>;
  /** What kind of record it is. */
  kind: TraceKind;
  /** The savings line, for SAVINGS_LINE. */
  savingsLine?: Maybe<SavingsLine>;
  /** The update, for ACTION_UPDATE. */
  update?: Maybe<ActionUpdate>;
  /** The value, for MEASURE_VALUE. */
  value?: Maybe<MeasureValue>;
};

/** What a report statement rests on. */
export type TraceKind =
  /** An owner's action update (`update`). */
  | 'ACTION_UPDATE'
  /** The plan's structure, from a paper (`citation`). */
  | 'CITATION'
  /** A measure's value (`value`). */
  | 'MEASURE_VALUE'
  /** A savings line's status (`savingsLine`). */
  | 'SAVINGS_LINE';

/**
 * Which way a measure has gone over its last values, judged by its direction: the latest value compared with
 * the earliest in the window (values of the same period kind, up to the period asked).
 */
export type Trend =
  /** Moved the way the measure should (up when higher is better, down when lower is better). */
  | 'IMPROVING'
  /** Fewer than two values in the window, or no direction: nothing to compare. */
  | 'NOT_ENOUGH_DATA'
  /** The latest value equals the earliest. */
  | 'STEADY'
  /** Moved the wrong way. */
  | 'WORSENING';

/**
 * Support a paper says an item has but does not list, with the quote: "specific aims and actions to deliver the
 * sub-outcome" (6.1, 9.1), "aims and actions to tackle climate change" (Clean, Green Future), or for a whole plan
 * "All actions within the Plan are from existing service/business plans and strategies".
 */
export type UnlistedSupport = {
  __typename?: 'UnlistedSupport';
  /** The passage that says so. */
  citation?: Maybe<Citation>;
  /** The kinds of support the paper says the item has. */
  kinds: Array<SupportType>;
  /** How the quote was read, where it needed reading (e.g. which sub-outcome an outcome's aims belong to). */
  note?: Maybe<Scalars['String']['output']>;
};

/** What to change in a link; a field left out stays as it is. A VALIDATED link goes back to PROPOSED. */
export type UpdateLinkInput = {
  /** The new rationale. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The new share, in percent: above 0 and at most 100. */
  share?: InputMaybe<Scalars['Float']['input']>;
  /** The new strength. */
  strength?: InputMaybe<AlignmentStrength>;
};

/** An amount for one financial year. */
export type YearAmount = {
  __typename?: 'YearAmount';
  /** The amount for the year. */
  amount: Money;
  /** The part of `amount` that comes from illustrative savings lines (all of it with the project's seeds). */
  illustrativePart: Money;
  /** The financial year as the council writes it, e.g. `2017/18`. */
  year: Scalars['String']['output'];
};

/** Amounts per financial year and their total, and how much of them rests on illustrative data. */
export type YearlyMoney = {
  __typename?: 'YearlyMoney';
  /** The part of `total` that comes from illustrative savings lines: zero when it is all the council's figures. */
  illustrativePart: Money;
  /** The sum of the years. */
  total: Money;
  /** One entry per financial year of the MTFS edition, in order (zero where there is nothing). */
  years: Array<YearAmount>;
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
  Node: ( ActionModel ) | ( AimModel ) | ( TokenRecord ) | ( AuditEventModel ) | ( CommitmentModel ) | ( DocumentModel ) | ( LinkModel ) | ( MeasureModel ) | ( OrganisationModel ) | ( OutcomeModel ) | ( PartnerPriorityModel ) | ( SavingsLineModel ) | ( SourceDocumentModel ) | ( StatementModel ) | ( PlanModel ) | ( SubOutcomeModel ) | ( SubThemeModel ) | ( ThemeModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: ResolverTypeWrapper<ActionModel>;
  ActionStatus: ActionStatus;
  ActionStatusCount: ResolverTypeWrapper<ActionStatusCount>;
  ActionUpdate: ResolverTypeWrapper<ActionUpdateModel>;
  Aim: ResolverTypeWrapper<AimModel>;
  Alias: ResolverTypeWrapper<AliasModel>;
  AliasKind: AliasKind;
  Alignment: ResolverTypeWrapper<AlignmentModel>;
  AlignmentCell: ResolverTypeWrapper<AlignmentCellModel>;
  AlignmentMatrix: ResolverTypeWrapper<AlignmentMatrixModel>;
  AlignmentRow: ResolverTypeWrapper<AlignmentRowModel>;
  AlignmentStrength: AlignmentStrength;
  AmountUnit: AmountUnit;
  ApiToken: ResolverTypeWrapper<TokenRecord>;
  Assessment: ResolverTypeWrapper<AssessmentModel>;
  AssessmentKind: AssessmentKind;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessPlanCommitment: ResolverTypeWrapper<CommitmentModel>;
  Citation: ResolverTypeWrapper<CitationModel>;
  ContactOfficer: ResolverTypeWrapper<ContactOfficerModel>;
  CostPressure: ResolverTypeWrapper<CostPressureModel>;
  Council: ResolverTypeWrapper<CouncilModel>;
  CreateActionInput: CreateActionInput;
  CreateAimInput: CreateAimInput;
  CreateLinkInput: CreateLinkInput;
  CreateMeasureInput: CreateMeasureInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<DecisionModel>;
  DecisionKind: DecisionKind;
  DepartmentSavingsTotal: ResolverTypeWrapper<DepartmentSavingsTotalView>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentKind: DocumentKind;
  DocumentRelation: ResolverTypeWrapper<DocumentRelationView>;
  DocumentRelationKind: DocumentRelationKind;
  DocumentStatus: DocumentStatus;
  FinancialFigure: ResolverTypeWrapper<FinancialFigureModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImpactRelation: ImpactRelation;
  ImpactedItem: ResolverTypeWrapper<ImpactedItemView>;
  ImportChange: ResolverTypeWrapper<ImportChangeModel>;
  ImportChangeKind: ImportChangeKind;
  ImportColumnMatch: ImportColumnMatch;
  ImportColumnReading: ResolverTypeWrapper<ImportColumnReading>;
  ImportFormat: ImportFormat;
  ImportReading: ResolverTypeWrapper<ImportReading>;
  ImportResult: ResolverTypeWrapper<ImportResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ItemChange: ResolverTypeWrapper<ItemChangeView>;
  ItemReach: ResolverTypeWrapper<ItemReachView>;
  ItemSavings: ResolverTypeWrapper<ItemSavingsView>;
  ItemSavingsLine: ResolverTypeWrapper<ItemSavingsLineView>;
  JudgementConfidence: JudgementConfidence;
  LineageDirection: LineageDirection;
  LineageKind: LineageKind;
  LineageStep: ResolverTypeWrapper<LineageStepModel>;
  Link: ResolverTypeWrapper<LinkModel>;
  LinkBasis: LinkBasis;
  LinkConnection: ResolverTypeWrapper<LinkPage>;
  LinkEdge: ResolverTypeWrapper<LinkEdgeView>;
  LinkFacts: ResolverTypeWrapper<LinkFactsModel>;
  LinkKind: LinkKind;
  LinkStatus: LinkStatus;
  Measure: ResolverTypeWrapper<MeasureModel>;
  MeasureBaseline: ResolverTypeWrapper<Omit<MeasureBaseline, 'period'> & { period?: Maybe<ResolversTypes['Period']> }>;
  MeasureDirection: MeasureDirection;
  MeasureKind: MeasureKind;
  MeasureTarget: ResolverTypeWrapper<MeasureTargetRecord>;
  MeasureTrend: ResolverTypeWrapper<MeasureTrendModel>;
  MeasureValue: ResolverTypeWrapper<MeasureValueModel>;
  MeasuredItem: ResolverTypeWrapper<MeasuredItemModel>;
  Money: ResolverTypeWrapper<MoneyView>;
  Monitoring: ResolverTypeWrapper<MonitoringModel>;
  MtfsSavings: ResolverTypeWrapper<EditionView>;
  Mutation: ResolverTypeWrapper<{}>;
  Neighbour: ResolverTypeWrapper<NeighbourModel>;
  Neighbourhood: ResolverTypeWrapper<Omit<Neighbourhood, 'neighbours'> & { neighbours: Array<ResolversTypes['Neighbour']> }>;
  NewApiToken: ResolverTypeWrapper<Omit<NewApiToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationKind: OrganisationKind;
  OtherWording: ResolverTypeWrapper<OtherWordingView>;
  Outcome: ResolverTypeWrapper<OutcomeModel>;
  OutcomeBoardReport: ResolverTypeWrapper<OutcomeBoardReportModel>;
  OutcomeCoverage: ResolverTypeWrapper<OutcomeCoverageModel>;
  OutcomeReport: ResolverTypeWrapper<OutcomeReportModel>;
  OutcomeSavingsTotal: ResolverTypeWrapper<OutcomeSavingsTotalView>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerPriority: ResolverTypeWrapper<PartnerPriorityModel>;
  PathStep: ResolverTypeWrapper<PathStepView>;
  Pence: ResolverTypeWrapper<Scalars['Pence']['output']>;
  Period: ResolverTypeWrapper<PeriodModel>;
  PeriodKind: PeriodKind;
  PlanCoverage: ResolverTypeWrapper<PlanCoverageModel>;
  ProgressChange: ResolverTypeWrapper<ProgressChangeModel>;
  ProgressRollUp: ResolverTypeWrapper<ProgressRollUpModel>;
  Query: ResolverTypeWrapper<{}>;
  Rag: Rag;
  RagCount: ResolverTypeWrapper<RagCount>;
  RecordActionUpdateInput: RecordActionUpdateInput;
  RecordMeasureValueInput: RecordMeasureValueInput;
  RelationDirection: RelationDirection;
  ReportMeasure: ResolverTypeWrapper<ReportMeasureModel>;
  ReportSavingsLine: ResolverTypeWrapper<ReportSavingsLineModel>;
  ReportStatement: ResolverTypeWrapper<ReportStatementModel>;
  RestoreResult: ResolverTypeWrapper<RestoreResult>;
  Role: Role;
  SavingsApportionment: ResolverTypeWrapper<ApportionmentView>;
  SavingsFlow: ResolverTypeWrapper<SavingsFlowView>;
  SavingsImpact: ResolverTypeWrapper<SavingsImpactView>;
  SavingsLine: ResolverTypeWrapper<SavingsLineModel>;
  SavingsLineStatusCount: ResolverTypeWrapper<SavingsLineStatusCount>;
  SavingsProgress: ResolverTypeWrapper<SavingsProgressView>;
  SavingsShareInput: SavingsShareInput;
  SavingsStatus: SavingsStatus;
  SavingsView: SavingsView;
  SearchHitEdge: ResolverTypeWrapper<SearchHitEdgeView>;
  SearchResultConnection: ResolverTypeWrapper<SearchPage>;
  SetMeasureTargetInput: SetMeasureTargetInput;
  SharedGround: ResolverTypeWrapper<SharedGroundModel>;
  SourceDocument: ResolverTypeWrapper<SourceDocumentModel>;
  StaleAction: ResolverTypeWrapper<StaleActionModel>;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementKind: StatementKind;
  StatusSavingsTotal: ResolverTypeWrapper<StatusSavingsTotalView>;
  StrategicPlan: ResolverTypeWrapper<PlanModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubOutcome: ResolverTypeWrapper<SubOutcomeModel>;
  SubOutcomeCommitments: ResolverTypeWrapper<SubOutcomeCommitmentsView>;
  SubOutcomeCoverage: ResolverTypeWrapper<SubOutcomeCoverageView>;
  SubOutcomeSavingsTotal: ResolverTypeWrapper<SubOutcomeSavingsTotalView>;
  SubTheme: ResolverTypeWrapper<SubThemeModel>;
  SupportRoute: SupportRoute;
  SupportShare: ResolverTypeWrapper<SupportShareModel>;
  SupportType: SupportType;
  SupportingActionConnection: ResolverTypeWrapper<SupportingActionPage>;
  SupportingActionEdge: ResolverTypeWrapper<SupportingActionEdgeView>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  ThreadPath: ResolverTypeWrapper<PathModel>;
  Trace: ResolverTypeWrapper<TraceModel>;
  TraceKind: TraceKind;
  Trend: Trend;
  UnlistedSupport: ResolverTypeWrapper<UnlistedSupportModel>;
  UpdateLinkInput: UpdateLinkInput;
  YearAmount: ResolverTypeWrapper<YearAmountView>;
  YearlyMoney: ResolverTypeWrapper<YearlyMoneyView>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionModel;
  ActionStatusCount: ActionStatusCount;
  ActionUpdate: ActionUpdateModel;
  Aim: AimModel;
  Alias: AliasModel;
  Alignment: AlignmentModel;
  AlignmentCell: AlignmentCellModel;
  AlignmentMatrix: AlignmentMatrixModel;
  AlignmentRow: AlignmentRowModel;
  ApiToken: TokenRecord;
  Assessment: AssessmentModel;
  AuditEvent: AuditEventModel;
  Boolean: Scalars['Boolean']['output'];
  BusinessPlanCommitment: CommitmentModel;
  Citation: CitationModel;
  ContactOfficer: ContactOfficerModel;
  CostPressure: CostPressureModel;
  Council: CouncilModel;
  CreateActionInput: CreateActionInput;
  CreateAimInput: CreateAimInput;
  CreateLinkInput: CreateLinkInput;
  CreateMeasureInput: CreateMeasureInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: DecisionModel;
  DepartmentSavingsTotal: DepartmentSavingsTotalView;
  Document: DocumentModel;
  DocumentRelation: DocumentRelationView;
  FinancialFigure: FinancialFigureModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImpactedItem: ImpactedItemView;
  ImportChange: ImportChangeModel;
  ImportColumnReading: ImportColumnReading;
  ImportReading: ImportReading;
  ImportResult: ImportResultModel;
  Int: Scalars['Int']['output'];
  ItemChange: ItemChangeView;
  ItemReach: ItemReachView;
  ItemSavings: ItemSavingsView;
  ItemSavingsLine: ItemSavingsLineView;
  LineageStep: LineageStepModel;
  Link: LinkModel;
  LinkConnection: LinkPage;
  LinkEdge: LinkEdgeView;
  LinkFacts: LinkFactsModel;
  Measure: MeasureModel;
  MeasureBaseline: Omit<MeasureBaseline, 'period'> & { period?: Maybe<ResolversParentTypes['Period']> };
  MeasureTarget: MeasureTargetRecord;
  MeasureTrend: MeasureTrendModel;
  MeasureValue: MeasureValueModel;
  MeasuredItem: MeasuredItemModel;
  Money: MoneyView;
  Monitoring: MonitoringModel;
  MtfsSavings: EditionView;
  Mutation: {};
  Neighbour: NeighbourModel;
  Neighbourhood: Omit<Neighbourhood, 'neighbours'> & { neighbours: Array<ResolversParentTypes['Neighbour']> };
  NewApiToken: Omit<NewApiToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organisation: OrganisationModel;
  OtherWording: OtherWordingView;
  Outcome: OutcomeModel;
  OutcomeBoardReport: OutcomeBoardReportModel;
  OutcomeCoverage: OutcomeCoverageModel;
  OutcomeReport: OutcomeReportModel;
  OutcomeSavingsTotal: OutcomeSavingsTotalView;
  PageInfo: PageInfo;
  PartnerPriority: PartnerPriorityModel;
  PathStep: PathStepView;
  Pence: Scalars['Pence']['output'];
  Period: PeriodModel;
  PlanCoverage: PlanCoverageModel;
  ProgressChange: ProgressChangeModel;
  ProgressRollUp: ProgressRollUpModel;
  Query: {};
  RagCount: RagCount;
  RecordActionUpdateInput: RecordActionUpdateInput;
  RecordMeasureValueInput: RecordMeasureValueInput;
  ReportMeasure: ReportMeasureModel;
  ReportSavingsLine: ReportSavingsLineModel;
  ReportStatement: ReportStatementModel;
  RestoreResult: RestoreResult;
  SavingsApportionment: ApportionmentView;
  SavingsFlow: SavingsFlowView;
  SavingsImpact: SavingsImpactView;
  SavingsLine: SavingsLineModel;
  SavingsLineStatusCount: SavingsLineStatusCount;
  SavingsProgress: SavingsProgressView;
  SavingsShareInput: SavingsShareInput;
  SearchHitEdge: SearchHitEdgeView;
  SearchResultConnection: SearchPage;
  SetMeasureTargetInput: SetMeasureTargetInput;
  SharedGround: SharedGroundModel;
  SourceDocument: SourceDocumentModel;
  StaleAction: StaleActionModel;
  Statement: StatementModel;
  StatusSavingsTotal: StatusSavingsTotalView;
  StrategicPlan: PlanModel;
  String: Scalars['String']['output'];
  SubOutcome: SubOutcomeModel;
  SubOutcomeCommitments: SubOutcomeCommitmentsView;
  SubOutcomeCoverage: SubOutcomeCoverageView;
  SubOutcomeSavingsTotal: SubOutcomeSavingsTotalView;
  SubTheme: SubThemeModel;
  SupportShare: SupportShareModel;
  SupportingActionConnection: SupportingActionPage;
  SupportingActionEdge: SupportingActionEdgeView;
  Theme: ThemeModel;
  ThreadPath: PathModel;
  Trace: TraceModel;
  UnlistedSupport: UnlistedSupportModel;
  UpdateLinkInput: UpdateLinkInput;
  YearAmount: YearAmountView;
  YearlyMoney: YearlyMoneyView;
};

export type CostDirectiveArgs = {
  base: Scalars['Int']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListLimitDirectiveArgs = {
  distinct?: Maybe<Scalars['Boolean']['input']>;
  max: Scalars['Int']['input'];
  sizesAnswer?: Maybe<Scalars['Boolean']['input']>;
};

export type ListLimitDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  aim?: Resolver<Maybe<ResolversTypes['Aim']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredThrough?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latestUpdate?: Resolver<Maybe<ResolversTypes['ActionUpdate']>, ParentType, ContextType, Partial<ActionLatestUpdateArgs>>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retiredReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subOutcome?: Resolver<Maybe<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  summarised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionStatusCount'] = ResolversParentTypes['ActionStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionUpdate'] = ResolversParentTypes['ActionUpdate']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  commentary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Aim'] = ResolversParentTypes['Aim']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType, RequireFields<AimProgressArgs, 'period'>>;
  subOutcome?: Resolver<Maybe<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  summarised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AliasResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AliasKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alignment'] = ResolversParentTypes['Alignment']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['PartnerPriority'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['AlignmentStrength'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlignmentCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlignmentCell'] = ResolversParentTypes['AlignmentCell']> = {
  alignments?: Resolver<Array<ResolversTypes['Alignment']>, ParentType, ContextType>;
  contributory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlignmentMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlignmentMatrix'] = ResolversParentTypes['AlignmentMatrix']> = {
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AlignmentRow']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  withoutIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlignmentRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlignmentRow'] = ResolversParentTypes['AlignmentRow']> = {
  cells?: Resolver<Array<ResolversTypes['AlignmentCell']>, ParentType, ContextType>;
  illustrativeLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  conclusion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssessmentKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BusinessPlanCommitmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BusinessPlanCommitment'] = ResolversParentTypes['BusinessPlanCommitment']> = {
  businessPlan?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delivers?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type ContactOfficerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContactOfficer'] = ResolversParentTypes['ContactOfficer']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  post?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CostPressureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CostPressure'] = ResolversParentTypes['CostPressure']> = {
  amounts?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CouncilResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Council'] = ResolversParentTypes['Council']> = {
  default?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  financialStrategies?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['StrategicPlan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  body?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DepartmentSavingsTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DepartmentSavingsTotal'] = ResolversParentTypes['DepartmentSavingsTotal']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusSavingsTotal']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['BusinessPlanCommitment']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  documentKind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  documentStatus?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  financialFigures?: Resolver<Array<ResolversTypes['FinancialFigure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ownerIsIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['PartnerPriority']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['DocumentRelation']>, ParentType, ContextType, Partial<DocumentRelationsArgs>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<DocumentStatementsArgs>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unalignedPriorities?: Resolver<Array<ResolversTypes['PartnerPriority']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentRelation'] = ResolversParentTypes['DocumentRelation']> = {
  basis?: Resolver<ResolversTypes['LinkBasis'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RelationDirection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentRelationKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinancialFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancialFigure'] = ResolversParentTypes['FinancialFigure']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['FinancialFigure']>, ParentType, ContextType>;
  partOfCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  partOfNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImpactedItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImpactedItem'] = ResolversParentTypes['ImpactedItem']> = {
  apportioned?: Resolver<Maybe<ResolversTypes['YearlyMoney']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reach?: Resolver<Array<ResolversTypes['ItemReach']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ImportChangeKind'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportColumnReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportColumnReading'] = ResolversParentTypes['ImportColumnReading']> = {
  cell?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['ImportColumnMatch'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['AmountUnit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportReading'] = ResolversParentTypes['ImportReading']> = {
  aliasesRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['ImportColumnReading']>, ParentType, ContextType>;
  headerRow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mappingSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rememberedMappingUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalRowsSkipped?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['ImportReading'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemChange'] = ResolversParentTypes['ItemChange']> = {
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  suspectLinksFlagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemReachResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemReach'] = ResolversParentTypes['ItemReach']> = {
  line?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ImpactRelation'], ParentType, ContextType>;
  through?: Resolver<ResolversTypes['SavingsApportionment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemSavingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemSavings'] = ResolversParentTypes['ItemSavings']> = {
  apportioned?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ItemSavingsLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemSavingsLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemSavingsLine'] = ResolversParentTypes['ItemSavingsLine']> = {
  apportioned?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType>;
  through?: Resolver<Array<ResolversTypes['SavingsApportionment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LineageStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineageStep'] = ResolversParentTypes['LineageStep']> = {
  basis?: Resolver<ResolversTypes['LinkBasis'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['JudgementConfidence'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LineageDirection'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LineageKind'], ParentType, ContextType>;
  partOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<LinkHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retiredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retiredReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['AlignmentStrength']>, ParentType, ContextType>;
  suspectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkConnection'] = ResolversParentTypes['LinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkEdge'] = ResolversParentTypes['LinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkFactsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkFacts'] = ResolversParentTypes['LinkFacts']> = {
  basis?: Resolver<Maybe<ResolversTypes['LinkBasis']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['JudgementConfidence']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['LinkStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  assesses?: Resolver<Array<ResolversTypes['MeasuredItem']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['MeasureBaseline']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['MeasureDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  judges?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  measureKind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['Rag'], ParentType, ContextType, RequireFields<MeasureRagArgs, 'period'>>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['MeasureTarget']>, ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trend?: Resolver<ResolversTypes['MeasureTrend'], ParentType, ContextType, RequireFields<MeasureTrendArgs, 'period' | 'periods'>>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueHistory?: Resolver<Array<ResolversTypes['MeasureValue']>, ParentType, ContextType, RequireFields<MeasureValueHistoryArgs, 'period'>>;
  values?: Resolver<Array<ResolversTypes['MeasureValue']>, ParentType, ContextType, Partial<MeasureValuesArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureBaselineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasureBaseline'] = ResolversParentTypes['MeasureBaseline']> = {
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasureTarget'] = ResolversParentTypes['MeasureTarget']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasureTrend'] = ResolversParentTypes['MeasureTrend']> = {
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trend?: Resolver<ResolversTypes['Trend'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['MeasureValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasureValue'] = ResolversParentTypes['MeasureValue']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['Rag'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasuredItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasuredItem'] = ResolversParentTypes['MeasuredItem']> = {
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['LinkFacts'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  pounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonitoringResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Monitoring'] = ResolversParentTypes['Monitoring']> = {
  board?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MtfsSavingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MtfsSavings'] = ResolversParentTypes['MtfsSavings']> = {
  byDepartment?: Resolver<Array<ResolversTypes['DepartmentSavingsTotal']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['OutcomeSavingsTotal']>, ParentType, ContextType, Partial<MtfsSavingsByOutcomeArgs>>;
  byStatus?: Resolver<Array<ResolversTypes['StatusSavingsTotal']>, ParentType, ContextType>;
  costPressures?: Resolver<Array<ResolversTypes['CostPressure']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MtfsSavingsCsvArgs, 'view'>>;
  edition?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FinancialFigure']>, ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['SavingsFlow']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SavingsLine']>, ParentType, ContextType, RequireFields<MtfsSavingsLinesArgs, 'first'>>;
  progress?: Resolver<ResolversTypes['SavingsProgress'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  unapportioned?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  unmappedLines?: Resolver<Array<ResolversTypes['SavingsLine']>, ParentType, ContextType, RequireFields<MtfsSavingsUnmappedLinesArgs, 'first'>>;
  withoutIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  apportionSavingsLine?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType, RequireFields<MutationApportionSavingsLineArgs, 'expectedVersion' | 'line' | 'shares'>>;
  createAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateActionArgs, 'input'>>;
  createAim?: Resolver<ResolversTypes['Aim'], ParentType, ContextType, RequireFields<MutationCreateAimArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'role'>>;
  createLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'input'>>;
  createMeasure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationCreateMeasureArgs, 'input'>>;
  importFile?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportFileArgs, 'content' | 'dryRun' | 'format' | 'kind' | 'source'>>;
  recordActionUpdate?: Resolver<ResolversTypes['ActionUpdate'], ParentType, ContextType, RequireFields<MutationRecordActionUpdateArgs, 'input'>>;
  recordMeasureValue?: Resolver<ResolversTypes['MeasureValue'], ParentType, ContextType, RequireFields<MutationRecordMeasureValueArgs, 'input'>>;
  restoreGraph?: Resolver<ResolversTypes['RestoreResult'], ParentType, ContextType, RequireFields<MutationRestoreGraphArgs, 'content'>>;
  retireItem?: Resolver<ResolversTypes['ItemChange'], ParentType, ContextType, RequireFields<MutationRetireItemArgs, 'expectedVersion' | 'id' | 'reason'>>;
  retireLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationRetireLinkArgs, 'expectedVersion' | 'id' | 'reason'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  rewordItem?: Resolver<ResolversTypes['ItemChange'], ParentType, ContextType, RequireFields<MutationRewordItemArgs, 'expectedVersion' | 'id' | 'text'>>;
  setMeasureTarget?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationSetMeasureTargetArgs, 'input'>>;
  setSavingsLineStatus?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType, RequireFields<MutationSetSavingsLineStatusArgs, 'expectedVersion' | 'line' | 'status'>>;
  updateLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationUpdateLinkArgs, 'expectedVersion' | 'id' | 'input'>>;
  validateLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationValidateLinkArgs, 'expectedVersion' | 'id'>>;
};

export type NeighbourResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighbour'] = ResolversParentTypes['Neighbour']> = {
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['LinkFacts'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  neighbours?: Resolver<Array<ResolversTypes['Neighbour']>, ParentType, ContextType>;
  of?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NewApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Action' | 'Aim' | 'ApiToken' | 'AuditEvent' | 'BusinessPlanCommitment' | 'Document' | 'Link' | 'Measure' | 'Organisation' | 'Outcome' | 'PartnerPriority' | 'SavingsLine' | 'SourceDocument' | 'Statement' | 'StrategicPlan' | 'SubOutcome' | 'SubTheme' | 'Theme', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  businessPlans?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationKind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  replacedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  replacedByCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  replaces?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherWordingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OtherWording'] = ResolversParentTypes['OtherWording']> = {
  alias?: Resolver<ResolversTypes['Alias'], ParentType, ContextType>;
  canonical?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codeBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['LineageStep']>, ParentType, ContextType, RequireFields<OutcomeLineageArgs, 'direction'>>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  monitoredBy?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  narrativeCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerAlignments?: Resolver<Array<ResolversTypes['Alignment']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['StrategicPlan']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType, RequireFields<OutcomeProgressArgs, 'period'>>;
  savings?: Resolver<ResolversTypes['ItemSavings'], ParentType, ContextType, RequireFields<OutcomeSavingsArgs, 'includeIllustrative'>>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subOutcomes?: Resolver<Array<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  supportingActions?: Resolver<ResolversTypes['SupportingActionConnection'], ParentType, ContextType, RequireFields<OutcomeSupportingActionsArgs, 'first'>>;
  unlistedSupport?: Resolver<Array<ResolversTypes['UnlistedSupport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeBoardReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeBoardReport'] = ResolversParentTypes['OutcomeBoardReport']> = {
  achievements?: Resolver<Array<ResolversTypes['ReportStatement']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  challenges?: Resolver<Array<ResolversTypes['ReportStatement']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['OutcomeReport']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['ReportStatement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeCoverage'] = ResolversParentTypes['OutcomeCoverage']> = {
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hasNoSubOutcomes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeCompleteness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['SupportShare']>, ParentType, ContextType>;
  subOutcomes?: Resolver<Array<ResolversTypes['SubOutcomeCoverage']>, ParentType, ContextType>;
  unlisted?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeReport'] = ResolversParentTypes['OutcomeReport']> = {
  coverageGaps?: Resolver<Array<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['ReportMeasure']>, ParentType, ContextType>;
  offTrackActions?: Resolver<Array<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  rollUp?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType>;
  savingsAtRisk?: Resolver<Array<ResolversTypes['ReportSavingsLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeSavingsTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeSavingsTotal'] = ResolversParentTypes['OutcomeSavingsTotal']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  subOutcomes?: Resolver<Array<ResolversTypes['SubOutcomeSavingsTotal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerPriorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerPriority'] = ResolversParentTypes['PartnerPriority']> = {
  alignsWith?: Resolver<Array<ResolversTypes['Alignment']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['PartnerPriority']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  subPriorities?: Resolver<Array<ResolversTypes['PartnerPriority']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['LinkFacts'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PenceScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Pence'], any> {
  name: 'Pence';
}

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  financialYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanCoverage'] = ResolversParentTypes['PlanCoverage']> = {
  actionsSupportingNothing?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['SubOutcomeCoverage']>, ParentType, ContextType, Partial<PlanCoverageGapsArgs>>;
  illustrativeCompleteness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['OutcomeCoverage']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['SupportShare']>, ParentType, ContextType>;
  unlisted?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  withoutIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgressChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressChange'] = ResolversParentTypes['ProgressChange']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  tracesTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgressRollUpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressRollUp'] = ResolversParentTypes['ProgressRollUp']> = {
  actionsByStatus?: Resolver<Array<ResolversTypes['ActionStatusCount']>, ParentType, ContextType>;
  actionsNeverUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ProgressChange']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  measuresByRag?: Resolver<Array<ResolversTypes['RagCount']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  savingsLinesByStatus?: Resolver<Array<ResolversTypes['SavingsLineStatusCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  councils?: Resolver<Array<ResolversTypes['Council']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'key'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  exportGraph?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryExportGraphArgs>>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first'>>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<QueryLinksArgs, 'first' | 'statuses'>>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType, RequireFields<QueryMeasureArgs, 'key'>>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType, Partial<QueryMeasuresArgs>>;
  neighbourhoods?: Resolver<Array<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodsArgs, 'first' | 'ids'>>;
  neighbours?: Resolver<Array<ResolversTypes['Neighbour']>, ParentType, ContextType, RequireFields<QueryNeighboursArgs, 'first' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'key'>>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType, RequireFields<QueryOutcomeArgs, 'code' | 'plan'>>;
  outcomeBoardReport?: Resolver<ResolversTypes['OutcomeBoardReport'], ParentType, ContextType, RequireFields<QueryOutcomeBoardReportArgs, 'board' | 'period'>>;
  paths?: Resolver<Array<ResolversTypes['ThreadPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxDepth' | 'to'>>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType, RequireFields<QueryPeriodArgs, 'period'>>;
  plan?: Resolver<Maybe<ResolversTypes['StrategicPlan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'period'>>;
  plans?: Resolver<Array<ResolversTypes['StrategicPlan']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  progress?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType, RequireFields<QueryProgressArgs, 'of' | 'period'>>;
  savings?: Resolver<Maybe<ResolversTypes['MtfsSavings']>, ParentType, ContextType, RequireFields<QuerySavingsArgs, 'edition' | 'includeIllustrative'>>;
  savingsImpact?: Resolver<ResolversTypes['SavingsImpact'], ParentType, ContextType, RequireFields<QuerySavingsImpactArgs, 'lines'>>;
  savingsLine?: Resolver<Maybe<ResolversTypes['SavingsLine']>, ParentType, ContextType, RequireFields<QuerySavingsLineArgs, 'edition' | 'reference'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  subOutcome?: Resolver<Maybe<ResolversTypes['SubOutcome']>, ParentType, ContextType, RequireFields<QuerySubOutcomeArgs, 'code' | 'plan'>>;
};

export type RagCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RagCount'] = ResolversParentTypes['RagCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['Rag'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportMeasureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportMeasure'] = ResolversParentTypes['ReportMeasure']> = {
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['Rag'], ParentType, ContextType>;
  trend?: Resolver<ResolversTypes['Trend'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['MeasureValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportSavingsLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportSavingsLine'] = ResolversParentTypes['ReportSavingsLine']> = {
  fallingMeasures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType>;
  reaches?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportStatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportStatement'] = ResolversParentTypes['ReportStatement']> = {
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracesTo?: Resolver<ResolversTypes['Trace'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RestoreResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RestoreResult'] = ResolversParentTypes['RestoreResult']> = {
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsApportionmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsApportionment'] = ResolversParentTypes['SavingsApportionment']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['SavingsLine'], ParentType, ContextType>;
  shareBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsFlowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsFlow'] = ResolversParentTypes['SavingsFlow']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsImpact'] = ResolversParentTypes['SavingsImpact']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ImpactedItem']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SavingsLine']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsLine'] = ResolversParentTypes['SavingsLine']> = {
  amounts?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  apportionments?: Resolver<Array<ResolversTypes['SavingsApportionment']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['SavingsImpact'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savingsStatus?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
  statusAsWritten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unapportioned?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  unapportionedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsLineStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsLineStatusCount'] = ResolversParentTypes['SavingsLineStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavingsProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavingsProgress'] = ResolversParentTypes['SavingsProgress']> = {
  achievable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  atRisk?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveredPercentOfTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapToTarget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  identified?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeIdentified?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  includedCostPressures?: Resolver<Array<ResolversTypes['FinancialFigure']>, ParentType, ContextType>;
  notStarted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['FinancialFigure']>, ParentType, ContextType>;
  unachievable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trail?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SharedGroundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedGround'] = ResolversParentTypes['SharedGround']> = {
  alignments?: Resolver<Array<ResolversTypes['Alignment']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrativeAlignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrativeStrategies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactOfficers?: Resolver<Array<ResolversTypes['ContactOfficer']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaleActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaleAction'] = ResolversParentTypes['StaleAction']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  lastUpdate?: Resolver<Maybe<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statementKind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  statementText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusSavingsTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusSavingsTotal'] = ResolversParentTypes['StatusSavingsTotal']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SavingsStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategicPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StrategicPlan'] = ResolversParentTypes['StrategicPlan']> = {
  alignmentMatrix?: Resolver<ResolversTypes['AlignmentMatrix'], ParentType, ContextType, RequireFields<StrategicPlanAlignmentMatrixArgs, 'includeIllustrative'>>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  businessPlanCoverage?: Resolver<Array<ResolversTypes['SubOutcomeCommitments']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['PlanCoverage'], ParentType, ContextType, RequireFields<StrategicPlanCoverageArgs, 'includeIllustrative'>>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  documentStatus?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  monitoring?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherWordings?: Resolver<Array<ResolversTypes['OtherWording']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType, RequireFields<StrategicPlanProgressArgs, 'period'>>;
  relatedDocuments?: Resolver<Array<ResolversTypes['DocumentRelation']>, ParentType, ContextType, Partial<StrategicPlanRelatedDocumentsArgs>>;
  sharedGround?: Resolver<Array<ResolversTypes['SharedGround']>, ParentType, ContextType, RequireFields<StrategicPlanSharedGroundArgs, 'includeIllustrative' | 'minStrategies'>>;
  staleActions?: Resolver<Array<ResolversTypes['StaleAction']>, ParentType, ContextType, RequireFields<StrategicPlanStaleActionsArgs, 'period'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<StrategicPlanStatementsArgs>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  suspectLinks?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<StrategicPlanSuspectLinksArgs, 'first'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unlistedSupport?: Resolver<Array<ResolversTypes['UnlistedSupport']>, ParentType, ContextType>;
  vision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubOutcome'] = ResolversParentTypes['SubOutcome']> = {
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  businessPlanCommitments?: Resolver<Array<ResolversTypes['BusinessPlanCommitment']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codeBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['LineageStep']>, ParentType, ContextType, RequireFields<SubOutcomeLineageArgs, 'direction'>>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  partnerAlignments?: Resolver<Array<ResolversTypes['Alignment']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProgressRollUp'], ParentType, ContextType, RequireFields<SubOutcomeProgressArgs, 'period'>>;
  savings?: Resolver<ResolversTypes['ItemSavings'], ParentType, ContextType, RequireFields<SubOutcomeSavingsArgs, 'includeIllustrative'>>;
  supportingActions?: Resolver<ResolversTypes['SupportingActionConnection'], ParentType, ContextType, RequireFields<SubOutcomeSupportingActionsArgs, 'first'>>;
  unlistedSupport?: Resolver<Array<ResolversTypes['UnlistedSupport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubOutcomeCommitmentsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubOutcomeCommitments'] = ResolversParentTypes['SubOutcomeCommitments']> = {
  commitments?: Resolver<Array<ResolversTypes['BusinessPlanCommitment']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  subOutcome?: Resolver<ResolversTypes['SubOutcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubOutcomeCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubOutcomeCoverage'] = ResolversParentTypes['SubOutcomeCoverage']> = {
  has?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  illustrative?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  lacks?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  subOutcome?: Resolver<ResolversTypes['SubOutcome'], ParentType, ContextType>;
  unlisted?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubOutcomeSavingsTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubOutcomeSavingsTotal'] = ResolversParentTypes['SubOutcomeSavingsTotal']> = {
  amount?: Resolver<ResolversTypes['YearlyMoney'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subOutcome?: Resolver<ResolversTypes['SubOutcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubTheme'] = ResolversParentTypes['SubTheme']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportShare'] = ResolversParentTypes['SupportShare']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrativeShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SupportType'], ParentType, ContextType>;
  unlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportingActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportingActionConnection'] = ResolversParentTypes['SupportingActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportingActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportingActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportingActionEdge'] = ResolversParentTypes['SupportingActionEdge']> = {
  aim?: Resolver<Maybe<ResolversTypes['Aim']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['SupportRoute'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['LinkFacts']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  subOutcome?: Resolver<Maybe<ResolversTypes['SubOutcome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['LineageStep']>, ParentType, ContextType, RequireFields<ThemeLineageArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subThemes?: Resolver<Array<ResolversTypes['SubTheme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThreadPathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThreadPath'] = ResolversParentTypes['ThreadPath']> = {
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TraceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TraceKind'], ParentType, ContextType>;
  savingsLine?: Resolver<Maybe<ResolversTypes['SavingsLine']>, ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['MeasureValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnlistedSupportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnlistedSupport'] = ResolversParentTypes['UnlistedSupport']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['SupportType']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type YearAmountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearAmount'] = ResolversParentTypes['YearAmount']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  illustrativePart?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type YearlyMoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearlyMoney'] = ResolversParentTypes['YearlyMoney']> = {
  illustrativePart?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['YearAmount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Action?: ActionResolvers<ContextType>;
  ActionStatusCount?: ActionStatusCountResolvers<ContextType>;
  ActionUpdate?: ActionUpdateResolvers<ContextType>;
  Aim?: AimResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  Alignment?: AlignmentResolvers<ContextType>;
  AlignmentCell?: AlignmentCellResolvers<ContextType>;
  AlignmentMatrix?: AlignmentMatrixResolvers<ContextType>;
  AlignmentRow?: AlignmentRowResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  BusinessPlanCommitment?: BusinessPlanCommitmentResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  ContactOfficer?: ContactOfficerResolvers<ContextType>;
  CostPressure?: CostPressureResolvers<ContextType>;
  Council?: CouncilResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DepartmentSavingsTotal?: DepartmentSavingsTotalResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentRelation?: DocumentRelationResolvers<ContextType>;
  FinancialFigure?: FinancialFigureResolvers<ContextType>;
  ImpactedItem?: ImpactedItemResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportColumnReading?: ImportColumnReadingResolvers<ContextType>;
  ImportReading?: ImportReadingResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ItemChange?: ItemChangeResolvers<ContextType>;
  ItemReach?: ItemReachResolvers<ContextType>;
  ItemSavings?: ItemSavingsResolvers<ContextType>;
  ItemSavingsLine?: ItemSavingsLineResolvers<ContextType>;
  LineageStep?: LineageStepResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkConnection?: LinkConnectionResolvers<ContextType>;
  LinkEdge?: LinkEdgeResolvers<ContextType>;
  LinkFacts?: LinkFactsResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MeasureBaseline?: MeasureBaselineResolvers<ContextType>;
  MeasureTarget?: MeasureTargetResolvers<ContextType>;
  MeasureTrend?: MeasureTrendResolvers<ContextType>;
  MeasureValue?: MeasureValueResolvers<ContextType>;
  MeasuredItem?: MeasuredItemResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Monitoring?: MonitoringResolvers<ContextType>;
  MtfsSavings?: MtfsSavingsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbour?: NeighbourResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OtherWording?: OtherWordingResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeBoardReport?: OutcomeBoardReportResolvers<ContextType>;
  OutcomeCoverage?: OutcomeCoverageResolvers<ContextType>;
  OutcomeReport?: OutcomeReportResolvers<ContextType>;
  OutcomeSavingsTotal?: OutcomeSavingsTotalResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerPriority?: PartnerPriorityResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Pence?: GraphQLScalarType;
  Period?: PeriodResolvers<ContextType>;
  PlanCoverage?: PlanCoverageResolvers<ContextType>;
  ProgressChange?: ProgressChangeResolvers<ContextType>;
  ProgressRollUp?: ProgressRollUpResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RagCount?: RagCountResolvers<ContextType>;
  ReportMeasure?: ReportMeasureResolvers<ContextType>;
  ReportSavingsLine?: ReportSavingsLineResolvers<ContextType>;
  ReportStatement?: ReportStatementResolvers<ContextType>;
  RestoreResult?: RestoreResultResolvers<ContextType>;
  SavingsApportionment?: SavingsApportionmentResolvers<ContextType>;
  SavingsFlow?: SavingsFlowResolvers<ContextType>;
  SavingsImpact?: SavingsImpactResolvers<ContextType>;
  SavingsLine?: SavingsLineResolvers<ContextType>;
  SavingsLineStatusCount?: SavingsLineStatusCountResolvers<ContextType>;
  SavingsProgress?: SavingsProgressResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SharedGround?: SharedGroundResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  StaleAction?: StaleActionResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatusSavingsTotal?: StatusSavingsTotalResolvers<ContextType>;
  StrategicPlan?: StrategicPlanResolvers<ContextType>;
  SubOutcome?: SubOutcomeResolvers<ContextType>;
  SubOutcomeCommitments?: SubOutcomeCommitmentsResolvers<ContextType>;
  SubOutcomeCoverage?: SubOutcomeCoverageResolvers<ContextType>;
  SubOutcomeSavingsTotal?: SubOutcomeSavingsTotalResolvers<ContextType>;
  SubTheme?: SubThemeResolvers<ContextType>;
  SupportShare?: SupportShareResolvers<ContextType>;
  SupportingActionConnection?: SupportingActionConnectionResolvers<ContextType>;
  SupportingActionEdge?: SupportingActionEdgeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThreadPath?: ThreadPathResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
  UnlistedSupport?: UnlistedSupportResolvers<ContextType>;
  YearAmount?: YearAmountResolvers<ContextType>;
  YearlyMoney?: YearlyMoneyResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listLimit?: ListLimitDirectiveResolver<any, any, ContextType>;
};
