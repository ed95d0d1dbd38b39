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

export type CouncilEditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilEditionsQuery = { __typename?: 'Query', councils: Array<{ __typename?: 'Council', key: string, default: boolean, financialStrategies: Array<{ __typename?: 'Document', key: string, title: string }> }> };

export type ExplorerCouncilsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCouncilsQuery = { __typename?: 'Query', councils: Array<{ __typename?: 'Council', key: string, name: string, default: boolean }> };

export type CitationFieldsFragment = { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } };

type ItemFields_Action_Fragment = { __typename: 'Action', code: string, text: string, illustrative: boolean, id: string, owner: { __typename?: 'Organisation', name: string } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_Aim_Fragment = { __typename: 'Aim', code: string, text: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_ApiToken_Fragment = { __typename: 'ApiToken', id: string };

type ItemFields_AuditEvent_Fragment = { __typename: 'AuditEvent', id: string };

type ItemFields_BusinessPlanCommitment_Fragment = { __typename: 'BusinessPlanCommitment', code: string, text: string, illustrative: boolean, id: string, department: { __typename?: 'Organisation', name: string } | null };

type ItemFields_Document_Fragment = { __typename: 'Document', key: string, title: string, period: string | null, illustrative: boolean, id: string, kind: DocumentKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_Link_Fragment = { __typename: 'Link', id: string };

type ItemFields_Measure_Fragment = { __typename: 'Measure', code: string, name: string, unit: string | null, target: string | null, id: string };

type ItemFields_Organisation_Fragment = { __typename: 'Organisation', key: string, name: string, illustrative: boolean, id: string, orgKind: OrganisationKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_Outcome_Fragment = { __typename: 'Outcome', code: string, name: string, statement: string | null, id: string, plan: { __typename?: 'StrategicPlan', period: string | null } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_PartnerPriority_Fragment = { __typename: 'PartnerPriority', code: string, name: string, description: string | null, illustrative: boolean, id: string, strategy: { __typename?: 'Document', title: string } };

type ItemFields_SavingsLine_Fragment = { __typename: 'SavingsLine', key: string, illustrative: boolean, savingsStatus: SavingsStatus, id: string, code: string, savingsDescription: string | null, department: { __typename?: 'Organisation', name: string } | null, edition: { __typename?: 'Document', title: string }, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', formatted: string } } };

type ItemFields_SourceDocument_Fragment = { __typename: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string, id: string };

type ItemFields_Statement_Fragment = { __typename: 'Statement', code: string, name: string, statementText: string | null, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_StrategicPlan_Fragment = { __typename: 'StrategicPlan', key: string, title: string, id: string, planPeriod: string | null, status: DocumentStatus, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_SubOutcome_Fragment = { __typename: 'SubOutcome', code: string, name: string, id: string, outcome: { __typename?: 'Outcome', code: string, name: string }, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_SubTheme_Fragment = { __typename: 'SubTheme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

type ItemFields_Theme_Fragment = { __typename: 'Theme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null };

export type ItemFieldsFragment = ItemFields_Action_Fragment | ItemFields_Aim_Fragment | ItemFields_ApiToken_Fragment | ItemFields_AuditEvent_Fragment | ItemFields_BusinessPlanCommitment_Fragment | ItemFields_Document_Fragment | ItemFields_Link_Fragment | ItemFields_Measure_Fragment | ItemFields_Organisation_Fragment | ItemFields_Outcome_Fragment | ItemFields_PartnerPriority_Fragment | ItemFields_SavingsLine_Fragment | ItemFields_SourceDocument_Fragment | ItemFields_Statement_Fragment | ItemFields_StrategicPlan_Fragment | ItemFields_SubOutcome_Fragment | ItemFields_SubTheme_Fragment | ItemFields_Theme_Fragment;

export type AlignmentViewQueryVariables = Exact<{
  council?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['String']['input'];
}>;


export type AlignmentViewQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'StrategicPlan', period: string | null, title: string }>, plan: { __typename?: 'StrategicPlan', period: string | null, alignmentMatrix: { __typename?: 'AlignmentMatrix', illustrative: boolean, strategies: Array<{ __typename?: 'Document', key: string, title: string, owner: { __typename?: 'Organisation', name: string } | null }>, rows: Array<{ __typename?: 'AlignmentRow', links: number, outcome: { __typename?: 'Outcome', id: string, code: string, name: string }, cells: Array<{ __typename?: 'AlignmentCell', links: number, primary: number, contributory: number, illustrative: boolean, strategy: { __typename?: 'Document', key: string }, alignments: Array<{ __typename?: 'Alignment', strength: AlignmentStrength, rationale: string | null, illustrative: boolean, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null, priority: { __typename?: 'PartnerPriority', id: string, code: string, name: string, description: string | null, illustrative: boolean, strategy: { __typename?: 'Document', title: string } }, target: { __typename: 'Action' } | { __typename: 'Aim' } | { __typename: 'ApiToken' } | { __typename: 'AuditEvent' } | { __typename: 'BusinessPlanCommitment' } | { __typename: 'Document' } | { __typename: 'Link' } | { __typename: 'Measure' } | { __typename: 'Organisation' } | { __typename: 'Outcome', id: string, code: string, name: string } | { __typename: 'PartnerPriority' } | { __typename: 'SavingsLine' } | { __typename: 'SourceDocument' } | { __typename: 'Statement' } | { __typename: 'StrategicPlan' } | { __typename: 'SubOutcome', id: string, code: string, name: string } | { __typename: 'SubTheme' } | { __typename: 'Theme' } }> }> }> } } | null };

export type GapsViewQueryVariables = Exact<{
  council?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['String']['input'];
  lacking?: InputMaybe<Array<SupportType> | SupportType>;
}>;


export type GapsViewQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'StrategicPlan', period: string | null, title: string }>, plan: { __typename?: 'StrategicPlan', period: string | null, coverage: { __typename?: 'PlanCoverage', completeness: number, shares: Array<{ __typename?: 'SupportShare', type: SupportType, count: number, of: number, share: number }>, gaps: Array<{ __typename?: 'SubOutcomeCoverage', lacks: Array<SupportType>, has: Array<SupportType>, subOutcome: { __typename?: 'SubOutcome', id: string, code: string, name: string, outcome: { __typename?: 'Outcome', id: string, code: string, name: string } } }>, actionsSupportingNothing: Array<{ __typename?: 'Action', id: string, code: string, text: string }> } } | null };

export type LineageViewQueryVariables = Exact<{
  council?: InputMaybe<Scalars['String']['input']>;
}>;


export type LineageViewQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'StrategicPlan', id: string, period: string | null, title: string, themes: Array<{ __typename?: 'Theme', id: string, code: string, name: string, lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, rationale: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null, from: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string }, to: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string } }> }>, outcomes: Array<{ __typename?: 'Outcome', id: string, code: string, name: string, lineage: Array<{ __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, rationale: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null, from: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string }, to: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string } }> }> }> };

export type LineageStepFieldsFragment = { __typename?: 'LineageStep', kind: LineageKind, basis: LinkBasis, rationale: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null, from: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string }, to: { __typename: 'Action', id: string } | { __typename: 'Aim', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', id: string } | { __typename: 'Document', id: string } | { __typename: 'Link', id: string } | { __typename: 'Measure', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'PartnerPriority', id: string } | { __typename: 'SavingsLine', id: string } | { __typename: 'SourceDocument', id: string } | { __typename: 'Statement', id: string } | { __typename: 'StrategicPlan', period: string | null, id: string } | { __typename: 'SubOutcome', id: string } | { __typename: 'SubTheme', id: string } | { __typename: 'Theme', id: string } };

export type MoneyViewQueryVariables = Exact<{
  council?: InputMaybe<Scalars['String']['input']>;
  edition: Scalars['String']['input'];
}>;


export type MoneyViewQuery = { __typename?: 'Query', councils: Array<{ __typename?: 'Council', key: string, default: boolean, financialStrategies: Array<{ __typename?: 'Document', key: string, title: string }> }>, savings: { __typename?: 'MtfsSavings', years: Array<string>, illustrative: boolean, total: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number, formatted: string }, years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number, formatted: string } }> }, unapportioned: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number, formatted: string }, years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number, formatted: string } }> }, flows: Array<{ __typename?: 'SavingsFlow', department: { __typename?: 'Organisation', key: string, name: string } | null, outcome: { __typename?: 'Outcome', id: string, code: string, name: string, plan: { __typename?: 'StrategicPlan', period: string | null } | null } | null, amount: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number, formatted: string }, years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number, formatted: string } }> } }> } | null };

export type YearlyAmountsFragment = { __typename?: 'YearlyMoney', total: { __typename?: 'Money', pence: number, formatted: string }, years: Array<{ __typename?: 'YearAmount', year: string, amount: { __typename?: 'Money', pence: number, formatted: string } }> };

export type ThreadViewQueryVariables = Exact<{
  start: Scalars['ID']['input'];
  withStart: Scalars['Boolean']['input'];
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ThreadViewQuery = { __typename?: 'Query', start?: { __typename: 'Action', code: string, text: string, illustrative: boolean, id: string, owner: { __typename?: 'Organisation', name: string } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Aim', code: string, text: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', code: string, text: string, illustrative: boolean, id: string, department: { __typename?: 'Organisation', name: string } | null } | { __typename: 'Document', key: string, title: string, period: string | null, illustrative: boolean, id: string, kind: DocumentKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Link', id: string } | { __typename: 'Measure', code: string, name: string, unit: string | null, target: string | null, id: string } | { __typename: 'Organisation', key: string, name: string, illustrative: boolean, id: string, orgKind: OrganisationKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Outcome', code: string, name: string, statement: string | null, id: string, plan: { __typename?: 'StrategicPlan', period: string | null } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'PartnerPriority', code: string, name: string, description: string | null, illustrative: boolean, id: string, strategy: { __typename?: 'Document', title: string } } | { __typename: 'SavingsLine', key: string, illustrative: boolean, savingsStatus: SavingsStatus, id: string, code: string, savingsDescription: string | null, department: { __typename?: 'Organisation', name: string } | null, edition: { __typename?: 'Document', title: string }, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', formatted: string } } } | { __typename: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string, id: string } | { __typename: 'Statement', code: string, name: string, statementText: string | null, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'StrategicPlan', key: string, title: string, id: string, planPeriod: string | null, status: DocumentStatus, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubOutcome', code: string, name: string, id: string, outcome: { __typename?: 'Outcome', code: string, name: string }, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubTheme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Theme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | null, neighbourhoods: Array<{ __typename?: 'Neighbourhood', of: string, neighbours: Array<{ __typename?: 'Neighbour', forward: boolean, item: { __typename: 'Action', code: string, text: string, illustrative: boolean, id: string, owner: { __typename?: 'Organisation', name: string } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Aim', code: string, text: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', code: string, text: string, illustrative: boolean, id: string, department: { __typename?: 'Organisation', name: string } | null } | { __typename: 'Document', key: string, title: string, period: string | null, illustrative: boolean, id: string, kind: DocumentKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Link', id: string } | { __typename: 'Measure', code: string, name: string, unit: string | null, target: string | null, id: string } | { __typename: 'Organisation', key: string, name: string, illustrative: boolean, id: string, orgKind: OrganisationKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Outcome', code: string, name: string, statement: string | null, id: string, plan: { __typename?: 'StrategicPlan', period: string | null } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'PartnerPriority', code: string, name: string, description: string | null, illustrative: boolean, id: string, strategy: { __typename?: 'Document', title: string } } | { __typename: 'SavingsLine', key: string, illustrative: boolean, savingsStatus: SavingsStatus, id: string, code: string, savingsDescription: string | null, department: { __typename?: 'Organisation', name: string } | null, edition: { __typename?: 'Document', title: string }, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', formatted: string } } } | { __typename: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string, id: string } | { __typename: 'Statement', code: string, name: string, statementText: string | null, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'StrategicPlan', key: string, title: string, id: string, planPeriod: string | null, status: DocumentStatus, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubOutcome', code: string, name: string, id: string, outcome: { __typename?: 'Outcome', code: string, name: string }, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubTheme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Theme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null }, link: { __typename?: 'LinkFacts', kind: string, status: LinkStatus | null, basis: LinkBasis | null, rationale: string | null, createdBy: string | null, createdAt: string | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } }> }> };

export type ExpandQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpandQuery = { __typename?: 'Query', neighbours: Array<{ __typename?: 'Neighbour', forward: boolean, item: { __typename: 'Action', code: string, text: string, illustrative: boolean, id: string, owner: { __typename?: 'Organisation', name: string } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Aim', code: string, text: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'ApiToken', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'BusinessPlanCommitment', code: string, text: string, illustrative: boolean, id: string, department: { __typename?: 'Organisation', name: string } | null } | { __typename: 'Document', key: string, title: string, period: string | null, illustrative: boolean, id: string, kind: DocumentKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Link', id: string } | { __typename: 'Measure', code: string, name: string, unit: string | null, target: string | null, id: string } | { __typename: 'Organisation', key: string, name: string, illustrative: boolean, id: string, orgKind: OrganisationKind, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Outcome', code: string, name: string, statement: string | null, id: string, plan: { __typename?: 'StrategicPlan', period: string | null } | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'PartnerPriority', code: string, name: string, description: string | null, illustrative: boolean, id: string, strategy: { __typename?: 'Document', title: string } } | { __typename: 'SavingsLine', key: string, illustrative: boolean, savingsStatus: SavingsStatus, id: string, code: string, savingsDescription: string | null, department: { __typename?: 'Organisation', name: string } | null, edition: { __typename?: 'Document', title: string }, amounts: { __typename?: 'YearlyMoney', total: { __typename?: 'Money', formatted: string } } } | { __typename: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string, id: string } | { __typename: 'Statement', code: string, name: string, statementText: string | null, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'StrategicPlan', key: string, title: string, id: string, planPeriod: string | null, status: DocumentStatus, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubOutcome', code: string, name: string, id: string, outcome: { __typename?: 'Outcome', code: string, name: string }, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'SubTheme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } | { __typename: 'Theme', code: string, name: string, id: string, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null }, link: { __typename?: 'LinkFacts', kind: string, status: LinkStatus | null, basis: LinkBasis | null, rationale: string | null, createdBy: string | null, createdAt: string | null, citation: { __typename?: 'Citation', quote: string, at: string, line: number | null, source: { __typename?: 'SourceDocument', key: string, title: string, body: string, date: string | null, file: string } } | null } }> };

export type ThreadChoicesQueryVariables = Exact<{
  council?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['String']['input'];
}>;


export type ThreadChoicesQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'StrategicPlan', period: string | null, title: string }>, plan: { __typename?: 'StrategicPlan', outcomes: Array<{ __typename?: 'Outcome', id: string, code: string, name: string, subOutcomes: Array<{ __typename?: 'SubOutcome', id: string, code: string, name: string }> }>, themes: Array<{ __typename?: 'Theme', id: string, code: string, name: string }> } | null, documents: Array<{ __typename?: 'Document', key: string, title: string, priorities: Array<{ __typename?: 'PartnerPriority', id: string, code: string, name: string, subPriorities: Array<{ __typename?: 'PartnerPriority', id: string, code: string, name: string }> }> }>, councils: Array<{ __typename?: 'Council', key: string, default: boolean, financialStrategies: Array<{ __typename?: 'Document', key: string, title: string }> }> };

export type ThreadSavingsLinesQueryVariables = Exact<{
  edition: Scalars['String']['input'];
}>;


export type ThreadSavingsLinesQuery = { __typename?: 'Query', savings: { __typename?: 'MtfsSavings', lines: Array<{ __typename?: 'SavingsLine', id: string, reference: string, description: string | null }> } | null };

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
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  at
  line
  source {
    key
    title
    body
    date
    file
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const ItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemFields on Node {
  __typename
  id
  ... on StrategicPlan {
    key
    title
    planPeriod: period
    status: documentStatus
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Outcome {
    code
    name
    statement
    plan {
      period
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubOutcome {
    code
    name
    outcome {
      code
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Aim {
    code
    text
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Action {
    code
    text
    illustrative
    owner {
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Theme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubTheme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Statement {
    code
    name
    statementText
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Document {
    key
    title
    kind: documentKind
    period
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Organisation {
    key
    name
    orgKind: organisationKind
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on PartnerPriority {
    code
    name
    description
    illustrative
    strategy {
      title
    }
  }
  ... on BusinessPlanCommitment {
    code
    text
    illustrative
    department {
      name
    }
  }
  ... on Measure {
    code
    name
    unit
    target
  }
  ... on SourceDocument {
    key
    title
    body
    date
    file
  }
  ... on SavingsLine {
    key
    code: reference
    savingsDescription: description
    illustrative
    savingsStatus
    department {
      name
    }
    edition {
      title
    }
    amounts {
      total {
        formatted
      }
    }
  }
}
    `, {"fragmentName":"ItemFields"}) as unknown as TypedDocumentString<ItemFieldsFragment, unknown>;
export const LineageStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment LineageStepFields on LineageStep {
  kind
  basis
  rationale
  citation {
    quote
    at
    line
    source {
      key
      title
      body
      date
      file
    }
  }
  from {
    __typename
    id
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    id
    ... on StrategicPlan {
      period
    }
  }
}
    `, {"fragmentName":"LineageStepFields"}) as unknown as TypedDocumentString<LineageStepFieldsFragment, unknown>;
export const YearlyAmountsFragmentDoc = new TypedDocumentString(`
    fragment YearlyAmounts on YearlyMoney {
  total {
    pence
    formatted
  }
  years {
    year
    amount {
      pence
      formatted
    }
  }
}
    `, {"fragmentName":"YearlyAmounts"}) as unknown as TypedDocumentString<YearlyAmountsFragment, unknown>;
export const CouncilEditionsDocument = new TypedDocumentString(`
    query CouncilEditions {
  councils {
    key
    default
    financialStrategies {
      key
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilEditionsQuery, CouncilEditionsQueryVariables>;
export const ExplorerCouncilsDocument = new TypedDocumentString(`
    query ExplorerCouncils {
  councils {
    key
    name
    default
  }
}
    `) as unknown as TypedDocumentString<ExplorerCouncilsQuery, ExplorerCouncilsQueryVariables>;
export const AlignmentViewDocument = new TypedDocumentString(`
    query AlignmentView($council: String, $plan: String!) {
  plans(council: $council) {
    period
    title
  }
  plan(council: $council, period: $plan) {
    period
    alignmentMatrix {
      illustrative
      strategies {
        key
        title
        owner {
          name
        }
      }
      rows {
        links
        outcome {
          id
          code
          name
        }
        cells {
          strategy {
            key
          }
          links
          primary
          contributory
          illustrative
          alignments {
            strength
            rationale
            illustrative
            citation {
              quote
              at
              line
              source {
                key
                title
                body
                date
                file
              }
            }
            priority {
              id
              code
              name
              description
              illustrative
              strategy {
                title
              }
            }
            target {
              __typename
              ... on Outcome {
                id
                code
                name
              }
              ... on SubOutcome {
                id
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
    `) as unknown as TypedDocumentString<AlignmentViewQuery, AlignmentViewQueryVariables>;
export const GapsViewDocument = new TypedDocumentString(`
    query GapsView($council: String, $plan: String!, $lacking: [SupportType!]) {
  plans(council: $council) {
    period
    title
  }
  plan(council: $council, period: $plan) {
    period
    coverage {
      completeness
      shares {
        type
        count
        of
        share
      }
      gaps(lacking: $lacking) {
        lacks
        has
        subOutcome {
          id
          code
          name
          outcome {
            id
            code
            name
          }
        }
      }
      actionsSupportingNothing {
        id
        code
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsViewQuery, GapsViewQueryVariables>;
export const LineageViewDocument = new TypedDocumentString(`
    query LineageView($council: String) {
  plans(council: $council) {
    id
    period
    title
    themes {
      id
      code
      name
      lineage(direction: BOTH) {
        ...LineageStepFields
      }
    }
    outcomes {
      id
      code
      name
      lineage(direction: BOTH) {
        ...LineageStepFields
      }
    }
  }
}
    fragment LineageStepFields on LineageStep {
  kind
  basis
  rationale
  citation {
    quote
    at
    line
    source {
      key
      title
      body
      date
      file
    }
  }
  from {
    __typename
    id
    ... on StrategicPlan {
      period
    }
  }
  to {
    __typename
    id
    ... on StrategicPlan {
      period
    }
  }
}`) as unknown as TypedDocumentString<LineageViewQuery, LineageViewQueryVariables>;
export const MoneyViewDocument = new TypedDocumentString(`
    query MoneyView($council: String, $edition: String!) {
  councils {
    key
    default
    financialStrategies {
      key
      title
    }
  }
  savings(council: $council, edition: $edition) {
    years
    illustrative
    total {
      ...YearlyAmounts
    }
    unapportioned {
      ...YearlyAmounts
    }
    flows {
      department {
        key
        name
      }
      outcome {
        id
        code
        name
        plan {
          period
        }
      }
      amount {
        ...YearlyAmounts
      }
    }
  }
}
    fragment YearlyAmounts on YearlyMoney {
  total {
    pence
    formatted
  }
  years {
    year
    amount {
      pence
      formatted
    }
  }
}`) as unknown as TypedDocumentString<MoneyViewQuery, MoneyViewQueryVariables>;
export const ThreadViewDocument = new TypedDocumentString(`
    query ThreadView($start: ID!, $withStart: Boolean!, $ids: [ID!]!) {
  start: node(id: $start) @include(if: $withStart) {
    ...ItemFields
  }
  neighbourhoods(ids: $ids, first: 500) {
    of
    neighbours {
      forward
      item {
        ...ItemFields
      }
      link {
        kind
        status
        basis
        rationale
        createdBy
        createdAt
        citation {
          quote
          at
          line
          source {
            key
            title
            body
            date
            file
          }
        }
      }
    }
  }
}
    fragment ItemFields on Node {
  __typename
  id
  ... on StrategicPlan {
    key
    title
    planPeriod: period
    status: documentStatus
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Outcome {
    code
    name
    statement
    plan {
      period
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubOutcome {
    code
    name
    outcome {
      code
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Aim {
    code
    text
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Action {
    code
    text
    illustrative
    owner {
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Theme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubTheme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Statement {
    code
    name
    statementText
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Document {
    key
    title
    kind: documentKind
    period
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Organisation {
    key
    name
    orgKind: organisationKind
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on PartnerPriority {
    code
    name
    description
    illustrative
    strategy {
      title
    }
  }
  ... on BusinessPlanCommitment {
    code
    text
    illustrative
    department {
      name
    }
  }
  ... on Measure {
    code
    name
    unit
    target
  }
  ... on SourceDocument {
    key
    title
    body
    date
    file
  }
  ... on SavingsLine {
    key
    code: reference
    savingsDescription: description
    illustrative
    savingsStatus
    department {
      name
    }
    edition {
      title
    }
    amounts {
      total {
        formatted
      }
    }
  }
}`) as unknown as TypedDocumentString<ThreadViewQuery, ThreadViewQueryVariables>;
export const ExpandDocument = new TypedDocumentString(`
    query Expand($id: ID!) {
  neighbours(id: $id, first: 500) {
    forward
    item {
      ...ItemFields
    }
    link {
      kind
      status
      basis
      rationale
      createdBy
      createdAt
      citation {
        quote
        at
        line
        source {
          key
          title
          body
          date
          file
        }
      }
    }
  }
}
    fragment ItemFields on Node {
  __typename
  id
  ... on StrategicPlan {
    key
    title
    planPeriod: period
    status: documentStatus
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Outcome {
    code
    name
    statement
    plan {
      period
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubOutcome {
    code
    name
    outcome {
      code
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Aim {
    code
    text
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Action {
    code
    text
    illustrative
    owner {
      name
    }
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Theme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on SubTheme {
    code
    name
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Statement {
    code
    name
    statementText
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Document {
    key
    title
    kind: documentKind
    period
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on Organisation {
    key
    name
    orgKind: organisationKind
    illustrative
    citation {
      quote
      at
      line
      source {
        key
        title
        body
        date
        file
      }
    }
  }
  ... on PartnerPriority {
    code
    name
    description
    illustrative
    strategy {
      title
    }
  }
  ... on BusinessPlanCommitment {
    code
    text
    illustrative
    department {
      name
    }
  }
  ... on Measure {
    code
    name
    unit
    target
  }
  ... on SourceDocument {
    key
    title
    body
    date
    file
  }
  ... on SavingsLine {
    key
    code: reference
    savingsDescription: description
    illustrative
    savingsStatus
    department {
      name
    }
    edition {
      title
    }
    amounts {
      total {
        formatted
      }
    }
  }
}`) as unknown as TypedDocumentString<ExpandQuery, ExpandQueryVariables>;
export const ThreadChoicesDocument = new TypedDocumentString(`
    query ThreadChoices($council: String, $plan: String!) {
  plans(council: $council) {
    period
    title
  }
  plan(council: $council, period: $plan) {
    outcomes {
      id
      code
      name
      subOutcomes {
        id
        code
        name
      }
    }
    themes {
      id
      code
      name
    }
  }
  documents(kinds: [PARTNER_STRATEGY]) {
    key
    title
    priorities {
      id
      code
      name
      subPriorities {
        id
        code
        name
      }
    }
  }
  councils {
    key
    default
    financialStrategies {
      key
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadChoicesQuery, ThreadChoicesQueryVariables>;
export const ThreadSavingsLinesDocument = new TypedDocumentString(`
    query ThreadSavingsLines($edition: String!) {
  savings(edition: $edition) {
    lines {
      id
      reference
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadSavingsLinesQuery, ThreadSavingsLinesQueryVariables>;