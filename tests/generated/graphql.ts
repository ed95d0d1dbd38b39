/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** What an alias differs in: the wording or the code. */
export type AliasKind =
  /** A different code or section number for the same item. */
  | 'CODE'
  /** A different wording of the name. */
  | 'NAME';

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

/** What kind of assessment a paper reports. */
export type AssessmentKind =
  /** An equality and human rights impact screening: whether a full impact assessment is needed. */
  | 'EQUALITY_AND_HUMAN_RIGHTS_SCREENING';

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

/** How a savings line reaches an item. */
export type ImpactRelation =
  /** The share is on a sub-outcome of this outcome. */
  | 'ABOVE'
  /** The share is on an outcome or sub-outcome this item sits under. */
  | 'BELOW'
  /** The share is on the item itself. */
  | 'TARGET';

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

/** Who stated a link and on what grounds. */
export type LinkBasis =
  /** An analyst's judgement: see the rationale. */
  | 'ANALYST_JUDGEMENT'
  /** A council paper states it: see the citation. */
  | 'CITED'
  /** Illustrative data, not the council's or a partnership's: see the rationale. */
  | 'ILLUSTRATIVE';

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

/** How long a period is. */
export type PeriodKind =
  /** A month of a financial year, e.g. `2023/24 M07` (October 2023). */
  | 'MONTH'
  /** A quarter of a financial year, e.g. `2023/24 Q2` (July to September 2023). */
  | 'QUARTER'
  /** A financial year, April to March, e.g. `2023/24`. */
  | 'YEAR';

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

/** A caller's role: viewer reads; editor also writes links and items and imports; admin also manages tokens and restores. */
export type Role =
  /** Everything an editor may, and manages tokens, exports and restores the graph. */
  | 'ADMIN'
  /** Also makes, changes, validates and retires links; adds, rewords and retires aims, actions and measures; imports files. */
  | 'EDITOR'
  /** Reads (also when anonymous reading is off, GT_ANONYMOUS_READ=false). */
  | 'VIEWER';

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

/** How an action supports an outcome or sub-outcome. */
export type SupportRoute =
  /** Linked from elsewhere by a SUPPORTS link (an analyst's, or a paper's). */
  | 'LINKED'
  /** Listed under one of the sub-outcome's aims. */
  | 'UNDER_AIM'
  /** Listed directly under the sub-outcome, without an aim (the papers summarise some actions so). */
  | 'UNDER_SUB_OUTCOME';

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

/** What to change in a link; a field left out stays as it is. A VALIDATED link goes back to PROPOSED. */
export type UpdateLinkInput = {
  /** The new rationale. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The new share, in percent: above 0 and at most 100. */
  share?: InputMaybe<Scalars['Float']['input']>;
  /** The new strength. */
  strength?: InputMaybe<AlignmentStrength>;
};

export type BusinessPlansOfPublicHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessPlansOfPublicHealthQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', name: string, illustrative: boolean, businessPlans: Array<{ __typename?: 'Document', title: string, period: string | null, kind: DocumentKind, illustrative: boolean, commitments: Array<{ __typename?: 'BusinessPlanCommitment', code: string, illustrative: boolean, delivers: Array<{ __typename: 'Action', code: string, subOutcome: { __typename?: 'SubOutcome', code: string, outcome: { __typename?: 'Outcome', code: string, name: string } } | null } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' }> }> }> } | null };

export type BusinessPlansBehind93QueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessPlansBehind93Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', businessPlanCommitments: Array<{ __typename?: 'BusinessPlanCommitment', code: string, illustrative: boolean, department: { __typename?: 'Organisation', name: string } | null }> } | null };

export type BusinessPlansCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessPlansCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', businessPlanCoverage: Array<{ __typename?: 'SubOutcomeCommitments', subOutcome: { __typename?: 'SubOutcome', code: string }, commitments: Array<{ __typename?: 'BusinessPlanCommitment', code: string }>, departments: Array<{ __typename?: 'Organisation', key: string }> }> } | null };

export type BusinessPlansShareQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessPlansShareQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, of: number }> } } | null };

export type CoverageUnlistedQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageUnlistedQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', completeness: number, unlisted: Array<SupportType>, shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, unlisted: number, of: number, share: number }>, outcomes: Array<{ __typename?: 'OutcomeCoverage', unlisted: Array<SupportType>, outcome: { __typename?: 'Outcome', code: string }, subOutcomes: Array<{ __typename?: 'SubOutcomeCoverage', has: Array<SupportType>, unlisted: Array<SupportType>, lacks: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }> }>, gaps: Array<{ __typename?: 'SubOutcomeCoverage', subOutcome: { __typename?: 'SubOutcome', code: string } }> } } | null };

export type CoverageUnlistedOf61QueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageUnlistedOf61Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', unlistedSupport: Array<{ __typename?: 'UnlistedSupport', kinds: Array<SupportType>, citation: { __typename?: 'Citation', at: string, quote: string, line: number | null, source: { __typename?: 'SourceDocument', key: string } } | null }> } | null };

export type CoverageUnlistedOf5QueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageUnlistedOf5Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', unlistedSupport: Array<{ __typename?: 'UnlistedSupport', kinds: Array<SupportType>, citation: { __typename?: 'Citation', at: string, quote: string } | null }> } | null };

export type CoverageUnlisted201418QueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageUnlisted201418Query = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', unlisted: Array<SupportType>, completeness: number, outcomes: Array<{ __typename?: 'OutcomeCoverage', outcome: { __typename?: 'Outcome', code: string } }> }, unlistedSupport: Array<{ __typename?: 'UnlistedSupport', citation: { __typename?: 'Citation', at: string } | null }> } | null };

export type FinanceYearlyFragment = { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } };

export type FinanceReconcilesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceReconcilesQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', years: Array<string>, illustrative: boolean, total: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, unapportioned: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, byOutcome: Array<{ __typename?: 'OutcomeSavingsTotal', outcome: { __typename?: 'Outcome', code: string }, amount: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, direct: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, subOutcomes: Array<{ __typename?: 'SubOutcomeSavingsTotal', subOutcome: { __typename?: 'SubOutcome', code: string }, amount: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } } }> }>, lines: Array<{ __typename?: 'SavingsLine', amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } } }> } | null };

export type FinanceSplitsCr5QueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceSplitsCr5Query = { __typename?: 'Query', savingsLine: { __typename?: 'SavingsLine', unapportionedPercent: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, unapportioned: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number, target: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome', code: string } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome' } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' }, amount: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number, pounds: string, formatted: string } } }> } | null };

export type FinanceProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceProgressQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', progress: { __typename?: 'SavingsProgress', illustrative: boolean, target: { __typename?: 'FinancialFigure', amount: { __typename?: 'Money', pence: number }, citation: { __typename?: 'Citation', quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } | null, includedCostPressures: Array<{ __typename?: 'FinancialFigure', amount: { __typename?: 'Money', pence: number }, citation: { __typename?: 'Citation', quote: string } | null }>, identified: { __typename?: 'Money', pence: number }, delivered: { __typename?: 'Money', pence: number }, onTrack: { __typename?: 'Money', pence: number }, atRisk: { __typename?: 'Money', pence: number }, notStarted: { __typename?: 'Money', pence: number }, unachievable: { __typename?: 'Money', pence: number }, achievable: { __typename?: 'Money', pence: number }, gapToTarget: { __typename?: 'Money', pence: number } | null }, byStatus: Array<{ __typename?: 'StatusSavingsTotal', status: SavingsStatus, lines: number, amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }>, costPressures: Array<{ __typename?: 'CostPressure', reference: string, illustrative: boolean, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }> } | null };

export type FinanceByDepartmentQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceByDepartmentQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, byDepartment: Array<{ __typename?: 'DepartmentSavingsTotal', lines: number, department: { __typename?: 'Organisation', key: string, name: string } | null, amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, byStatus: Array<{ __typename?: 'StatusSavingsTotal', amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }> }> } | null };

export type FinanceUnmappedQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceUnmappedQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', unmappedLines: Array<{ __typename?: 'SavingsLine', reference: string, mapped: boolean, unapportionedPercent: number, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, unapportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }>, lines: Array<{ __typename?: 'SavingsLine', reference: string }> } | null };

export type FinanceImpactOfAc3QueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceImpactOfAc3Query = { __typename?: 'Query', savingsImpact: { __typename?: 'SavingsImpact', total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, items: Array<{ __typename?: 'ImpactedItem', item: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, reach: Array<{ __typename?: 'ItemReach', relation: ImpactRelation, through: { __typename?: 'SavingsApportionment', sharePercent: number, target: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } } }>, apportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } | null }> } };

export type FinanceImportPh9MutationVariables = Exact<{
  c: Scalars['String']['input'];
}>;


export type FinanceImportPh9Mutation = { __typename?: 'Mutation', importFile: { __typename?: 'ImportResult', added: number } };

export type FinanceImpactOfPh9QueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceImpactOfPh9Query = { __typename?: 'Query', savingsImpact: { __typename?: 'SavingsImpact', total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, items: Array<{ __typename?: 'ImpactedItem', item: { __typename: 'Action', code: string } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, reach: Array<{ __typename?: 'ItemReach', relation: ImpactRelation }>, apportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } | null }> } };

export type FinanceSavingsOfWoQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceSavingsOfWoQuery = { __typename?: 'Query', outcome: { __typename?: 'Outcome', savings: { __typename?: 'ItemSavings', illustrative: boolean, csv: string, apportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, lines: Array<{ __typename?: 'ItemSavingsLine', line: { __typename?: 'SavingsLine', reference: string }, through: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }>, apportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }> } } | null, savings: { __typename?: 'MtfsSavings', byOutcome: Array<{ __typename?: 'OutcomeSavingsTotal', outcome: { __typename?: 'Outcome', code: string }, amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } } }> } | null };

export type FinanceOutcomesCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceOutcomesCsvQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', csv: string } | null };

export type FinanceOutcomesCsvDownloadQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceOutcomesCsvDownloadQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', csv: string } | null };

export type IllustrativeCoverageQueryVariables = Exact<{
  include: Scalars['Boolean']['input'];
}>;


export type IllustrativeCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', completeness: number, illustrativeCompleteness: number, withoutIllustrative: boolean, shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, unlisted: number, illustrative: number, share: number, illustrativeShare: number }>, outcomes: Array<{ __typename?: 'OutcomeCoverage', subOutcomes: Array<{ __typename?: 'SubOutcomeCoverage', has: Array<SupportType>, illustrative: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }> }> } } | null };

export type IllustrativeMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type IllustrativeMatrixQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', all: { __typename?: 'AlignmentMatrix', links: number, illustrativeLinks: number, illustrative: boolean, rows: Array<{ __typename?: 'AlignmentRow', links: number, illustrativeLinks: number, cells: Array<{ __typename?: 'AlignmentCell', links: number, illustrativeLinks: number }> }> }, own: { __typename?: 'AlignmentMatrix', links: number, illustrativeLinks: number, illustrative: boolean, withoutIllustrative: boolean, strategies: Array<{ __typename?: 'Document', key: string }> } } | null };

export type IllustrativeSharedGroundQueryVariables = Exact<{ [key: string]: never; }>;


export type IllustrativeSharedGroundQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', all: Array<{ __typename?: 'SharedGround', illustrativeAlignments: number, illustrativeStrategies: number, illustrative: boolean, item: { __typename?: 'Action', id: string } | { __typename?: 'Aim', id: string } | { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BusinessPlanCommitment', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Link', id: string } | { __typename?: 'Measure', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'PartnerPriority', id: string } | { __typename?: 'SavingsLine', id: string } | { __typename?: 'SourceDocument', id: string } | { __typename?: 'Statement', id: string } | { __typename?: 'StrategicPlan', id: string } | { __typename?: 'SubOutcome', id: string } | { __typename?: 'SubTheme', id: string } | { __typename?: 'Theme', id: string }, strategies: Array<{ __typename?: 'Document', key: string }>, alignments: Array<{ __typename?: 'Alignment', illustrative: boolean }> }>, own: Array<{ __typename?: 'SharedGround', item: { __typename?: 'Action', id: string } | { __typename?: 'Aim', id: string } | { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BusinessPlanCommitment', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Link', id: string } | { __typename?: 'Measure', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'PartnerPriority', id: string } | { __typename?: 'SavingsLine', id: string } | { __typename?: 'SourceDocument', id: string } | { __typename?: 'Statement', id: string } | { __typename?: 'StrategicPlan', id: string } | { __typename?: 'SubOutcome', id: string } | { __typename?: 'SubTheme', id: string } | { __typename?: 'Theme', id: string } }> } | null };

export type IllustrativeSavingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IllustrativeSavingsQuery = { __typename?: 'Query', all: { __typename?: 'MtfsSavings', illustrativeLines: number, lines: Array<{ __typename?: 'SavingsLine', key: string }>, total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number }, years: Array<{ __typename?: 'YearAmount', amount: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number } }> }, byOutcome: Array<{ __typename?: 'OutcomeSavingsTotal', amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number } } }>, byDepartment: Array<{ __typename?: 'DepartmentSavingsTotal', amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number } } }>, progress: { __typename?: 'SavingsProgress', identified: { __typename?: 'Money', pence: number }, illustrativeIdentified: { __typename?: 'Money', pence: number }, target: { __typename?: 'FinancialFigure', amount: { __typename?: 'Money', pence: number } } | null } } | null, own: { __typename?: 'MtfsSavings', withoutIllustrative: boolean, illustrativeLines: number, lines: Array<{ __typename?: 'SavingsLine', key: string }>, total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number } }, progress: { __typename?: 'SavingsProgress', identified: { __typename?: 'Money', pence: number }, target: { __typename?: 'FinancialFigure', amount: { __typename?: 'Money', pence: number } } | null } } | null };

export type IllustrativeSavingsOfWoQueryVariables = Exact<{ [key: string]: never; }>;


export type IllustrativeSavingsOfWoQuery = { __typename?: 'Query', outcome: { __typename?: 'Outcome', all: { __typename?: 'ItemSavings', lines: Array<{ __typename?: 'ItemSavingsLine', line: { __typename?: 'SavingsLine', key: string } }>, apportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number }, illustrativePart: { __typename?: 'Money', pence: number } } }, own: { __typename?: 'ItemSavings', lines: Array<{ __typename?: 'ItemSavingsLine', line: { __typename?: 'SavingsLine', key: string } }> } } | null };

export type IllustrativeImportMutationVariables = Exact<{
  kind: Scalars['String']['input'];
  format: ImportFormat;
  content: Scalars['String']['input'];
  source: Scalars['String']['input'];
  edition?: InputMaybe<Scalars['String']['input']>;
}>;


export type IllustrativeImportMutation = { __typename?: 'Mutation', importFile: { __typename?: 'ImportResult', added: number } };

export type IllustrativeExamplesLoadedQueryVariables = Exact<{
  link: Scalars['ID']['input'];
}>;


export type IllustrativeExamplesLoadedQuery = { __typename?: 'Query', links: { __typename?: 'SubOutcome', supportingActions: { __typename?: 'SupportingActionConnection', edges: Array<{ __typename?: 'SupportingActionEdge', how: SupportRoute, link: { __typename?: 'LinkFacts', basis: LinkBasis | null, illustrative: boolean } | null }> } } | null, priority: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } | null, jhws: { __typename?: 'Document', priorities: Array<{ __typename?: 'PartnerPriority', code: string, illustrative: boolean }> } | null, plan: { __typename?: 'Document', illustrative: boolean, commitments: Array<{ __typename?: 'BusinessPlanCommitment', code: string, illustrative: boolean }> } | null, line: { __typename?: 'SavingsLine', illustrative: boolean } | null, example: { __typename?: 'StrategicPlan', outcomes: Array<{ __typename?: 'Outcome', subOutcomes: Array<{ __typename?: 'SubOutcome', aims: Array<{ __typename?: 'Aim', actions: Array<{ __typename?: 'Action', code: string, illustrative: boolean }> }> }> }> } | null };

export type IllustrativeExampleCoverageQueryVariables = Exact<{
  include: Scalars['Boolean']['input'];
}>;


export type IllustrativeExampleCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, illustrative: number }>, outcomes: Array<{ __typename?: 'OutcomeCoverage', subOutcomes: Array<{ __typename?: 'SubOutcomeCoverage', has: Array<SupportType>, illustrative: Array<SupportType>, lacks: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }> }> } } | null };

export type LineageAnswerStepFragment = { __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } };

export type LineageAnswersOf5QueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersOf5Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type LineageAnswersOfWoQueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersOfWoQuery = { __typename?: 'Query', outcome: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type LineageAnswersOf7QueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersOf7Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type LineageAnswersDoubtedQueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersDoubtedQuery = { __typename?: 'Query', kps2: { __typename?: 'SubOutcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null, aqh: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null, kps: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, confidence: JudgementConfidence, distance: number, partOnly: boolean, rationale: string, direction: LineageDirection, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type LineageAnswersOfSeQueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersOfSeQuery = { __typename?: 'Query', outcome: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, from: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome', code: string } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome' } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' }, citation: { __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } } | null }> } | null };

export type LineageAnswersSuccessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LineageAnswersSuccessionsQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', relatedDocuments: Array<{ __typename?: 'DocumentRelation', direction: RelationDirection, basis: LinkBasis, rationale: string | null, other: { __typename?: 'Document', key: string } }> } | null };

export type MeasuresMeasureFragment = { __typename?: 'Measure', key: string, kind: MeasureKind, name: string, unit: string | null, citation: { __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } } | null, assesses: Array<{ __typename?: 'MeasuredItem', item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, link: { __typename?: 'LinkFacts', basis: LinkBasis | null, confidence: JudgementConfidence | null, rationale: string | null, citation: { __typename?: 'Citation', at: string, quote: string } | null } }> };

export type MeasuresGldQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresGldQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchHitEdge', matchedField: string, node: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', key: string, kind: MeasureKind, name: string, unit: string | null, citation: { __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } } | null, assesses: Array<{ __typename?: 'MeasuredItem', item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, link: { __typename?: 'LinkFacts', basis: LinkBasis | null, confidence: JudgementConfidence | null, rationale: string | null, citation: { __typename?: 'Citation', at: string, quote: string } | null } }> } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, citation: { __typename?: 'Citation', quote: string } | null }> } };

export type MeasuresByWordingQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresByWordingQuery = { __typename?: 'Query', advice: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchHitEdge', node: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', key: string, judges: { __typename?: 'Action' } | { __typename?: 'Aim', code: string } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome' } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }, weight: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchHitEdge', node: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', key: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }, alias: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchHitEdge', matchedField: string, node: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', key: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } };

export type MeasuresOfItemsQueryVariables = Exact<{
  aim: Scalars['ID']['input'];
}>;


export type MeasuresOfItemsQuery = { __typename?: 'Query', aim: { __typename: 'Action' } | { __typename: 'Aim', measures: Array<{ __typename?: 'Measure', key: string }> } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } | null, wo3: { __typename?: 'SubOutcome', measures: Array<{ __typename?: 'Measure', key: string }> } | null, p14: { __typename?: 'StrategicPlan', measures: Array<{ __typename?: 'Measure', key: string, kind: MeasureKind, citation: { __typename?: 'Citation', at: string } | null }> } | null, p18: { __typename?: 'StrategicPlan', measures: Array<{ __typename?: 'Measure', key: string, kind: MeasureKind }> } | null, sets: Array<{ __typename?: 'Measure', key: string }>, all: Array<{ __typename?: 'Measure', key: string }> };

export type MeasuresCitedQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresCitedQuery = { __typename?: 'Query', measures: Array<{ __typename?: 'Measure', key: string, citation: { __typename?: 'Citation', quote: string } | null, assesses: Array<{ __typename?: 'MeasuredItem', link: { __typename?: 'LinkFacts', basis: LinkBasis | null, citation: { __typename?: 'Citation', quote: string } | null } }> }> };

export type MeasuresCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number }>, outcomes: Array<{ __typename?: 'OutcomeCoverage', subOutcomes: Array<{ __typename?: 'SubOutcomeCoverage', has: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }> }> } } | null };

export type NeighboursOfOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NeighboursOfOneQuery = { __typename?: 'Query', neighbours: Array<{ __typename?: 'Neighbour', forward: boolean, item: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string }, link: { __typename?: 'LinkFacts', kind: string, basis: LinkBasis | null, rationale: string | null, citation: { __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } }> };

export type NeighboursOutcome9QueryVariables = Exact<{ [key: string]: never; }>;


export type NeighboursOutcome9Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', id: string, plan: { __typename?: 'StrategicPlan', id: string } | null, subOutcomes: Array<{ __typename?: 'SubOutcome', id: string }>, lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, from: { __typename?: 'Action', id: string } | { __typename?: 'Aim', id: string } | { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BusinessPlanCommitment', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Link', id: string } | { __typename?: 'Measure', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'PartnerPriority', id: string } | { __typename?: 'SavingsLine', id: string } | { __typename?: 'SourceDocument', id: string } | { __typename?: 'Statement', id: string } | { __typename?: 'StrategicPlan', id: string } | { __typename?: 'SubOutcome', id: string } | { __typename?: 'SubTheme', id: string } | { __typename?: 'Theme', id: string }, to: { __typename?: 'Action', id: string } | { __typename?: 'Aim', id: string } | { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BusinessPlanCommitment', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Link', id: string } | { __typename?: 'Measure', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'PartnerPriority', id: string } | { __typename?: 'SavingsLine', id: string } | { __typename?: 'SourceDocument', id: string } | { __typename?: 'Statement', id: string } | { __typename?: 'StrategicPlan', id: string } | { __typename?: 'SubOutcome', id: string } | { __typename?: 'SubTheme', id: string } | { __typename?: 'Theme', id: string } }> } | null };

export type NeighboursPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighboursPlanQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', id: string, outcomes: Array<{ __typename?: 'Outcome', id: string, subOutcomes: Array<{ __typename?: 'SubOutcome', id: string }> }> } | null };

export type NeighboursOfManyQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NeighboursOfManyQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', of: string, neighbours: Array<{ __typename?: 'Neighbour', forward: boolean, item: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string }, link: { __typename?: 'LinkFacts', kind: string, basis: LinkBasis | null, rationale: string | null, citation: { __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } }> }> };

export type NeighboursIdsOnlyQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NeighboursIdsOnlyQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', of: string, neighbours: Array<{ __typename?: 'Neighbour', item: { __typename?: 'Action', id: string } | { __typename?: 'Aim', id: string } | { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BusinessPlanCommitment', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Link', id: string } | { __typename?: 'Measure', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'PartnerPriority', id: string } | { __typename?: 'SavingsLine', id: string } | { __typename?: 'SourceDocument', id: string } | { __typename?: 'Statement', id: string } | { __typename?: 'StrategicPlan', id: string } | { __typename?: 'SubOutcome', id: string } | { __typename?: 'SubTheme', id: string } | { __typename?: 'Theme', id: string }, link: { __typename?: 'LinkFacts', kind: string } }> }> };

export type NeighboursTooManyQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NeighboursTooManyQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', of: string }> };

export type PartnersMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersMatrixQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', alignmentMatrix: { __typename?: 'AlignmentMatrix', illustrative: boolean, strategies: Array<{ __typename?: 'Document', key: string }>, rows: Array<{ __typename?: 'AlignmentRow', links: number, outcome: { __typename?: 'Outcome', code: string }, cells: Array<{ __typename?: 'AlignmentCell', links: number, primary: number, contributory: number, illustrative: boolean, strategy: { __typename?: 'Document', key: string } }> }> } } | null };

export type PartnersMatrixCellQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersMatrixCellQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', alignmentMatrix: { __typename?: 'AlignmentMatrix', rows: Array<{ __typename?: 'AlignmentRow', outcome: { __typename?: 'Outcome', code: string }, cells: Array<{ __typename?: 'AlignmentCell', strategy: { __typename?: 'Document', key: string }, alignments: Array<{ __typename?: 'Alignment', strength: AlignmentStrength, rationale: string | null, illustrative: boolean, priority: { __typename?: 'PartnerPriority', code: string, name: string, illustrative: boolean }, target: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } }> }> }> } } | null };

export type PartnersJhwsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersJhwsQuery = { __typename?: 'Query', document: { __typename?: 'Document', title: string, ownerIsIllustrative: boolean, owner: { __typename?: 'Organisation', name: string, illustrative: boolean } | null, priorities: Array<{ __typename?: 'PartnerPriority', code: string, name: string, illustrative: boolean, subPriorities: Array<{ __typename?: 'PartnerPriority', code: string }>, alignsWith: Array<{ __typename?: 'Alignment', strength: AlignmentStrength, target: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } }> }>, unalignedPriorities: Array<{ __typename?: 'PartnerPriority', code: string, name: string, illustrative: boolean, parent: { __typename?: 'PartnerPriority', code: string } | null }> } | null };

export type PartnersSharedByThreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersSharedByThreeQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', sharedGround: Array<{ __typename?: 'SharedGround', illustrative: boolean, item: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string, name: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' }, strategies: Array<{ __typename?: 'Document', key: string }>, partnerships: Array<{ __typename?: 'Organisation', name: string, illustrative: boolean }> }> } | null };

export type PartnersSharedByTwoQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersSharedByTwoQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', sharedGround: Array<{ __typename?: 'SharedGround', item: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, strategies: Array<{ __typename?: 'Document', key: string }> }> } | null };

export type PartnersCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, of: number }> } } | null };

export type ProgressMeasureRatingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressMeasureRatingsQuery = { __typename?: 'Query', hw: { __typename?: 'Measure', direction: MeasureDirection | null, tolerance: number, rag: Rag, baseline: { __typename?: 'MeasureBaseline', value: number, period: { __typename?: 'Period', label: string } | null } | null, targets: Array<{ __typename?: 'MeasureTarget', target: number, illustrative: boolean, period: { __typename?: 'Period', label: string } }>, values: Array<{ __typename?: 'MeasureValue', value: number, target: number | null, rag: Rag, illustrative: boolean, source: string | null, period: { __typename?: 'Period', label: string, kind: PeriodKind, start: string, end: string } }>, trend: { __typename?: 'MeasureTrend', trend: Trend, change: number | null, values: Array<{ __typename?: 'MeasureValue', value: number, period: { __typename?: 'Period', label: string } }> } } | null, neet: { __typename?: 'Measure', direction: MeasureDirection | null, values: Array<{ __typename?: 'MeasureValue', value: number, target: number | null, rag: Rag, period: { __typename?: 'Period', label: string } }>, trend: { __typename?: 'MeasureTrend', trend: Trend, change: number | null } } | null, gld: { __typename?: 'Measure', rag: Rag } | null, mw: { __typename?: 'Measure', rag: Rag } | null, bg: { __typename?: 'Measure', rag: Rag, values: Array<{ __typename?: 'MeasureValue', target: number | null, rag: Rag }> } | null, none: { __typename?: 'Measure', direction: MeasureDirection | null, tolerance: number, rag: Rag, values: Array<{ __typename?: 'MeasureValue', value: number }>, trend: { __typename?: 'MeasureTrend', trend: Trend } } | null };

export type ProgressStaleActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressStaleActionsQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', staleActions: Array<{ __typename?: 'StaleAction', action: { __typename?: 'Action', code: string }, owner: { __typename?: 'Organisation', key: string } | null, lastUpdate: { __typename?: 'ActionUpdate', status: ActionStatus, recordedBy: string, period: { __typename?: 'Period', label: string } } | null }> } | null };

export type ProgressActionUpdatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgressActionUpdatesQuery = { __typename?: 'Query', node: { __typename: 'Action', updates: Array<{ __typename?: 'ActionUpdate', status: ActionStatus, commentary: string, revisedDate: string | null, recordedAt: string, recordedBy: string, illustrative: boolean, period: { __typename?: 'Period', label: string }, action: { __typename?: 'Action', code: string } }>, q1: { __typename?: 'ActionUpdate', status: ActionStatus } | null, q2: { __typename?: 'ActionUpdate', status: ActionStatus } | null, before: { __typename?: 'ActionUpdate', status: ActionStatus } | null, latestUpdate: { __typename?: 'ActionUpdate', status: ActionStatus } | null } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } | null };

export type ProgressRollUpFieldsFragment = { __typename?: 'ProgressRollUp', asOf: string | null, illustrative: boolean, actionsNeverUpdated: number, item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, period: { __typename?: 'Period', label: string }, actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number, previousCount: number }>, measuresByRag: Array<{ __typename?: 'RagCount', rag: Rag, count: number, previousCount: number }>, savingsLinesByStatus: Array<{ __typename?: 'SavingsLineStatusCount', status: SavingsStatus, count: number }>, changes: Array<{ __typename?: 'ProgressChange', before: string | null, after: string, tracesTo: string | null, illustrative: boolean, item: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', code: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> };

export type ProgressRollUpOf93QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressRollUpOf93Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', progress: { __typename?: 'ProgressRollUp', asOf: string | null, illustrative: boolean, actionsNeverUpdated: number, item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, period: { __typename?: 'Period', label: string }, actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number, previousCount: number }>, measuresByRag: Array<{ __typename?: 'RagCount', rag: Rag, count: number, previousCount: number }>, savingsLinesByStatus: Array<{ __typename?: 'SavingsLineStatusCount', status: SavingsStatus, count: number }>, changes: Array<{ __typename?: 'ProgressChange', before: string | null, after: string, tracesTo: string | null, illustrative: boolean, item: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', code: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }, aims: Array<{ __typename?: 'Aim', code: string, measures: Array<{ __typename?: 'Measure', code: string, rag: Rag, pre: Rag }>, actions: Array<{ __typename?: 'Action', code: string, latestUpdate: { __typename?: 'ActionUpdate', status: ActionStatus } | null, pre: { __typename?: 'ActionUpdate', status: ActionStatus } | null }> }> } | null };

export type ProgressRollUpOfPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressRollUpOfPlanQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', progress: { __typename?: 'ProgressRollUp', asOf: string | null, illustrative: boolean, actionsNeverUpdated: number, item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, period: { __typename?: 'Period', label: string }, actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number, previousCount: number }>, measuresByRag: Array<{ __typename?: 'RagCount', rag: Rag, count: number, previousCount: number }>, savingsLinesByStatus: Array<{ __typename?: 'SavingsLineStatusCount', status: SavingsStatus, count: number }>, changes: Array<{ __typename?: 'ProgressChange', before: string | null, after: string, tracesTo: string | null, illustrative: boolean, item: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', code: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }, outcomes: Array<{ __typename?: 'Outcome', code: string, progress: { __typename?: 'ProgressRollUp', asOf: string | null, illustrative: boolean, actionsNeverUpdated: number, item: { __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, period: { __typename?: 'Period', label: string }, actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number, previousCount: number }>, measuresByRag: Array<{ __typename?: 'RagCount', rag: Rag, count: number, previousCount: number }>, savingsLinesByStatus: Array<{ __typename?: 'SavingsLineStatusCount', status: SavingsStatus, count: number }>, changes: Array<{ __typename?: 'ProgressChange', before: string | null, after: string, tracesTo: string | null, illustrative: boolean, item: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure', code: string } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }, subOutcomes: Array<{ __typename?: 'SubOutcome', code: string, progress: { __typename?: 'ProgressRollUp', actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number }>, measuresByRag: Array<{ __typename?: 'RagCount', rag: Rag, count: number }> } }> }> } | null };

export type ProgressAsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressAsOfQuery = { __typename?: 'Query', measure: { __typename?: 'Measure', rag: Rag, values: Array<{ __typename?: 'MeasureValue', period: { __typename?: 'Period', label: string } }> } | null };

export type ProgressBoardReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressBoardReportQuery = { __typename?: 'Query', outcomeBoardReport: { __typename?: 'OutcomeBoardReport', illustrative: boolean, board: { __typename?: 'Organisation', key: string }, period: { __typename?: 'Period', label: string }, basis: Array<{ __typename?: 'Citation', at: string, quote: string, source: { __typename?: 'SourceDocument', key: string } }>, achievements: Array<{ __typename?: 'ReportStatement', text: string, illustrative: boolean, outcome: { __typename?: 'Outcome', code: string }, tracesTo: { __typename?: 'Trace', kind: TraceKind, update: { __typename?: 'ActionUpdate', id: string, status: ActionStatus, commentary: string, action: { __typename?: 'Action', code: string } } | null, value: { __typename?: 'MeasureValue', id: string, value: number, target: number | null, rag: Rag, measure: { __typename?: 'Measure', code: string, name: string } } | null, savingsLine: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus } | null, citation: { __typename?: 'Citation', quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } }>, challenges: Array<{ __typename?: 'ReportStatement', text: string, illustrative: boolean, outcome: { __typename?: 'Outcome', code: string }, tracesTo: { __typename?: 'Trace', kind: TraceKind, update: { __typename?: 'ActionUpdate', id: string, status: ActionStatus, commentary: string, action: { __typename?: 'Action', code: string } } | null, value: { __typename?: 'MeasureValue', id: string, value: number, target: number | null, rag: Rag, measure: { __typename?: 'Measure', code: string, name: string } } | null, savingsLine: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus } | null, citation: { __typename?: 'Citation', quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } }>, priorities: Array<{ __typename?: 'ReportStatement', text: string, illustrative: boolean, outcome: { __typename?: 'Outcome', code: string }, tracesTo: { __typename?: 'Trace', kind: TraceKind, update: { __typename?: 'ActionUpdate', id: string, status: ActionStatus, commentary: string, action: { __typename?: 'Action', code: string } } | null, value: { __typename?: 'MeasureValue', id: string, value: number, target: number | null, rag: Rag, measure: { __typename?: 'Measure', code: string, name: string } } | null, savingsLine: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus } | null, citation: { __typename?: 'Citation', quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } }>, outcomes: Array<{ __typename?: 'OutcomeReport', outcome: { __typename?: 'Outcome', code: string }, rollUp: { __typename?: 'ProgressRollUp', actionsByStatus: Array<{ __typename?: 'ActionStatusCount', status: ActionStatus, count: number }> }, measures: Array<{ __typename?: 'ReportMeasure', rag: Rag, trend: Trend, illustrative: boolean, measure: { __typename?: 'Measure', code: string }, value: { __typename?: 'MeasureValue', value: number, target: number | null, period: { __typename?: 'Period', label: string } } | null }>, offTrackActions: Array<{ __typename?: 'ActionUpdate', id: string, status: ActionStatus, commentary: string, revisedDate: string | null, action: { __typename?: 'Action', code: string } }>, coverageGaps: Array<{ __typename?: 'SubOutcome', code: string }>, savingsAtRisk: Array<{ __typename?: 'ReportSavingsLine', status: SavingsStatus, illustrative: boolean, line: { __typename?: 'SavingsLine', reference: string }, reaches: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' }, fallingMeasures: Array<{ __typename?: 'Measure', code: string }> }> }> } };

export type ProgressReportStatementFragment = { __typename?: 'ReportStatement', text: string, illustrative: boolean, outcome: { __typename?: 'Outcome', code: string }, tracesTo: { __typename?: 'Trace', kind: TraceKind, update: { __typename?: 'ActionUpdate', id: string, status: ActionStatus, commentary: string, action: { __typename?: 'Action', code: string } } | null, value: { __typename?: 'MeasureValue', id: string, value: number, target: number | null, rag: Rag, measure: { __typename?: 'Measure', code: string, name: string } } | null, savingsLine: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus } | null, citation: { __typename?: 'Citation', quote: string, source: { __typename?: 'SourceDocument', key: string } } | null } };

export type SavingsImportFileMutationVariables = Exact<{
  content: Scalars['String']['input'];
  source: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  edition?: InputMaybe<Scalars['String']['input']>;
}>;


export type SavingsImportFileMutation = { __typename?: 'Mutation', importFile: { __typename?: 'ImportResult', applied: boolean, added: number, changed: number, unchanged: number, retired: number, changes: Array<{ __typename?: 'ImportChange', change: ImportChangeKind, key: string, line: number | null, before: string | null, after: string | null }> } };

export type SavingsImportLineFragment = { __typename?: 'SavingsLine', reference: string, status: SavingsStatus, version: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }> };

export type SavingsImportLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportLinesQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number } }, lines: Array<{ __typename?: 'SavingsLine', reference: string, status: SavingsStatus, version: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }> }> } | null };

export type SavingsImportExportQueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportExportQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', csv: string } | null };

export type SavingsImportPh21QueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportPh21Query = { __typename?: 'Query', savingsLine: { __typename?: 'SavingsLine', reference: string } | null };

export type SavingsImportSampleQueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportSampleQuery = { __typename?: 'Query', ph: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus, version: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }> } | null, cf: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus, version: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }> } | null, cr: { __typename?: 'SavingsLine', reference: string, status: SavingsStatus, version: number, amounts: { __typename?: 'YearlyMoney', years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number } }>, total: { __typename?: 'Money', pence: number } }, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number }> } | null, ac: { __typename?: 'SavingsLine', status: SavingsStatus, illustrative: boolean, department: { __typename?: 'Organisation', key: string } | null, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number, target: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type SavingsImportRetiredQueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportRetiredQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', lines: Array<{ __typename?: 'SavingsLine', reference: string }> } | null, ce2: { __typename?: 'SavingsLine', reference: string } | null };

export type SavingsImportApportionMutationVariables = Exact<{
  line: Scalars['ID']['input'];
  shares: Array<SavingsShareInput> | SavingsShareInput;
  v: Scalars['Int']['input'];
}>;


export type SavingsImportApportionMutation = { __typename?: 'Mutation', apportionSavingsLine: { __typename?: 'SavingsLine', version: number, unapportionedPercent: number, apportionments: Array<{ __typename?: 'SavingsApportionment', sharePercent: number, target: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome', code: string } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } }> } };

export type SavingsImportCr1QueryVariables = Exact<{ [key: string]: never; }>;


export type SavingsImportCr1Query = { __typename?: 'Query', savingsLine: { __typename?: 'SavingsLine', id: string, version: number, mapped: boolean } | null };

export type TraceabilityActionsOf93QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityActionsOf93Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', supportingActions: { __typename?: 'SupportingActionConnection', totalCount: number, edges: Array<{ __typename?: 'SupportingActionEdge', how: SupportRoute, aim: { __typename?: 'Aim', code: string } | null, node: { __typename?: 'Action', code: string, text: string }, citation: { __typename?: 'Citation', at: string, quote: string, line: number | null, source: { __typename?: 'SourceDocument', key: string } } | null }> } } | null };

export type TraceabilityActionsOf9QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityActionsOf9Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', supportingActions: { __typename?: 'SupportingActionConnection', totalCount: number } } | null };

export type TraceabilityActionsOf54QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityActionsOf54Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', supportingActions: { __typename?: 'SupportingActionConnection', edges: Array<{ __typename?: 'SupportingActionEdge', how: SupportRoute, aim: { __typename?: 'Aim', code: string } | null, node: { __typename?: 'Action', text: string, summarised: boolean } }> } } | null };

export type TraceabilityLinkedActionsOf54QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityLinkedActionsOf54Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', supportingActions: { __typename?: 'SupportingActionConnection', totalCount: number, edges: Array<{ __typename?: 'SupportingActionEdge', how: SupportRoute, subOutcome: { __typename?: 'SubOutcome', code: string } | null, node: { __typename?: 'Action', code: string, owner: { __typename?: 'Organisation', name: string } | null, subOutcome: { __typename?: 'SubOutcome', code: string } | null }, link: { __typename?: 'LinkFacts', kind: string, basis: LinkBasis | null, rationale: string | null, createdBy: string | null } | null }> } } | null };

export type TraceabilityActionPagesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TraceabilityActionPagesQuery = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', supportingActions: { __typename?: 'SupportingActionConnection', totalCount: number, edges: Array<{ __typename?: 'SupportingActionEdge', node: { __typename?: 'Action', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } } | null };

export type TraceabilityCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', completeness: number, shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, unlisted: number, of: number, share: number }>, outcomes: Array<{ __typename?: 'OutcomeCoverage', completeness: number, hasNoSubOutcomes: boolean, outcome: { __typename?: 'Outcome', code: string }, subOutcomes: Array<{ __typename?: 'SubOutcomeCoverage', has: Array<SupportType>, unlisted: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }> }> } } | null };

export type TraceabilityGapsOfActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityGapsOfActionsQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', coverage: { __typename?: 'PlanCoverage', gaps: Array<{ __typename?: 'SubOutcomeCoverage', lacks: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', code: string } }>, actionsSupportingNothing: Array<{ __typename?: 'Action', code: string }> } } | null };

export type TraceabilityLineageOf9QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityLineageOf9Query = { __typename?: 'Query', outcome: { __typename?: 'Outcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme', code: string }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type TraceabilityLineageOf71QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityLineageOf71Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', lineage: Array<{ __typename?: 'LineageStep', direction: LineageDirection, kind: LineageKind, basis: LinkBasis, rationale: string, from: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string, name: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } }> } | null };

export type TraceabilityLineageOf51QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityLineageOf51Query = { __typename?: 'Query', subOutcome: { __typename?: 'SubOutcome', lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } | null };

export type TraceabilityRelatedDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityRelatedDocumentsQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', relatedDocuments: Array<{ __typename?: 'DocumentRelation', kind: DocumentRelationKind, direction: RelationDirection, other: { __typename?: 'Document', title: string, kind: DocumentKind }, citation: { __typename?: 'Citation', at: string, source: { __typename?: 'SourceDocument', key: string } } | null }> } | null };

export type TraceabilityPartnerStrategiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityPartnerStrategiesQuery = { __typename?: 'Query', documents: Array<{ __typename?: 'Document', key: string, title: string, relations: Array<{ __typename?: 'DocumentRelation', direction: RelationDirection, other: { __typename?: 'Document', key: string } }> }> };

export type TraceabilitySearchAirQualityQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilitySearchAirQualityQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', totalCount: number, edges: Array<{ __typename?: 'SearchHitEdge', matchedField: string, node: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, trail: Array<{ __typename: 'Action' } | { __typename: 'Aim', code: string } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', code: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan', period: string | null } | { __typename: 'SubOutcome', code: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' }> }> } };

export type TraceabilitySearchDementiaQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilitySearchDementiaQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', totalCount: number, edges: Array<{ __typename?: 'SearchHitEdge', node: { __typename: 'Action', code: string } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment', code: string, illustrative: boolean } | { __typename: 'Document', title: string } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> } };

export type TraceabilitySearchAliasQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilitySearchAliasQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchHitEdge', matchedField: string, matchedText: string, node: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' } }> } };

export type TraceabilityPathsToOutcome9QueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type TraceabilityPathsToOutcome9Query = { __typename?: 'Query', paths: Array<{ __typename?: 'ThreadPath', length: number, steps: Array<{ __typename?: 'PathStep', forward: boolean, link: { __typename?: 'LinkFacts', kind: string, citation: { __typename?: 'Citation', at: string } | null }, from: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' }, to: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome' } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome' } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }> };

export type TraceabilityLineagePathsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type TraceabilityLineagePathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'ThreadPath', length: number, steps: Array<{ __typename?: 'PathStep', link: { __typename?: 'LinkFacts', kind: string } }> }> };

export type TraceabilityOtherWordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityOtherWordingsQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', otherWordings: Array<{ __typename?: 'OtherWording', canonical: string, item: { __typename?: 'Action' } | { __typename?: 'Aim' } | { __typename?: 'ApiToken' } | { __typename?: 'AuditEvent' } | { __typename?: 'BusinessPlanCommitment' } | { __typename?: 'Document' } | { __typename?: 'Link' } | { __typename?: 'Measure' } | { __typename?: 'Organisation' } | { __typename?: 'Outcome' } | { __typename?: 'PartnerPriority' } | { __typename?: 'SavingsLine' } | { __typename?: 'SourceDocument' } | { __typename?: 'Statement' } | { __typename?: 'StrategicPlan' } | { __typename?: 'SubOutcome', code: string } | { __typename?: 'SubTheme' } | { __typename?: 'Theme' }, alias: { __typename?: 'Alias', text: string, kind: AliasKind, citation: { __typename?: 'Citation', at: string, source: { __typename?: 'SourceDocument', key: string } } | null } }> } | null };

export type TraceabilityTimeline201822QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityTimeline201822Query = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', decisions: Array<{ __typename?: 'Decision', date: string | null, month: string, kind: DecisionKind, body: { __typename?: 'Organisation', name: string }, citation: { __typename?: 'Citation', source: { __typename?: 'SourceDocument', key: string } } | null }> } | null };

export type TraceabilityDecisions202226QueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityDecisions202226Query = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', decisions: Array<{ __typename?: 'Decision', date: string | null, month: string, kind: DecisionKind, body: { __typename?: 'Organisation', name: string } }> } | null };

export type TraceabilityMonitoringQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceabilityMonitoringQuery = { __typename?: 'Query', plan: { __typename?: 'StrategicPlan', outcomes: Array<{ __typename?: 'Outcome', code: string, monitoredBy: Array<{ __typename?: 'Monitoring', board: { __typename?: 'Organisation', name: string }, citation: { __typename?: 'Citation', source: { __typename?: 'SourceDocument', key: string } } | null }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FinanceYearlyFragmentDoc = new TypedDocumentString(`
    fragment FinanceYearly on YearlyMoney {
  years {
    year
    amount {
      pence
    }
  }
  total {
    pence
    pounds
    formatted
  }
}
    `, {"fragmentName":"FinanceYearly"}) as unknown as TypedDocumentString<FinanceYearlyFragment, unknown>;
export const LineageAnswerStepFragmentDoc = new TypedDocumentString(`
    fragment LineageAnswerStep on LineageStep {
  kind
  basis
  confidence
  distance
  partOnly
  rationale
  direction
  from {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Theme {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
}
    `, {"fragmentName":"LineageAnswerStep"}) as unknown as TypedDocumentString<LineageAnswerStepFragment, unknown>;
export const MeasuresMeasureFragmentDoc = new TypedDocumentString(`
    fragment MeasuresMeasure on Measure {
  key
  kind
  name
  unit
  citation {
    source {
      key
    }
    at
    quote
  }
  assesses {
    item {
      __typename
      ... on Aim {
        code
      }
      ... on SubOutcome {
        code
      }
      ... on StrategicPlan {
        period
      }
    }
    link {
      basis
      confidence
      rationale
      citation {
        at
        quote
      }
    }
  }
}
    `, {"fragmentName":"MeasuresMeasure"}) as unknown as TypedDocumentString<MeasuresMeasureFragment, unknown>;
export const ProgressRollUpFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgressRollUpFields on ProgressRollUp {
  item {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Aim {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  period {
    label
  }
  asOf
  illustrative
  actionsNeverUpdated
  actionsByStatus {
    status
    count
    previousCount
  }
  measuresByRag {
    rag
    count
    previousCount
  }
  savingsLinesByStatus {
    status
    count
  }
  changes {
    item {
      __typename
      ... on Action {
        code
      }
      ... on Measure {
        code
      }
    }
    before
    after
    tracesTo
    illustrative
  }
}
    `, {"fragmentName":"ProgressRollUpFields"}) as unknown as TypedDocumentString<ProgressRollUpFieldsFragment, unknown>;
export const ProgressReportStatementFragmentDoc = new TypedDocumentString(`
    fragment ProgressReportStatement on ReportStatement {
  text
  outcome {
    code
  }
  illustrative
  tracesTo {
    kind
    update {
      id
      status
      commentary
      action {
        code
      }
    }
    value {
      id
      value
      target
      rag
      measure {
        code
        name
      }
    }
    savingsLine {
      reference
      status
    }
    citation {
      source {
        key
      }
      quote
    }
  }
}
    `, {"fragmentName":"ProgressReportStatement"}) as unknown as TypedDocumentString<ProgressReportStatementFragment, unknown>;
export const SavingsImportLineFragmentDoc = new TypedDocumentString(`
    fragment SavingsImportLine on SavingsLine {
  reference
  status
  amounts {
    years {
      year
      amount {
        pence
      }
    }
    total {
      pence
    }
  }
  apportionments {
    sharePercent
  }
  version
}
    `, {"fragmentName":"SavingsImportLine"}) as unknown as TypedDocumentString<SavingsImportLineFragment, unknown>;
export const BusinessPlansOfPublicHealthDocument = new TypedDocumentString(`
    query BusinessPlansOfPublicHealth {
  organisation(key: "public-health-department") {
    name
    illustrative
    businessPlans {
      title
      period
      kind
      illustrative
      commitments {
        code
        illustrative
        delivers {
          __typename
          ... on Action {
            code
            subOutcome {
              code
              outcome {
                code
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BusinessPlansOfPublicHealthQuery, BusinessPlansOfPublicHealthQueryVariables>;
export const BusinessPlansBehind93Document = new TypedDocumentString(`
    query BusinessPlansBehind93 {
  subOutcome(plan: "2022-26", code: "9.3") {
    businessPlanCommitments {
      code
      illustrative
      department {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BusinessPlansBehind93Query, BusinessPlansBehind93QueryVariables>;
export const BusinessPlansCoverageDocument = new TypedDocumentString(`
    query BusinessPlansCoverage {
  plan(period: "2022-26") {
    businessPlanCoverage {
      subOutcome {
        code
      }
      commitments {
        code
      }
      departments {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BusinessPlansCoverageQuery, BusinessPlansCoverageQueryVariables>;
export const BusinessPlansShareDocument = new TypedDocumentString(`
    query BusinessPlansShare {
  plan(period: "2022-26") {
    coverage {
      shares {
        type
        count
        of
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BusinessPlansShareQuery, BusinessPlansShareQueryVariables>;
export const CoverageUnlistedDocument = new TypedDocumentString(`
    query CoverageUnlisted {
  plan(period: "2022-26") {
    coverage {
      completeness
      unlisted
      shares {
        type
        count
        unlisted
        of
        share
      }
      outcomes {
        outcome {
          code
        }
        unlisted
        subOutcomes {
          subOutcome {
            code
          }
          has
          unlisted
          lacks
        }
      }
      gaps(lacking: [AIM]) {
        subOutcome {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageUnlistedQuery, CoverageUnlistedQueryVariables>;
export const CoverageUnlistedOf61Document = new TypedDocumentString(`
    query CoverageUnlistedOf61 {
  subOutcome(plan: "2022-26", code: "6.1") {
    unlistedSupport {
      kinds
      citation {
        source {
          key
        }
        at
        quote
        line
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageUnlistedOf61Query, CoverageUnlistedOf61QueryVariables>;
export const CoverageUnlistedOf5Document = new TypedDocumentString(`
    query CoverageUnlistedOf5 {
  outcome(plan: "2022-26", code: "5") {
    unlistedSupport {
      kinds
      citation {
        at
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageUnlistedOf5Query, CoverageUnlistedOf5QueryVariables>;
export const CoverageUnlisted201418Document = new TypedDocumentString(`
    query CoverageUnlisted201418 {
  plan(period: "2014-18") {
    coverage {
      unlisted
      completeness
      outcomes {
        outcome {
          code
        }
      }
    }
    unlistedSupport {
      citation {
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageUnlisted201418Query, CoverageUnlisted201418QueryVariables>;
export const FinanceReconcilesDocument = new TypedDocumentString(`
    query FinanceReconciles {
  savings(edition: "mtfs-2017-21") {
    years
    illustrative
    total {
      ...FinanceYearly
    }
    unapportioned {
      ...FinanceYearly
    }
    byOutcome {
      outcome {
        code
      }
      amount {
        ...FinanceYearly
      }
      direct {
        ...FinanceYearly
      }
      subOutcomes {
        subOutcome {
          code
        }
        amount {
          ...FinanceYearly
        }
      }
    }
    lines {
      amounts {
        ...FinanceYearly
      }
    }
  }
}
    fragment FinanceYearly on YearlyMoney {
  years {
    year
    amount {
      pence
    }
  }
  total {
    pence
    pounds
    formatted
  }
}`) as unknown as TypedDocumentString<FinanceReconcilesQuery, FinanceReconcilesQueryVariables>;
export const FinanceSplitsCr5Document = new TypedDocumentString(`
    query FinanceSplitsCR5 {
  savingsLine(edition: "mtfs-2017-21", reference: "CR5") {
    amounts {
      ...FinanceYearly
    }
    unapportionedPercent
    unapportioned {
      ...FinanceYearly
    }
    apportionments {
      target {
        ... on Outcome {
          code
        }
      }
      sharePercent
      amount {
        ...FinanceYearly
      }
    }
  }
}
    fragment FinanceYearly on YearlyMoney {
  years {
    year
    amount {
      pence
    }
  }
  total {
    pence
    pounds
    formatted
  }
}`) as unknown as TypedDocumentString<FinanceSplitsCr5Query, FinanceSplitsCr5QueryVariables>;
export const FinanceProgressDocument = new TypedDocumentString(`
    query FinanceProgress {
  savings(edition: "mtfs-2017-21") {
    progress {
      target {
        amount {
          pence
        }
        citation {
          source {
            key
          }
          quote
        }
      }
      includedCostPressures {
        amount {
          pence
        }
        citation {
          quote
        }
      }
      identified {
        pence
      }
      delivered {
        pence
      }
      onTrack {
        pence
      }
      atRisk {
        pence
      }
      notStarted {
        pence
      }
      unachievable {
        pence
      }
      achievable {
        pence
      }
      gapToTarget {
        pence
      }
      illustrative
    }
    byStatus {
      status
      lines
      amount {
        total {
          pence
        }
      }
    }
    costPressures {
      reference
      illustrative
      amounts {
        total {
          pence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceProgressQuery, FinanceProgressQueryVariables>;
export const FinanceByDepartmentDocument = new TypedDocumentString(`
    query FinanceByDepartment {
  savings(edition: "mtfs-2017-21") {
    total {
      total {
        pence
      }
    }
    byDepartment {
      department {
        key
        name
      }
      lines
      amount {
        total {
          pence
        }
      }
      byStatus {
        amount {
          total {
            pence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceByDepartmentQuery, FinanceByDepartmentQueryVariables>;
export const FinanceUnmappedDocument = new TypedDocumentString(`
    query FinanceUnmapped {
  savings(edition: "mtfs-2017-21") {
    unmappedLines {
      reference
      mapped
      unapportionedPercent
      amounts {
        total {
          pence
        }
      }
      unapportioned {
        total {
          pence
        }
      }
    }
    lines(mapped: false) {
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceUnmappedQuery, FinanceUnmappedQueryVariables>;
export const FinanceImpactOfAc3Document = new TypedDocumentString(`
    query FinanceImpactOfAC3 {
  savingsImpact(lines: ["mtfs-2017-21/AC3"]) {
    total {
      total {
        pence
      }
    }
    items {
      item {
        __typename
        ... on Outcome {
          code
        }
        ... on SubOutcome {
          code
        }
      }
      reach {
        relation
        through {
          sharePercent
          target {
            __typename
            ... on Outcome {
              code
            }
            ... on SubOutcome {
              code
            }
          }
        }
      }
      apportioned {
        total {
          pence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceImpactOfAc3Query, FinanceImpactOfAc3QueryVariables>;
export const FinanceImportPh9Document = new TypedDocumentString(`
    mutation FinanceImportPH9($c: String!) {
  importFile(
    kind: "savings-lines"
    format: CSV
    content: $c
    source: "impact-test.csv"
    edition: "mtfs-2021"
  ) {
    added
  }
}
    `) as unknown as TypedDocumentString<FinanceImportPh9Mutation, FinanceImportPh9MutationVariables>;
export const FinanceImpactOfPh9Document = new TypedDocumentString(`
    query FinanceImpactOfPH9 {
  savingsImpact(lines: ["mtfs-2021/PH9"]) {
    total {
      total {
        pence
      }
    }
    items {
      item {
        __typename
        ... on Aim {
          code
        }
        ... on Action {
          code
        }
        ... on SubOutcome {
          code
        }
        ... on Outcome {
          code
        }
      }
      reach {
        relation
      }
      apportioned {
        total {
          pence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceImpactOfPh9Query, FinanceImpactOfPh9QueryVariables>;
export const FinanceSavingsOfWoDocument = new TypedDocumentString(`
    query FinanceSavingsOfWO {
  outcome(plan: "2018-22", code: "WO") {
    savings(edition: "mtfs-2017-21") {
      illustrative
      apportioned {
        total {
          pence
        }
      }
      lines {
        line {
          reference
        }
        through {
          sharePercent
        }
        apportioned {
          total {
            pence
          }
        }
      }
      csv
    }
  }
  savings(edition: "mtfs-2017-21") {
    byOutcome(plan: "2018-22") {
      outcome {
        code
      }
      amount {
        total {
          pence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceSavingsOfWoQuery, FinanceSavingsOfWoQueryVariables>;
export const FinanceOutcomesCsvDocument = new TypedDocumentString(`
    query FinanceOutcomesCsv {
  savings(edition: "mtfs-2017-21") {
    csv(view: BY_OUTCOME)
  }
}
    `) as unknown as TypedDocumentString<FinanceOutcomesCsvQuery, FinanceOutcomesCsvQueryVariables>;
export const FinanceOutcomesCsvDownloadDocument = new TypedDocumentString(`
    query FinanceOutcomesCsvDownload {
  savings(edition: "mtfs-2017-21") {
    csv(view: BY_OUTCOME)
  }
}
    `) as unknown as TypedDocumentString<FinanceOutcomesCsvDownloadQuery, FinanceOutcomesCsvDownloadQueryVariables>;
export const IllustrativeCoverageDocument = new TypedDocumentString(`
    query IllustrativeCoverage($include: Boolean!) {
  plan(period: "2022-26") {
    coverage(includeIllustrative: $include) {
      completeness
      illustrativeCompleteness
      withoutIllustrative
      shares {
        type
        count
        unlisted
        illustrative
        share
        illustrativeShare
      }
      outcomes {
        subOutcomes {
          subOutcome {
            code
          }
          has
          illustrative
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeCoverageQuery, IllustrativeCoverageQueryVariables>;
export const IllustrativeMatrixDocument = new TypedDocumentString(`
    query IllustrativeMatrix {
  plan(period: "2022-26") {
    all: alignmentMatrix {
      links
      illustrativeLinks
      illustrative
      rows {
        links
        illustrativeLinks
        cells {
          links
          illustrativeLinks
        }
      }
    }
    own: alignmentMatrix(includeIllustrative: false) {
      links
      illustrativeLinks
      illustrative
      withoutIllustrative
      strategies {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeMatrixQuery, IllustrativeMatrixQueryVariables>;
export const IllustrativeSharedGroundDocument = new TypedDocumentString(`
    query IllustrativeSharedGround {
  plan(period: "2022-26") {
    all: sharedGround(minStrategies: 1) {
      item {
        id
      }
      strategies {
        key
      }
      alignments {
        illustrative
      }
      illustrativeAlignments
      illustrativeStrategies
      illustrative
    }
    own: sharedGround(minStrategies: 1, includeIllustrative: false) {
      item {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeSharedGroundQuery, IllustrativeSharedGroundQueryVariables>;
export const IllustrativeSavingsDocument = new TypedDocumentString(`
    query IllustrativeSavings {
  all: savings(edition: "mtfs-2017-21") {
    illustrativeLines
    lines {
      key
    }
    total {
      total {
        pence
      }
      illustrativePart {
        pence
      }
      years {
        amount {
          pence
        }
        illustrativePart {
          pence
        }
      }
    }
    byOutcome(plan: "2018-22") {
      amount {
        total {
          pence
        }
        illustrativePart {
          pence
        }
      }
    }
    byDepartment {
      amount {
        total {
          pence
        }
        illustrativePart {
          pence
        }
      }
    }
    progress {
      identified {
        pence
      }
      illustrativeIdentified {
        pence
      }
      target {
        amount {
          pence
        }
      }
    }
  }
  own: savings(edition: "mtfs-2017-21", includeIllustrative: false) {
    withoutIllustrative
    illustrativeLines
    lines {
      key
    }
    total {
      total {
        pence
      }
      illustrativePart {
        pence
      }
    }
    progress {
      identified {
        pence
      }
      target {
        amount {
          pence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeSavingsQuery, IllustrativeSavingsQueryVariables>;
export const IllustrativeSavingsOfWoDocument = new TypedDocumentString(`
    query IllustrativeSavingsOfWO {
  outcome(plan: "2018-22", code: "WO") {
    all: savings {
      lines {
        line {
          key
        }
      }
      apportioned {
        total {
          pence
        }
        illustrativePart {
          pence
        }
      }
    }
    own: savings(includeIllustrative: false) {
      lines {
        line {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeSavingsOfWoQuery, IllustrativeSavingsOfWoQueryVariables>;
export const IllustrativeImportDocument = new TypedDocumentString(`
    mutation IllustrativeImport($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {
  importFile(
    kind: $kind
    format: $format
    content: $content
    source: $source
    edition: $edition
  ) {
    added
  }
}
    `) as unknown as TypedDocumentString<IllustrativeImportMutation, IllustrativeImportMutationVariables>;
export const IllustrativeExamplesLoadedDocument = new TypedDocumentString(`
    query IllustrativeExamplesLoaded($link: ID!) {
  links: subOutcome(plan: "2022-26", code: "8.2") {
    supportingActions {
      edges {
        how
        link {
          basis
          illustrative
        }
      }
    }
  }
  priority: node(id: $link) {
    ... on SubOutcome {
      code
    }
  }
  jhws: document(key: "jhws") {
    priorities {
      code
      illustrative
    }
  }
  plan: document(key: "business-plan-2023-24-environment-and-transport") {
    illustrative
    commitments {
      code
      illustrative
    }
  }
  line: savingsLine(edition: "mtfs-2021", reference: "PH21") {
    illustrative
  }
  example: plan(period: "example-2026-30") {
    outcomes {
      subOutcomes {
        aims {
          actions {
            code
            illustrative
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeExamplesLoadedQuery, IllustrativeExamplesLoadedQueryVariables>;
export const IllustrativeExampleCoverageDocument = new TypedDocumentString(`
    query IllustrativeExampleCoverage($include: Boolean!) {
  plan(period: "2022-26") {
    coverage(includeIllustrative: $include) {
      shares {
        type
        count
        illustrative
      }
      outcomes {
        subOutcomes {
          subOutcome {
            code
          }
          has
          illustrative
          lacks
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IllustrativeExampleCoverageQuery, IllustrativeExampleCoverageQueryVariables>;
export const LineageAnswersOf5Document = new TypedDocumentString(`
    query LineageAnswersOf5 {
  outcome(plan: "2022-26", code: "5") {
    lineage(direction: BACKWARD) {
      ...LineageAnswerStep
    }
  }
}
    fragment LineageAnswerStep on LineageStep {
  kind
  basis
  confidence
  distance
  partOnly
  rationale
  direction
  from {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Theme {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
}`) as unknown as TypedDocumentString<LineageAnswersOf5Query, LineageAnswersOf5QueryVariables>;
export const LineageAnswersOfWoDocument = new TypedDocumentString(`
    query LineageAnswersOfWO {
  outcome(plan: "2018-22", code: "WO") {
    lineage(direction: BACKWARD) {
      ...LineageAnswerStep
    }
  }
}
    fragment LineageAnswerStep on LineageStep {
  kind
  basis
  confidence
  distance
  partOnly
  rationale
  direction
  from {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Theme {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
}`) as unknown as TypedDocumentString<LineageAnswersOfWoQuery, LineageAnswersOfWoQueryVariables>;
export const LineageAnswersOf7Document = new TypedDocumentString(`
    query LineageAnswersOf7 {
  outcome(plan: "2022-26", code: "7") {
    lineage(direction: BACKWARD) {
      ...LineageAnswerStep
    }
  }
}
    fragment LineageAnswerStep on LineageStep {
  kind
  basis
  confidence
  distance
  partOnly
  rationale
  direction
  from {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Theme {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
}`) as unknown as TypedDocumentString<LineageAnswersOf7Query, LineageAnswersOf7QueryVariables>;
export const LineageAnswersDoubtedDocument = new TypedDocumentString(`
    query LineageAnswersDoubted {
  kps2: subOutcome(plan: "2018-22", code: "KPS.2") {
    lineage(direction: FORWARD) {
      ...LineageAnswerStep
    }
  }
  aqh: outcome(plan: "2018-22", code: "AQH") {
    lineage(direction: BACKWARD) {
      ...LineageAnswerStep
    }
  }
  kps: outcome(plan: "2018-22", code: "KPS") {
    lineage(direction: BACKWARD) {
      ...LineageAnswerStep
    }
  }
}
    fragment LineageAnswerStep on LineageStep {
  kind
  basis
  confidence
  distance
  partOnly
  rationale
  direction
  from {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Theme {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
}`) as unknown as TypedDocumentString<LineageAnswersDoubtedQuery, LineageAnswersDoubtedQueryVariables>;
export const LineageAnswersOfSeDocument = new TypedDocumentString(`
    query LineageAnswersOfSE {
  outcome(plan: "2018-22", code: "SE") {
    lineage(direction: BACKWARD) {
      kind
      basis
      from {
        ... on Outcome {
          code
        }
      }
      citation {
        source {
          key
        }
        at
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LineageAnswersOfSeQuery, LineageAnswersOfSeQueryVariables>;
export const LineageAnswersSuccessionsDocument = new TypedDocumentString(`
    query LineageAnswersSuccessions {
  plan(period: "2018-22") {
    relatedDocuments(kinds: [SUCCEEDED_BY]) {
      direction
      basis
      rationale
      other {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LineageAnswersSuccessionsQuery, LineageAnswersSuccessionsQueryVariables>;
export const MeasuresGldDocument = new TypedDocumentString(`
    query MeasuresGld {
  search(text: "good level of development") {
    edges {
      matchedField
      node {
        __typename
        ...MeasuresMeasure
      }
      citation {
        quote
      }
    }
  }
}
    fragment MeasuresMeasure on Measure {
  key
  kind
  name
  unit
  citation {
    source {
      key
    }
    at
    quote
  }
  assesses {
    item {
      __typename
      ... on Aim {
        code
      }
      ... on SubOutcome {
        code
      }
      ... on StrategicPlan {
        period
      }
    }
    link {
      basis
      confidence
      rationale
      citation {
        at
        quote
      }
    }
  }
}`) as unknown as TypedDocumentString<MeasuresGldQuery, MeasuresGldQueryVariables>;
export const MeasuresByWordingDocument = new TypedDocumentString(`
    query MeasuresByWording {
  advice: search(text: "find it easy to access information and advice") {
    edges {
      node {
        __typename
        ... on Measure {
          key
          judges {
            ... on Aim {
              code
            }
          }
        }
      }
    }
  }
  weight: search(text: "healthy weight") {
    edges {
      node {
        __typename
        ... on Measure {
          key
        }
      }
    }
  }
  alias: search(text: "foundation stage") {
    edges {
      matchedField
      node {
        __typename
        ... on Measure {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresByWordingQuery, MeasuresByWordingQueryVariables>;
export const MeasuresOfItemsDocument = new TypedDocumentString(`
    query MeasuresOfItems($aim: ID!) {
  aim: node(id: $aim) {
    __typename
    ... on Aim {
      measures {
        key
      }
    }
  }
  wo3: subOutcome(plan: "2018-22", code: "WO.3") {
    measures {
      key
    }
  }
  p14: plan(period: "2014-18") {
    measures {
      key
      kind
      citation {
        at
      }
    }
  }
  p18: plan(period: "2018-22") {
    measures {
      key
      kind
    }
  }
  sets: measures(kind: INDICATOR_SET) {
    key
  }
  all: measures {
    key
  }
}
    `) as unknown as TypedDocumentString<MeasuresOfItemsQuery, MeasuresOfItemsQueryVariables>;
export const MeasuresCitedDocument = new TypedDocumentString(`
    query MeasuresCited {
  measures {
    key
    citation {
      quote
    }
    assesses {
      link {
        basis
        citation {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresCitedQuery, MeasuresCitedQueryVariables>;
export const MeasuresCoverageDocument = new TypedDocumentString(`
    query MeasuresCoverage {
  plan(period: "2022-26") {
    coverage {
      shares {
        type
        count
      }
      outcomes {
        subOutcomes {
          subOutcome {
            code
          }
          has
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresCoverageQuery, MeasuresCoverageQueryVariables>;
export const NeighboursOfOneDocument = new TypedDocumentString(`
    query NeighboursOfOne($id: ID!, $kinds: [String!], $first: Int) {
  neighbours(id: $id, kinds: $kinds, first: $first) {
    forward
    item {
      __typename
      id
    }
    link {
      kind
      basis
      rationale
      citation {
        source {
          key
        }
        at
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighboursOfOneQuery, NeighboursOfOneQueryVariables>;
export const NeighboursOutcome9Document = new TypedDocumentString(`
    query NeighboursOutcome9 {
  outcome(plan: "2022-26", code: "9") {
    id
    plan {
      id
    }
    subOutcomes {
      id
    }
    lineage(direction: BACKWARD) {
      kind
      from {
        id
      }
      to {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighboursOutcome9Query, NeighboursOutcome9QueryVariables>;
export const NeighboursPlanDocument = new TypedDocumentString(`
    query NeighboursPlan {
  plan(period: "2022-26") {
    id
    outcomes {
      id
      subOutcomes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighboursPlanQuery, NeighboursPlanQueryVariables>;
export const NeighboursOfManyDocument = new TypedDocumentString(`
    query NeighboursOfMany($ids: [ID!]!) {
  neighbourhoods(ids: $ids) {
    of
    neighbours {
      forward
      item {
        __typename
        id
      }
      link {
        kind
        basis
        rationale
        citation {
          source {
            key
          }
          at
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighboursOfManyQuery, NeighboursOfManyQueryVariables>;
export const NeighboursIdsOnlyDocument = new TypedDocumentString(`
    query NeighboursIdsOnly($ids: [ID!]!) {
  neighbourhoods(ids: $ids) {
    of
    neighbours {
      item {
        id
      }
      link {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighboursIdsOnlyQuery, NeighboursIdsOnlyQueryVariables>;
export const NeighboursTooManyDocument = new TypedDocumentString(`
    query NeighboursTooMany($ids: [ID!]!) {
  neighbourhoods(ids: $ids) {
    of
  }
}
    `) as unknown as TypedDocumentString<NeighboursTooManyQuery, NeighboursTooManyQueryVariables>;
export const PartnersMatrixDocument = new TypedDocumentString(`
    query PartnersMatrix {
  plan(period: "2022-26") {
    alignmentMatrix {
      illustrative
      strategies {
        key
      }
      rows {
        outcome {
          code
        }
        links
        cells {
          strategy {
            key
          }
          links
          primary
          contributory
          illustrative
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersMatrixQuery, PartnersMatrixQueryVariables>;
export const PartnersMatrixCellDocument = new TypedDocumentString(`
    query PartnersMatrixCell {
  plan(period: "2022-26") {
    alignmentMatrix {
      rows {
        outcome {
          code
        }
        cells {
          strategy {
            key
          }
          alignments {
            priority {
              code
              name
              illustrative
            }
            target {
              ... on SubOutcome {
                code
              }
            }
            strength
            rationale
            illustrative
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersMatrixCellQuery, PartnersMatrixCellQueryVariables>;
export const PartnersJhwsDocument = new TypedDocumentString(`
    query PartnersJhws {
  document(key: "jhws") {
    title
    owner {
      name
      illustrative
    }
    ownerIsIllustrative
    priorities {
      code
      name
      illustrative
      subPriorities {
        code
      }
      alignsWith {
        target {
          ... on SubOutcome {
            code
          }
        }
        strength
      }
    }
    unalignedPriorities {
      code
      name
      parent {
        code
      }
      illustrative
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersJhwsQuery, PartnersJhwsQueryVariables>;
export const PartnersSharedByThreeDocument = new TypedDocumentString(`
    query PartnersSharedByThree {
  plan(period: "2022-26") {
    sharedGround(minStrategies: 3) {
      item {
        ... on SubOutcome {
          code
          name
        }
      }
      strategies {
        key
      }
      partnerships {
        name
        illustrative
      }
      illustrative
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersSharedByThreeQuery, PartnersSharedByThreeQueryVariables>;
export const PartnersSharedByTwoDocument = new TypedDocumentString(`
    query PartnersSharedByTwo {
  plan(period: "2022-26") {
    sharedGround {
      item {
        __typename
        ... on SubOutcome {
          code
        }
      }
      strategies {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersSharedByTwoQuery, PartnersSharedByTwoQueryVariables>;
export const PartnersCoverageDocument = new TypedDocumentString(`
    query PartnersCoverage {
  plan(period: "2022-26") {
    coverage {
      shares {
        type
        count
        of
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersCoverageQuery, PartnersCoverageQueryVariables>;
export const ProgressMeasureRatingsDocument = new TypedDocumentString(`
    query ProgressMeasureRatings {
  hw: measure(key: "measure/HEALTHY-WEIGHT") {
    direction
    tolerance
    baseline {
      value
      period {
        label
      }
    }
    targets {
      period {
        label
      }
      target
      illustrative
    }
    values {
      period {
        label
        kind
        start
        end
      }
      value
      target
      rag
      illustrative
      source
    }
    rag(period: "2023/24 Q2")
    trend(period: "2023/24 Q2") {
      trend
      change
      values {
        period {
          label
        }
        value
      }
    }
  }
  neet: measure(key: "measure/NEET") {
    direction
    values {
      period {
        label
      }
      value
      target
      rag
    }
    trend(period: "2023/24 Q2", periods: 2) {
      trend
      change
    }
  }
  gld: measure(key: "measure/GLD") {
    rag(period: "2023/24 Q2")
  }
  mw: measure(key: "measure/MENTAL-WELLBEING") {
    rag(period: "2023/24 Q2")
  }
  bg: measure(key: "measure/BACKGROUNDS-GET-ON-WELL") {
    rag(period: "2023/24 Q2")
    values {
      target
      rag
    }
  }
  none: measure(key: "measure/CARE-EXPERIENCE") {
    direction
    tolerance
    rag(period: "2023/24 Q2")
    values {
      value
    }
    trend(period: "2023/24 Q2") {
      trend
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressMeasureRatingsQuery, ProgressMeasureRatingsQueryVariables>;
export const ProgressStaleActionsDocument = new TypedDocumentString(`
    query ProgressStaleActions {
  plan(period: "2022-26") {
    staleActions(period: "2023/24 Q2") {
      action {
        code
      }
      owner {
        key
      }
      lastUpdate {
        period {
          label
        }
        status
        recordedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressStaleActionsQuery, ProgressStaleActionsQueryVariables>;
export const ProgressActionUpdatesDocument = new TypedDocumentString(`
    query ProgressActionUpdates($id: ID!) {
  node(id: $id) {
    __typename
    ... on Action {
      updates {
        period {
          label
        }
        status
        commentary
        revisedDate
        recordedAt
        recordedBy
        illustrative
        action {
          code
        }
      }
      q1: latestUpdate(period: "2023/24 Q1") {
        status
      }
      q2: latestUpdate(period: "2023/24 Q2") {
        status
      }
      before: latestUpdate(period: "2022/23 Q4") {
        status
      }
      latestUpdate {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressActionUpdatesQuery, ProgressActionUpdatesQueryVariables>;
export const ProgressRollUpOf93Document = new TypedDocumentString(`
    query ProgressRollUpOf93 {
  subOutcome(plan: "2022-26", code: "9.3") {
    progress(period: "2023/24 Q2") {
      ...ProgressRollUpFields
    }
    aims {
      code
      measures {
        code
        rag(period: "2023/24 Q2")
        pre: rag(period: "2023/24 Q1")
      }
      actions {
        code
        latestUpdate(period: "2023/24 Q2") {
          status
        }
        pre: latestUpdate(period: "2023/24 Q1") {
          status
        }
      }
    }
  }
}
    fragment ProgressRollUpFields on ProgressRollUp {
  item {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Aim {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  period {
    label
  }
  asOf
  illustrative
  actionsNeverUpdated
  actionsByStatus {
    status
    count
    previousCount
  }
  measuresByRag {
    rag
    count
    previousCount
  }
  savingsLinesByStatus {
    status
    count
  }
  changes {
    item {
      __typename
      ... on Action {
        code
      }
      ... on Measure {
        code
      }
    }
    before
    after
    tracesTo
    illustrative
  }
}`) as unknown as TypedDocumentString<ProgressRollUpOf93Query, ProgressRollUpOf93QueryVariables>;
export const ProgressRollUpOfPlanDocument = new TypedDocumentString(`
    query ProgressRollUpOfPlan {
  plan(period: "2022-26") {
    progress(period: "2023/24 Q2") {
      ...ProgressRollUpFields
    }
    outcomes {
      code
      progress(period: "2023/24 Q2") {
        ...ProgressRollUpFields
      }
      subOutcomes {
        code
        progress(period: "2023/24 Q2") {
          actionsByStatus {
            status
            count
          }
          measuresByRag {
            rag
            count
          }
        }
      }
    }
  }
}
    fragment ProgressRollUpFields on ProgressRollUp {
  item {
    __typename
    ... on Outcome {
      code
    }
    ... on SubOutcome {
      code
    }
    ... on Aim {
      code
    }
    ... on StrategicPlan {
      period
    }
  }
  period {
    label
  }
  asOf
  illustrative
  actionsNeverUpdated
  actionsByStatus {
    status
    count
    previousCount
  }
  measuresByRag {
    rag
    count
    previousCount
  }
  savingsLinesByStatus {
    status
    count
  }
  changes {
    item {
      __typename
      ... on Action {
        code
      }
      ... on Measure {
        code
      }
    }
    before
    after
    tracesTo
    illustrative
  }
}`) as unknown as TypedDocumentString<ProgressRollUpOfPlanQuery, ProgressRollUpOfPlanQueryVariables>;
export const ProgressAsOfDocument = new TypedDocumentString(`
    query ProgressAsOf {
  measure(key: "measure/HEALTHY-WEIGHT") {
    values(asOf: "2023-08-01") {
      period {
        label
      }
    }
    rag(period: "2023/24 Q2", asOf: "2023-08-01")
  }
}
    `) as unknown as TypedDocumentString<ProgressAsOfQuery, ProgressAsOfQueryVariables>;
export const ProgressBoardReportDocument = new TypedDocumentString(`
    query ProgressBoardReport {
  outcomeBoardReport(board: "outcome-boards", period: "2023/24 Q2") {
    board {
      key
    }
    period {
      label
    }
    illustrative
    basis {
      source {
        key
      }
      at
      quote
    }
    achievements {
      ...ProgressReportStatement
    }
    challenges {
      ...ProgressReportStatement
    }
    priorities {
      ...ProgressReportStatement
    }
    outcomes {
      outcome {
        code
      }
      rollUp {
        actionsByStatus {
          status
          count
        }
      }
      measures {
        measure {
          code
        }
        value {
          value
          target
          period {
            label
          }
        }
        rag
        trend
        illustrative
      }
      offTrackActions {
        id
        status
        commentary
        revisedDate
        action {
          code
        }
      }
      coverageGaps {
        code
      }
      savingsAtRisk {
        line {
          reference
        }
        status
        reaches {
          ... on SubOutcome {
            code
          }
        }
        fallingMeasures {
          code
        }
        illustrative
      }
    }
  }
}
    fragment ProgressReportStatement on ReportStatement {
  text
  outcome {
    code
  }
  illustrative
  tracesTo {
    kind
    update {
      id
      status
      commentary
      action {
        code
      }
    }
    value {
      id
      value
      target
      rag
      measure {
        code
        name
      }
    }
    savingsLine {
      reference
      status
    }
    citation {
      source {
        key
      }
      quote
    }
  }
}`) as unknown as TypedDocumentString<ProgressBoardReportQuery, ProgressBoardReportQueryVariables>;
export const SavingsImportFileDocument = new TypedDocumentString(`
    mutation SavingsImportFile($content: String!, $source: String!, $dryRun: Boolean, $edition: String) {
  importFile(
    kind: "savings-lines"
    format: CSV
    content: $content
    source: $source
    dryRun: $dryRun
    edition: $edition
  ) {
    applied
    added
    changed
    unchanged
    retired
    changes {
      change
      key
      line
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SavingsImportFileMutation, SavingsImportFileMutationVariables>;
export const SavingsImportLinesDocument = new TypedDocumentString(`
    query SavingsImportLines {
  savings(edition: "mtfs-2017-21") {
    total {
      total {
        pence
      }
    }
    lines {
      ...SavingsImportLine
    }
  }
}
    fragment SavingsImportLine on SavingsLine {
  reference
  status
  amounts {
    years {
      year
      amount {
        pence
      }
    }
    total {
      pence
    }
  }
  apportionments {
    sharePercent
  }
  version
}`) as unknown as TypedDocumentString<SavingsImportLinesQuery, SavingsImportLinesQueryVariables>;
export const SavingsImportExportDocument = new TypedDocumentString(`
    query SavingsImportExport {
  savings(edition: "mtfs-2017-21") {
    csv(view: LINES)
  }
}
    `) as unknown as TypedDocumentString<SavingsImportExportQuery, SavingsImportExportQueryVariables>;
export const SavingsImportPh21Document = new TypedDocumentString(`
    query SavingsImportPH21 {
  savingsLine(edition: "mtfs-2021", reference: "PH21") {
    reference
  }
}
    `) as unknown as TypedDocumentString<SavingsImportPh21Query, SavingsImportPh21QueryVariables>;
export const SavingsImportSampleDocument = new TypedDocumentString(`
    query SavingsImportSample {
  ph: savingsLine(edition: "mtfs-2021", reference: "PH21") {
    ...SavingsImportLine
  }
  cf: savingsLine(edition: "mtfs-2021", reference: "CF21") {
    ...SavingsImportLine
  }
  cr: savingsLine(edition: "mtfs-2021", reference: "CR21") {
    ...SavingsImportLine
  }
  ac: savingsLine(edition: "mtfs-2021", reference: "AC21") {
    status
    illustrative
    department {
      key
    }
    apportionments {
      sharePercent
      target {
        __typename
        ... on Outcome {
          code
        }
        ... on SubOutcome {
          code
        }
      }
    }
  }
}
    fragment SavingsImportLine on SavingsLine {
  reference
  status
  amounts {
    years {
      year
      amount {
        pence
      }
    }
    total {
      pence
    }
  }
  apportionments {
    sharePercent
  }
  version
}`) as unknown as TypedDocumentString<SavingsImportSampleQuery, SavingsImportSampleQueryVariables>;
export const SavingsImportRetiredDocument = new TypedDocumentString(`
    query SavingsImportRetired {
  savings(edition: "mtfs-2017-21") {
    lines {
      reference
    }
  }
  ce2: savingsLine(edition: "mtfs-2017-21", reference: "CE2") {
    reference
  }
}
    `) as unknown as TypedDocumentString<SavingsImportRetiredQuery, SavingsImportRetiredQueryVariables>;
export const SavingsImportApportionDocument = new TypedDocumentString(`
    mutation SavingsImportApportion($line: ID!, $shares: [SavingsShareInput!]!, $v: Int!) {
  apportionSavingsLine(line: $line, shares: $shares, expectedVersion: $v) {
    version
    unapportionedPercent
    apportionments {
      sharePercent
      target {
        ... on SubOutcome {
          code
        }
        ... on Outcome {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SavingsImportApportionMutation, SavingsImportApportionMutationVariables>;
export const SavingsImportCr1Document = new TypedDocumentString(`
    query SavingsImportCR1 {
  savingsLine(edition: "mtfs-2017-21", reference: "CR1") {
    id
    version
    mapped
  }
}
    `) as unknown as TypedDocumentString<SavingsImportCr1Query, SavingsImportCr1QueryVariables>;
export const TraceabilityActionsOf93Document = new TypedDocumentString(`
    query TraceabilityActionsOf93 {
  subOutcome(plan: "2022-26", code: "9.3") {
    supportingActions(first: 100) {
      totalCount
      edges {
        how
        aim {
          code
        }
        node {
          code
          text
        }
        citation {
          source {
            key
          }
          at
          quote
          line
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityActionsOf93Query, TraceabilityActionsOf93QueryVariables>;
export const TraceabilityActionsOf9Document = new TypedDocumentString(`
    query TraceabilityActionsOf9 {
  outcome(plan: "2022-26", code: "9") {
    supportingActions(first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityActionsOf9Query, TraceabilityActionsOf9QueryVariables>;
export const TraceabilityActionsOf54Document = new TypedDocumentString(`
    query TraceabilityActionsOf54 {
  subOutcome(plan: "2022-26", code: "5.4") {
    supportingActions {
      edges {
        how
        aim {
          code
        }
        node {
          text
          summarised
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityActionsOf54Query, TraceabilityActionsOf54QueryVariables>;
export const TraceabilityLinkedActionsOf54Document = new TypedDocumentString(`
    query TraceabilityLinkedActionsOf54 {
  subOutcome(plan: "2022-26", code: "5.4") {
    supportingActions {
      totalCount
      edges {
        how
        subOutcome {
          code
        }
        node {
          code
          owner {
            name
          }
          subOutcome {
            code
          }
        }
        link {
          kind
          basis
          rationale
          createdBy
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityLinkedActionsOf54Query, TraceabilityLinkedActionsOf54QueryVariables>;
export const TraceabilityActionPagesDocument = new TypedDocumentString(`
    query TraceabilityActionPages($after: String) {
  subOutcome(plan: "2022-26", code: "9.3") {
    supportingActions(first: 5, after: $after) {
      totalCount
      edges {
        node {
          code
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityActionPagesQuery, TraceabilityActionPagesQueryVariables>;
export const TraceabilityCoverageDocument = new TypedDocumentString(`
    query TraceabilityCoverage {
  plan(period: "2022-26") {
    coverage {
      completeness
      shares {
        type
        count
        unlisted
        of
        share
      }
      outcomes {
        outcome {
          code
        }
        completeness
        hasNoSubOutcomes
        subOutcomes {
          subOutcome {
            code
          }
          has
          unlisted
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityCoverageQuery, TraceabilityCoverageQueryVariables>;
export const TraceabilityGapsOfActionsDocument = new TypedDocumentString(`
    query TraceabilityGapsOfActions {
  plan(period: "2022-26") {
    coverage {
      gaps(lacking: [ACTION]) {
        subOutcome {
          code
        }
        lacks
      }
      actionsSupportingNothing {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityGapsOfActionsQuery, TraceabilityGapsOfActionsQueryVariables>;
export const TraceabilityLineageOf9Document = new TypedDocumentString(`
    query TraceabilityLineageOf9 {
  outcome(plan: "2022-26", code: "9") {
    lineage(direction: BACKWARD) {
      kind
      basis
      from {
        __typename
        ... on Outcome {
          code
        }
        ... on Theme {
          code
        }
      }
      to {
        __typename
        ... on Outcome {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityLineageOf9Query, TraceabilityLineageOf9QueryVariables>;
export const TraceabilityLineageOf71Document = new TypedDocumentString(`
    query TraceabilityLineageOf71 {
  subOutcome(plan: "2022-26", code: "7.1") {
    lineage {
      direction
      kind
      basis
      rationale
      from {
        ... on SubOutcome {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityLineageOf71Query, TraceabilityLineageOf71QueryVariables>;
export const TraceabilityLineageOf51Document = new TypedDocumentString(`
    query TraceabilityLineageOf51 {
  subOutcome(plan: "2022-26", code: "5.1") {
    lineage(direction: BACKWARD) {
      kind
      from {
        __typename
        ... on StrategicPlan {
          period
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityLineageOf51Query, TraceabilityLineageOf51QueryVariables>;
export const TraceabilityRelatedDocumentsDocument = new TypedDocumentString(`
    query TraceabilityRelatedDocuments {
  plan(period: "2022-26") {
    relatedDocuments(kinds: [UNDERPINNED_BY, COMPLEMENTED_BY]) {
      kind
      direction
      other {
        title
        kind
      }
      citation {
        source {
          key
        }
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityRelatedDocumentsQuery, TraceabilityRelatedDocumentsQueryVariables>;
export const TraceabilityPartnerStrategiesDocument = new TypedDocumentString(`
    query TraceabilityPartnerStrategies {
  documents(kinds: [PARTNER_STRATEGY]) {
    key
    title
    relations(kinds: [CONTRIBUTES_TO]) {
      direction
      other {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityPartnerStrategiesQuery, TraceabilityPartnerStrategiesQueryVariables>;
export const TraceabilitySearchAirQualityDocument = new TypedDocumentString(`
    query TraceabilitySearchAirQuality {
  search(text: "air quality", first: 3) {
    totalCount
    edges {
      matchedField
      node {
        __typename
        ... on Action {
          code
        }
      }
      trail {
        __typename
        ... on StrategicPlan {
          period
        }
        ... on Outcome {
          code
        }
        ... on SubOutcome {
          code
        }
        ... on Aim {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilitySearchAirQualityQuery, TraceabilitySearchAirQualityQueryVariables>;
export const TraceabilitySearchDementiaDocument = new TypedDocumentString(`
    query TraceabilitySearchDementia {
  search(text: "dementia") {
    totalCount
    edges {
      node {
        __typename
        ... on Action {
          code
        }
        ... on Document {
          title
        }
        ... on BusinessPlanCommitment {
          code
          illustrative
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilitySearchDementiaQuery, TraceabilitySearchDementiaQueryVariables>;
export const TraceabilitySearchAliasDocument = new TypedDocumentString(`
    query TraceabilitySearchAlias {
  search(text: "environmentallyfriendly") {
    edges {
      matchedField
      matchedText
      node {
        ... on SubOutcome {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilitySearchAliasQuery, TraceabilitySearchAliasQueryVariables>;
export const TraceabilityPathsToOutcome9Document = new TypedDocumentString(`
    query TraceabilityPathsToOutcome9($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxDepth: 4) {
    length
    steps {
      forward
      link {
        kind
        citation {
          at
        }
      }
      from {
        __typename
      }
      to {
        __typename
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityPathsToOutcome9Query, TraceabilityPathsToOutcome9QueryVariables>;
export const TraceabilityLineagePathsDocument = new TypedDocumentString(`
    query TraceabilityLineagePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxDepth: 2) {
    length
    steps {
      link {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityLineagePathsQuery, TraceabilityLineagePathsQueryVariables>;
export const TraceabilityOtherWordingsDocument = new TypedDocumentString(`
    query TraceabilityOtherWordings {
  plan(period: "2022-26") {
    otherWordings {
      canonical
      item {
        ... on SubOutcome {
          code
        }
      }
      alias {
        text
        kind
        citation {
          source {
            key
          }
          at
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityOtherWordingsQuery, TraceabilityOtherWordingsQueryVariables>;
export const TraceabilityTimeline201822Document = new TypedDocumentString(`
    query TraceabilityTimeline201822 {
  plan(period: "2018-22") {
    decisions {
      date
      month
      kind
      body {
        name
      }
      citation {
        source {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityTimeline201822Query, TraceabilityTimeline201822QueryVariables>;
export const TraceabilityDecisions202226Document = new TypedDocumentString(`
    query TraceabilityDecisions202226 {
  plan(period: "2022-26") {
    decisions {
      date
      month
      kind
      body {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityDecisions202226Query, TraceabilityDecisions202226QueryVariables>;
export const TraceabilityMonitoringDocument = new TypedDocumentString(`
    query TraceabilityMonitoring {
  plan(period: "2022-26") {
    outcomes {
      code
      monitoredBy {
        board {
          name
        }
        citation {
          source {
            key
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceabilityMonitoringQuery, TraceabilityMonitoringQueryVariables>;